package io.github.gwdns.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * picocli's help, with lines broken only at spaces. picocli breaks where {@link
 * java.text.BreakIterator} allows, which splits versions ({@code v0.} / {@code 22.0}), annotation
 * keys and {@code SOURCE[,SOURCE...]} across lines: text a user copies must stay whole.
 */
final class WordWrappedHelp extends CommandLine.Help {
  WordWrappedHelp(CommandSpec spec, ColorScheme colorScheme) {
    super(spec, colorScheme);
  }

  @Override
  public Layout createDefaultLayout() {
    return createDefaultLayout(
        commandSpec().options(), commandSpec().positionalParameters(), colorScheme());
  }

  @Override
  public Layout createDefaultLayout(
      List<OptionSpec> options, List<PositionalParamSpec> positionals, ColorScheme colorScheme) {
    UsageMessageSpec usage = commandSpec().usageMessage();
    TextTable defaults =
        TextTable.forDefaultColumns(
            colorScheme,
            calcLongOptionColumnWidth(options, positionals, colorScheme),
            usage.width());
    TextTable table = new Table(colorScheme, defaults.columns());
    table.setAdjustLineBreaksForWideCJKCharacters(usage.adjustLineBreaksForWideCJKCharacters());
    return new Layout(
        colorScheme, table, createDefaultOptionRenderer(), createDefaultParameterRenderer());
  }

  @Override
  protected String insertSynopsisCommandName(int headingLength, Text details) {
    UsageMessageSpec usage = commandSpec().usageMessage();
    int width = usage.width();
    String name = commandSpec().qualifiedName();
    // picocli's rule: continuation lines line up after the command name, unless that is too far.
    int indent = headingLength + name.length() + 1;
    if (indent > usage.synopsisAutoIndentThreshold() * width) {
      indent = usage.synopsisIndent() < 0 ? headingLength : usage.synopsisIndent();
    }
    Text synopsis = colorScheme().commandText(name).concat(details);
    List<Text> lines = wrap(synopsis, width - headingLength, width - indent);
    StringBuilder out = new StringBuilder();
    String newline = System.lineSeparator();
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        out.append(" ".repeat(indent));
      }
      out.append(lines.get(i)).append(newline);
    }
    return out.toString();
  }

  /**
   * {@code text} in lines of at most {@code first} and then {@code rest} characters, broken at
   * spaces only (a word longer than a line gets a line of its own); no line ends with a space.
   */
  static List<Text> wrap(Text text, int first, int rest) {
    String plain = text.plainString();
    List<Text> lines = new ArrayList<>();
    int start = 0;
    while (start < plain.length()) {
      int room = lines.isEmpty() ? first : rest;
      int end = start + room;
      if (end >= plain.length()) {
        lines.add(text.substring(start, plain.length()));
        break;
      }
      int cut = plain.lastIndexOf(' ', end);
      if (cut <= start) {
        cut = plain.indexOf(' ', end);
        if (cut < 0) {
          lines.add(text.substring(start, plain.length()));
          break;
        }
      }
      int lineEnd = cut;
      while (lineEnd > start && plain.charAt(lineEnd - 1) == ' ') {
        lineEnd--;
      }
      lines.add(text.substring(start, lineEnd));
      start = cut;
      while (start < plain.length() && plain.charAt(start) == ' ') {
        start++;
      }
    }
    return lines;
  }

  /** The option list's table: its wrapping column breaks lines at spaces only. */
  private static final class Table extends TextTable {
    private final ColorScheme colorScheme;

    Table(ColorScheme colorScheme, Column[] columns) {
      super(colorScheme, columns);
      this.colorScheme = colorScheme;
    }

    @Override
    public Cell putValue(int row, int col, Text value) {
      Column column = columns()[col];
      if (column.overflow != Column.Overflow.WRAP
          || value == null
          || value.plainString().isEmpty()
          || value.plainString().indexOf('\n') >= 0
          || !textAt(row, col).plainString().isEmpty()) {
        return super.putValue(row, col, value);
      }
      int room = column.width - column.indent;
      List<Text> lines = wrap(value, room, room - indentWrappedLines);
      Text hanging = colorScheme.ansi().new Text(" ".repeat(indentWrappedLines), colorScheme);
      int at = row;
      Cell last = super.putValue(at, col, lines.get(0));
      for (int i = 1; i < lines.size(); i++) {
        addEmptyRow();
        at++;
        last = super.putValue(at, col, hanging.concat(lines.get(i)));
      }
      return last;
    }
  }
}
