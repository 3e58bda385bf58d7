package io.github.gwdns.core.template;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Go's {@code strconv.Unquote} for the string literals a template may contain. */
final class GoStringLiteral {
  private GoStringLiteral() {}

  static String unquote(String quoted) throws EvalFailure {
    if (quoted.startsWith("`")) {
      // Go drops carriage returns from raw strings.
      return quoted.substring(1, quoted.length() - 1).replace("\r", "");
    }
    String s = quoted.substring(1, quoted.length() - 1);
    // \x and octal escapes produce raw bytes, so build UTF-8 and decode at the end.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int i = 0;
    while (i < s.length()) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (c != '\\') {
        writeRune(bytes, c);
        continue;
      }
      if (i >= s.length()) {
        throw EvalFailure.go("invalid syntax");
      }
      char e = s.charAt(i++);
      switch (e) {
        case 'a' -> bytes.write(7);
        case 'b' -> bytes.write(8);
        case 'f' -> bytes.write(12);
        case 'n' -> bytes.write('\n');
        case 'r' -> bytes.write('\r');
        case 't' -> bytes.write('\t');
        case 'v' -> bytes.write(11);
        case '\\', '"' -> bytes.write(e);
        case 'x' -> {
          bytes.write((int) hex(s, i, 2));
          i += 2;
        }
        case 'u', 'U' -> {
          int n = e == 'u' ? 4 : 8;
          long r = hex(s, i, n);
          if (r > Character.MAX_CODE_POINT || (r >= 0xD800 && r < 0xE000)) {
            throw EvalFailure.go("invalid syntax");
          }
          writeRune(bytes, (int) r);
          i += n;
        }
        case '0', '1', '2', '3', '4', '5', '6', '7' -> {
          if (i + 2 > s.length()) {
            throw EvalFailure.go("invalid syntax");
          }
          int v = 0;
          for (int k = i - 1; k < i + 2; k++) {
            char d = s.charAt(k);
            if (d < '0' || d > '7') {
              throw EvalFailure.go("invalid syntax");
            }
            v = v * 8 + (d - '0');
          }
          if (v > 255) {
            throw EvalFailure.go("invalid syntax");
          }
          bytes.write(v);
          i += 2;
        }
        default -> throw EvalFailure.go("invalid syntax");
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException ex) {
      throw EvalFailure.unsupported("string literal " + quoted + " is not valid UTF-8");
    }
  }

  private static long hex(String s, int from, int digits) throws EvalFailure {
    if (from + digits > s.length()) {
      throw EvalFailure.go("invalid syntax");
    }
    long v = 0;
    for (int k = from; k < from + digits; k++) {
      char c = s.charAt(k);
      int d = c < 0x80 ? Character.digit(c, 16) : -1;
      if (d < 0) {
        throw EvalFailure.go("invalid syntax");
      }
      v = v * 16 + d;
    }
    return v;
  }

  private static void writeRune(ByteArrayOutputStream out, int r) {
    out.writeBytes(new String(Character.toChars(r)).getBytes(StandardCharsets.UTF_8));
  }
}
