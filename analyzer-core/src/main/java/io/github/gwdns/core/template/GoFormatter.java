package io.github.gwdns.core.template;

import static io.github.gwdns.core.template.GoValues.NO_VALUE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Go's {@code fmt} printing for the data model: {@code Print}, {@code Println}, the {@code %v %s %d
 * %q %%} verbs of {@code Sprintf}, and {@code strconv.Quote}. Output Go would derive from facts the
 * data model lacks (pointer addresses, exact numeric types in {@code %!d(int32=1)}) is refused.
 */
final class GoFormatter {
  private GoFormatter() {}

  /** What an action such as {@code {{.X}}} writes: text/template's {@code printValue}. */
  static String printValue(Object v) throws EvalFailure {
    if (v == NO_VALUE) {
      return "<no value>";
    }
    // text/template dereferences a pointer before printing, so *T prints as {..}, not &{..}.
    return v instanceof GoStruct s ? structBody(s, 'v') : format(v, 'v', 0);
  }

  /** {@code fmt.Sprint}: a space between operands when neither is a string. */
  static String sprint(List<Object> args) throws EvalFailure {
    StringBuilder out = new StringBuilder();
    boolean previousString = false;
    for (int i = 0; i < args.size(); i++) {
      boolean isString = args.get(i) instanceof String;
      if (i > 0 && !isString && !previousString) {
        out.append(' ');
      }
      out.append(format(args.get(i), 'v', 0));
      previousString = isString;
    }
    return out.toString();
  }

  /** {@code fmt.Sprintln}: always a space between operands, and a final newline. */
  static String sprintln(List<Object> args) throws EvalFailure {
    List<String> parts = new ArrayList<>();
    for (Object arg : args) {
      parts.add(format(arg, 'v', 0));
    }
    return String.join(" ", parts) + "\n";
  }

  /** {@code fmt.Sprintf} for width-less {@code %v %s %d %q} and {@code %%}. */
  static String sprintf(String format, List<Object> args) throws EvalFailure {
    StringBuilder out = new StringBuilder();
    int argIndex = 0;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c != '%') {
        out.append(c);
        continue;
      }
      if (++i == format.length()) {
        out.append("%!(NOVERB)");
        break;
      }
      char verb = format.charAt(i);
      if (verb == '%') {
        out.append('%');
      } else if ("+-# 0123456789.*[".indexOf(verb) >= 0) {
        throw EvalFailure.unsupported("printf flags, width, precision and argument indexes");
      } else if ("vsdq".indexOf(verb) < 0) {
        throw EvalFailure.unsupported("printf verb %" + verb + " (only %v %s %d %q %% are)");
      } else if (argIndex >= args.size()) {
        out.append("%!").append(verb).append("(MISSING)");
      } else {
        out.append(format(args.get(argIndex++), verb, 0));
      }
    }
    if (argIndex < args.size()) {
      throw EvalFailure.unsupported(
          "printf with more arguments than verbs (Go appends %!(EXTRA ...))");
    }
    return out.toString();
  }

  /** Formats one operand with a verb at a nesting depth, as fmt's printValue does. */
  static String format(Object value, char verb, int depth) throws EvalFailure {
    Object v = GoValues.normalize(value);
    if (v == NO_VALUE) {
      return verb == 'v' ? "<nil>" : "%!" + verb + "(<nil>)"; // reached fmt as a nil interface
    }
    if (v == null && verb == 'v') {
      return "<nil>";
    }
    if (v instanceof String s && verb != 'd') {
      return verb == 'q' ? quote(s) : s;
    }
    if (v instanceof Long n && (verb == 'v' || verb == 'd')) {
      return n.toString();
    }
    if (v instanceof Boolean b && verb == 'v') {
      return b.toString();
    }
    if (v instanceof List<?> list) {
      List<String> parts = new ArrayList<>();
      for (Object e : list) {
        parts.add(format(e, verb, depth + 1));
      }
      return "[" + String.join(" ", parts) + "]";
    }
    if (v instanceof Map<?, ?> map) {
      List<String> parts = new ArrayList<>();
      for (Map.Entry<String, Object> e : GoValues.sortedEntries(map)) {
        parts.add(
            format(e.getKey(), verb, depth + 1) + ":" + format(e.getValue(), verb, depth + 1));
      }
      return "map[" + String.join(" ", parts) + "]";
    }
    if (v instanceof GoStruct s) {
      if (!s.isPointer()) {
        return structBody(s, verb);
      }
      if (depth == 0) {
        return "&" + structBody(s, verb);
      }
      throw EvalFailure.unsupported(
          "printing a nested " + s.typeName() + " (Go prints its address)");
    }
    throw EvalFailure.unsupported(
        "formatting a "
            + GoValues.typeName(v)
            + " with %"
            + verb
            + " (Go prints %!"
            + verb
            + "(...))");
  }

  private static String structBody(GoStruct s, char verb) throws EvalFailure {
    List<String> parts = new ArrayList<>();
    for (Object field : s.fields().values()) {
      parts.add(format(field, verb, 1));
    }
    return "{" + String.join(" ", parts) + "}";
  }

  /** Go's {@code strconv.Quote}. */
  static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.codePoints()
        .forEach(
            r -> {
              if (r == '"' || r == '\\') {
                out.append('\\').appendCodePoint(r);
              } else if (isPrint(r)) {
                out.appendCodePoint(r);
              } else {
                switch (r) {
                  case 7 -> out.append("\\a");
                  case '\b' -> out.append("\\b");
                  case '\f' -> out.append("\\f");
                  case '\n' -> out.append("\\n");
                  case '\r' -> out.append("\\r");
                  case '\t' -> out.append("\\t");
                  case 11 -> out.append("\\v");
                  default -> {
                    if (r < ' ' || r == 0x7f) {
                      out.append(String.format("\\x%02x", r));
                    } else if (r >= Character.MIN_SURROGATE && r <= Character.MAX_SURROGATE) {
                      out.append("\\ufffd"); // a lone surrogate is not a valid rune
                    } else if (r < 0x10000) {
                      out.append(String.format("\\u%04x", r));
                    } else {
                      out.append(String.format("\\U%08x", r));
                    }
                  }
                }
              }
            });
    return out.append('"').toString();
  }

  /** Go's {@code unicode.IsPrint}: letters, marks, numbers, punctuation, symbols and ' '. */
  static boolean isPrint(int r) {
    if (r == ' ') {
      return true;
    }
    switch (Character.getType(r)) {
      case Character.UPPERCASE_LETTER,
      Character.LOWERCASE_LETTER,
      Character.TITLECASE_LETTER,
      Character.MODIFIER_LETTER,
      Character.OTHER_LETTER,
      Character.NON_SPACING_MARK,
      Character.ENCLOSING_MARK,
      Character.COMBINING_SPACING_MARK,
      Character.DECIMAL_DIGIT_NUMBER,
      Character.LETTER_NUMBER,
      Character.OTHER_NUMBER,
      Character.CONNECTOR_PUNCTUATION,
      Character.DASH_PUNCTUATION,
      Character.START_PUNCTUATION,
      Character.END_PUNCTUATION,
      Character.INITIAL_QUOTE_PUNCTUATION,
      Character.FINAL_QUOTE_PUNCTUATION,
      Character.OTHER_PUNCTUATION,
      Character.MATH_SYMBOL,
      Character.CURRENCY_SYMBOL,
      Character.MODIFIER_SYMBOL,
      Character.OTHER_SYMBOL:
        return true;
      default:
        return false;
    }
  }
}
