package io.github.gwdns.core.render;

import io.github.gwdns.core.load.Span;

/**
 * Which line of a Helm template each line of one rendered document comes from, so a finding on
 * {@code helm template} output points into the template. Templates and their output differ by the
 * lines actions add or remove ({@code {{- if }}}, {@code {{- with }}}, a {@code toYaml} block), so
 * the two are aligned as a diff would: the longest ordered matching of lines that are equal, or
 * that set the same key, or that are list items of a templated item; a rendered line without a
 * match belongs to the action line that printed it ({@code {{- toYaml .Values.hostnames | nindent 4
 * }}}), else to the matched line before it.
 */
final class TemplateLines {
  /**
   * Above this many line pairs, the alignment would cost more than it helps: lines stay as
   * rendered.
   */
  private static final long MAX_PAIRS = 4_000_000L;

  private final String[] document;
  private final String[] template;
  private final int[] lineOf;

  private TemplateLines(String[] document, String[] template, int[] lineOf) {
    this.document = document;
    this.template = template;
    this.lineOf = lineOf;
  }

  /** The alignment of the rendered {@code document}'s lines with {@code template}'s. */
  static TemplateLines align(String[] document, String[] template) {
    int n = document.length;
    int m = template.length;
    int[] lineOf = new int[n];
    if ((long) n * m > MAX_PAIRS || m == 0) {
      for (int i = 0; i < n; i++) {
        lineOf[i] = i + 1;
      }
      return new TemplateLines(document, template, lineOf);
    }
    int[][] best = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        int s = score(document[i], template[j]);
        int take = s > 0 ? s + best[i + 1][j + 1] : 0;
        best[i][j] = Math.max(take, Math.max(best[i + 1][j], best[i][j + 1]));
      }
    }
    int[] matched = new int[n];
    java.util.Arrays.fill(matched, -1);
    for (int i = 0, j = 0; i < n && j < m; ) {
      int s = score(document[i], template[j]);
      if (s > 0 && best[i][j] == s + best[i + 1][j + 1]) {
        matched[i++] = j++;
      } else if (best[i + 1][j] >= best[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    int previous = -1;
    for (int i = 0; i < n; i++) {
      if (matched[i] >= 0) {
        previous = matched[i];
        lineOf[i] = matched[i] + 1;
        continue;
      }
      int next = m;
      for (int k = i + 1; k < n; k++) {
        if (matched[k] >= 0) {
          next = matched[k];
          break;
        }
      }
      int printer = -1;
      for (int j = previous + 1; j < next && printer < 0; j++) {
        if (prints(template[j])) {
          printer = j;
        }
      }
      lineOf[i] = (printer >= 0 ? printer : Math.max(previous, 0)) + 1;
    }
    return new TemplateLines(document, template, lineOf);
  }

  /**
   * {@code span}, of a stream whose document starts after line {@code offset}, at its place in the
   * template: lines through the alignment, columns moved by the lines' indentation.
   */
  Span place(Span span, int offset) {
    int startLine = line(span.startLine() - offset);
    int endLine = Math.max(startLine, line(span.endLine() - offset));
    return new Span(
        startLine,
        column(span.startLine() - offset, span.startColumn()),
        endLine,
        column(span.endLine() - offset, span.endColumn()));
  }

  private int line(int documentLine) {
    int i = Math.min(Math.max(documentLine, 1), Math.max(lineOf.length, 1)) - 1;
    return lineOf.length == 0 ? 1 : lineOf[i];
  }

  private int column(int documentLine, int column) {
    if (documentLine < 1 || documentLine > document.length) {
      return column;
    }
    int at = lineOf[documentLine - 1];
    String templateLine = at >= 1 && at <= template.length ? template[at - 1] : "";
    return Math.max(1, column + indent(templateLine) - indent(document[documentLine - 1]));
  }

  private static int score(String rendered, String template) {
    String r = rendered.strip();
    String t = template.strip();
    if (r.isEmpty() || r.startsWith("#") || t.isEmpty() || action(t)) {
      return 0;
    }
    if (r.equals(t)) {
      return 3;
    }
    String key = key(r);
    if (key != null && key.equals(key(t))) {
      return 2;
    }
    return r.startsWith("- ") && t.startsWith("- ") && t.contains("{{") ? 1 : 0;
  }

  /** The key a {@code key: value} or {@code - key: value} line sets, or null. */
  private static String key(String line) {
    String l = line;
    while (l.startsWith("- ")) {
      l = l.substring(2).stripLeading();
    }
    int colon = l.indexOf(':');
    if (colon <= 0 || (colon + 1 < l.length() && l.charAt(colon + 1) != ' ')) {
      return null;
    }
    String key = l.substring(0, colon);
    return key.contains("{{") || key.contains(" ") ? null : key;
  }

  /** A line that holds only template actions: it prints nothing of its own to match. */
  private static boolean action(String stripped) {
    return stripped.startsWith("{{")
        && stripped.endsWith("}}")
        && stripped.indexOf("}}") == stripped.length() - 2;
  }

  /** An action line that prints a block: {@code toYaml}, {@code include}, {@code tpl}. */
  private static boolean prints(String line) {
    String t = line.strip();
    return action(t)
        && (t.contains("toYaml")
            || t.contains("include")
            || t.contains("tpl")
            || t.contains("nindent"));
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
