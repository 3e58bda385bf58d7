package io.github.gwdns.core.report;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Keeps text taken from manifests from acting on a terminal, a CI log or an XML parser: control
 * characters (an ANSI escape, a bell, NUL), line separators and the bidirectional overrides of
 * "Trojan source" are written as {@code \}{@code uXXXX}. Line feeds and tabs stay. JSON and SARIF
 * do not need this: Jackson escapes control characters itself.
 */
public final class SafeText {
  private SafeText() {}

  /** True for the characters that are written escaped. */
  static boolean unsafe(char c) {
    return (Character.isISOControl(c) && c != '\n' && c != '\t')
        || c == '\u2028'
        || c == '\u2029'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\uFEFF';
  }

  /** {@code text} with every unsafe character escaped. */
  public static String of(String text) {
    if (text == null) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      if (unsafe(text.charAt(i))) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int j = 0; j < text.length(); j++) {
          append(out, text.charAt(j));
        }
        return out.toString();
      }
    }
    return text;
  }

  private static void append(StringBuilder out, char c) {
    if (unsafe(c)) {
      out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
    } else {
      out.append(c);
    }
  }

  /**
   * {@code text} escaped as {@link #of} does, and its line breaks too: for a value that must stay
   * on its line.
   */
  public static String inLine(String text) {
    String safe = of(text);
    return safe == null ? null : safe.replace("\n", "\\u000a");
  }

  /**
   * A writer that escapes every unsafe character written through it; for reports without colour.
   */
  public static Writer writer(Writer out) {
    return out instanceof Escaping ? out : new Escaping(out);
  }

  private static final class Escaping extends FilterWriter {
    Escaping(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      if (unsafe((char) c)) {
        out.write(String.format(java.util.Locale.ROOT, "\\u%04x", c));
      } else {
        out.write(c);
      }
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
      int start = offset;
      for (int i = offset; i < offset + length; i++) {
        if (unsafe(buffer[i])) {
          out.write(buffer, start, i - start);
          write(buffer[i]);
          start = i + 1;
        }
      }
      out.write(buffer, start, offset + length - start);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      write(text.toCharArray(), offset, length);
    }
  }
}
