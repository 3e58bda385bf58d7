package io.github.gwdns.core.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** A left-aligned text table with two spaces between columns. */
final class Table {
  private Table() {}

  static void write(List<String[]> rows, Writer out) throws IOException {
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row[i].codePointCount(0, row[i].length()));
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        line.append(row[i]);
        if (i < columns - 1) {
          line.append(" ".repeat(widths[i] - row[i].codePointCount(0, row[i].length()) + 2));
        }
      }
      out.write(line.toString().stripTrailing());
      out.write('\n');
    }
  }
}
