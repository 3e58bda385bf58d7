package io.github.gwdns.core.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Colours a text report for a terminal, line by line, by the report's own markers (a step heading,
 * {@code pass}, {@code FAIL}, a {@code +} line of a diff): the text is written first, escaped by
 * {@link SafeText}, so manifest text can neither carry an escape code nor lose a character here;
 * colour only adds codes around what the rules match. Without colour, reports bypass this class.
 */
final class Highlighter extends Writer {
  // The styles of every text report, check's own (TextReport) included.
  static final String BOLD = "1";
  static final String DIM = "2";
  static final String RED = "1;31";
  static final String GREEN = "32";
  static final String YELLOW = "1;33";
  static final String CYAN = "1;36";

  /**
   * A pattern and the style of what it matches: of group 1 when the pattern has one, else of the
   * whole match.
   */
  record Rule(Pattern pattern, String style) {
    static Rule of(String regex, String style) {
      return new Rule(Pattern.compile(regex), style);
    }
  }

  /** The rules of {@code gwdns explain}. */
  static final List<Rule> EXPLAIN =
      List.of(
          Rule.of("^##### cluster .* #####$", BOLD),
          Rule.of("^(?:(?:HTTP|GRPC|TLS|TCP|UDP)Route|Gateway|ListenerSet) \\S+", BOLD),
          Rule.of("^\\d+\\. .*", BOLD),
          Rule.of("^(?:listeners|routes naming it):$", BOLD),
          Rule.of("^  \\S.*?: (Accepted=False \\(\\w+\\))", RED),
          Rule.of("^  \\S.*?: (Accepted \\([^)]*\\))", GREEN),
          Rule.of("  (CONFLICTED) \\(", RED),
          Rule.of("^\\s+(pass)  ", GREEN),
          Rule.of("^\\s+(FAIL)  ", RED),
          Rule.of("^\\s+(n/a)   ", DIM),
          Rule.of("^\\s+=> (Accepted=False(?: \\(\\w+\\))?)", RED),
          Rule.of("^\\s+=> (Accepted(?:=True)?\\b(?: \\([^)]*\\))?)", GREEN),
          Rule.of("^\\s+(No endpoints could be generated from .*)", RED),
          Rule.of("^\\s+(why:)", YELLOW),
          Rule.of("^\\s+(fix:)", CYAN));

  /** The rules of {@code gwdns plan}'s table. */
  static final List<Rule> PLAN =
      List.of(
          Rule.of("^NAME  .*", BOLD),
          Rule.of("^(external-dns .*, does not start):$", RED),
          Rule.of("^(external-dns .*):$", BOLD),
          Rule.of("^(Pending|Filtered|Unresolved):", YELLOW));

  /** The rules of {@code gwdns diff}. */
  static final List<Rule> DIFF =
      List.of(
          Rule.of("^DNS changes from .*:$", BOLD),
          Rule.of("^  +(external-dns .*):$", BOLD),
          Rule.of("^  +(\\+ .*)", GREEN),
          Rule.of("^  +(- .*)", RED),
          Rule.of("^  +(~ .*)", YELLOW),
          Rule.of("^(?:Introduced|Fixed) findings:$", BOLD),
          Rule.of("^  \\S.*?: (error) \\[", RED),
          Rule.of("^  \\S.*?: (warning) \\[", YELLOW),
          Rule.of("^  \\S.*?: (note) \\[", CYAN));

  private final Writer out;
  private final List<Rule> rules;
  private final StringBuilder line = new StringBuilder();

  /**
   * {@code out} with colours by {@code rules} when {@code color}, else {@code out} as it is.
   *
   * @param out where the report goes; it receives codes, so it must not escape them
   */
  static Writer of(Writer out, boolean color, List<Rule> rules) {
    return color ? new Highlighter(out, rules) : out;
  }

  private Highlighter(Writer out, List<Rule> rules) {
    this.out = out;
    this.rules = rules;
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      if (buffer[i] == '\n') {
        out.write(highlight(line.toString(), rules));
        out.write('\n');
        line.setLength(0);
      } else {
        line.append(buffer[i]);
      }
    }
  }

  @Override
  public void flush() throws IOException {
    if (line.length() > 0) {
      out.write(highlight(line.toString(), rules));
      line.setLength(0);
    }
    out.flush();
  }

  @Override
  public void close() throws IOException {
    flush();
    out.close();
  }

  /** {@code text} in the style {@code code} (one of the constants above), then the reset code. */
  static String style(String code, String text) {
    return "\u001b[" + code + "m" + text + "\u001b[0m";
  }

  /** {@code text} (one line) with each rule's first match styled; overlapping matches lose. */
  static String highlight(String text, List<Rule> rules) {
    record Span(int start, int end, String style) {}
    List<Span> spans = new ArrayList<>();
    for (Rule rule : rules) {
      Matcher m = rule.pattern().matcher(text);
      if (m.find()) {
        int group = m.groupCount() >= 1 ? 1 : 0;
        if (m.start(group) < m.end(group)) {
          spans.add(new Span(m.start(group), m.end(group), rule.style()));
        }
      }
    }
    if (spans.isEmpty()) {
      return text;
    }
    spans.sort(Comparator.comparingInt(Span::start));
    StringBuilder styled = new StringBuilder(text.length() + 16 * spans.size());
    int at = 0;
    for (Span s : spans) {
      if (s.start() < at) {
        continue; // an earlier rule styles this part already
      }
      styled
          .append(text, at, s.start())
          .append(style(s.style(), text.substring(s.start(), s.end())));
      at = s.end();
    }
    return styled.append(text.substring(at)).toString();
  }
}
