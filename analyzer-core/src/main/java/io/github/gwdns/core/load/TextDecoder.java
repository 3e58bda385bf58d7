package io.github.gwdns.core.load;

import io.github.gwdns.core.finding.ManifestProblem;
import io.github.gwdns.core.finding.SourceRange;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text the way YAML 1.2 prescribes: UTF-8 unless a byte order mark says
 * UTF-16 or UTF-32. Malformed bytes are never replaced silently: they become a problem that names
 * the line and column, because a replaced character in a hostname would produce a wrong DNS name.
 */
final class TextDecoder {
  private TextDecoder() {}

  /** Either the decoded text or the problem that prevented it. */
  record Result(String text, ManifestProblem problem) {}

  static Result decode(String file, byte[] bytes) {
    if (printableAscii(bytes)) {
      // Nearly every manifest: no decoding to check, and nothing YAML forbids.
      return new Result(new String(bytes, StandardCharsets.ISO_8859_1), null);
    }
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      skip = 3;
    } else if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
      charset = Charset.forName("UTF-32BE");
      skip = 4;
    } else if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
      charset = Charset.forName("UTF-32LE");
      skip = 4;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    }
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out =
        CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, bytes.length + 1L));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      out.flip();
      return new Result(null, malformed(file, charset, out));
    }
    out.flip();
    String text = out.toString();
    ManifestProblem unprintable = unprintable(file, text);
    return unprintable != null ? new Result(null, unprintable) : new Result(text, null);
  }

  /**
   * The first character YAML forbids (a NUL, a control character: the mark of a binary file), as a
   * problem at its line and column; SnakeYAML reports it without a position. Null when the text is
   * printable.
   */
  private static ManifestProblem unprintable(String file, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean printable =
          c == '\t'
              || c == '\n'
              || c == '\r'
              || (c >= 0x20 && c <= 0x7E)
              || c == 0x85
              || (c >= 0xA0 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD)
              || Character.isSurrogate(c);
      if (!printable) {
        int[] at = lineAndColumn(text, i);
        return ManifestProblem.error(
            SourceRange.at(file, at[0], at[1]),
            "unprintable",
            String.format(
                java.util.Locale.ROOT,
                "file holds the character U+%04X at line %d, column %d, which YAML does not"
                    + " allow in a document: is it a binary file? Kubernetes manifests are text",
                (int) c,
                at[0],
                at[1]));
      }
    }
    return null;
  }

  /** Reports the position just after the text that decoded cleanly. */
  private static ManifestProblem malformed(String file, Charset charset, CharBuffer decoded) {
    int[] at = lineAndColumn(decoded, decoded.length());
    return ManifestProblem.error(
        SourceRange.at(file, at[0], at[1]),
        "encoding",
        "file is not valid "
            + charset.name()
            + ": malformed byte sequence at line "
            + at[0]
            + ", column "
            + at[1]
            + "; save the file as UTF-8 (Kubernetes manifests must be UTF-8 text)");
  }

  /**
   * The 1-based line and column (in code points) of the character at {@code end}; LF, CR LF and a
   * lone CR each end a line, as in YAML.
   */
  private static int[] lineAndColumn(CharSequence text, int end) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        column = 1;
      } else if (c != '\r' && !Character.isLowSurrogate(c)) {
        column++;
      }
    }
    return new int[] {line, column};
  }

  /** True when every byte is printable ASCII, a tab or a line break. */
  private static boolean printableAscii(byte[] bytes) {
    for (byte b : bytes) {
      if ((b < 0x20 || b > 0x7E) && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
