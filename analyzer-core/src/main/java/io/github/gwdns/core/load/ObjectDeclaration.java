package io.github.gwdns.core.load;

/**
 * Tells, from the text alone, whether a file that does not parse means to be a Kubernetes object: a
 * line {@code apiVersion: ...} and a line {@code kind: ...} at the top level (column 1) of one
 * document, as every manifest starts (in JSON, the two keys). A Helm template or an application's
 * own configuration that fails to parse rarely has both; a manifest with a typo further down always
 * has.
 */
final class ObjectDeclaration {
  private ObjectDeclaration() {}

  static boolean declaresObject(String text) {
    if (text.stripLeading().startsWith("{")) {
      // JSON: the two keys anywhere in it.
      return text.contains("\"apiVersion\"") && text.contains("\"kind\"");
    }
    boolean apiVersion = false;
    boolean kind = false;
    int start = 0;
    int length = text.length();
    while (start < length) {
      int end = start;
      while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      if (text.startsWith("---", start)) {
        apiVersion = false;
        kind = false;
      } else if (topLevelKey(text, start, end, "apiVersion")) {
        apiVersion = true;
      } else if (topLevelKey(text, start, end, "kind")) {
        kind = true;
      }
      if (apiVersion && kind) {
        return true;
      }
      start = end + 1;
    }
    return false;
  }

  /** {@code key:} at column 1, followed by a value on the same line. */
  private static boolean topLevelKey(String text, int start, int end, String key) {
    int colon = start + key.length();
    return text.startsWith(key, start)
        && colon < end
        && text.charAt(colon) == ':'
        && !text.substring(colon + 1, end).isBlank();
  }
}
