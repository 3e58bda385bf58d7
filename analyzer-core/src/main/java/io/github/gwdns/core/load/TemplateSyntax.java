package io.github.gwdns.core.load;

/**
 * Recognizes Helm/Go template expressions (<code>&#123;&#123; ... }}</code>) left in manifests that
 * were never rendered. In YAML a <code>&#123;</code> starts a flow mapping, so such files either
 * fail to parse or carry the expression as an unquoted value; both must be reported as unrendered
 * rather than as nonsense.
 */
final class TemplateSyntax {
  private TemplateSyntax() {}

  /** True when {@code value} holds a complete {@code {{ ... }}} expression. */
  static boolean containsExpression(String value) {
    int open = value.indexOf("{{");
    return open >= 0 && value.indexOf("}}", open + 2) > 0;
  }

  /**
   * The 0-based number of the first line holding a template expression outside quotes and comments,
   * or -1.
   */
  static int firstTemplateLine(String text) {
    int line = 0;
    int start = 0;
    while (start <= text.length()) {
      int end = start;
      while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      if (unquotedExpression(text, start, end)) {
        return line;
      }
      if (end >= text.length()) {
        break;
      }
      start =
          end
              + (text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n'
                  ? 2
                  : 1);
      line++;
    }
    return -1;
  }

  private static boolean unquotedExpression(String text, int start, int end) {
    char quote = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '#' && (i == start || Character.isWhitespace(text.charAt(i - 1)))) {
        return false;
      } else if (c == '{' && i + 1 < end && text.charAt(i + 1) == '{') {
        return text.indexOf("}}", i + 2) >= 0 && text.indexOf("}}", i + 2) <= end;
      }
    }
    return false;
  }
}
