package io.github.gwdns.core.predict.template;

import static io.github.gwdns.core.predict.template.GoValues.NO_VALUE;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The functions a {@code --fqdn-template} can call: text/template's builtins plus external-dns's
 * own (source/template/functions.go), each with its Go parameter types.
 */
final class TemplateFunctions {
  /** How an argument is checked: Go's reflect.Value, any, string or map[string]string. */
  enum Param { VALUE, ANY, STRING, STRING_MAP }

  interface Body {
    Object call(List<Object> args) throws EvalFailure;
  }

  /** A function; {@code variadic} is the type of its trailing {@code ...} parameter, or null. */
  record Function(String name, List<Param> fixed, Param variadic, Body body) {}

  private static final Map<String, Function> FUNCTIONS = new HashMap<>();
  private static final Map<String, String> REFUSED = Map.of(
      "fromJson", "fromJson is not supported by gwdns: its result depends on JSON decoding gwdns"
          + " does not reproduce",
      "call", "function \"call\" is not supported by gwdns",
      "html", "function \"html\" is not supported by gwdns",
      "js", "function \"js\" is not supported by gwdns",
      "urlquery", "function \"urlquery\" is not supported by gwdns");

  static {
    Param v = Param.VALUE;
    Param s = Param.STRING;
    // and/or short-circuit, so the executor evaluates them itself.
    define("and", List.of(v), v, a -> { throw new IllegalStateException("and"); });
    define("or", List.of(v), v, a -> { throw new IllegalStateException("or"); });
    define("not", List.of(v), null, a -> !GoValues.truth(a.get(0)));
    define("len", List.of(v), null, a -> length(a.get(0)));
    define("index", List.of(v), v, a -> index(a.get(0), a.subList(1, a.size())));
    define("slice", List.of(v), v, a -> slice(a.get(0), a.subList(1, a.size())));
    define("print", List.of(), Param.ANY, GoFormatter::sprint);
    define("println", List.of(), Param.ANY, GoFormatter::sprintln);
    define("printf", List.of(s), Param.ANY,
        a -> GoFormatter.sprintf((String) a.get(0), a.subList(1, a.size())));
    define("eq", List.of(v), v, a -> GoComparison.eq(a.get(0), a.subList(1, a.size())));
    define("ne", List.of(v, v), null, a -> !GoComparison.eq(a.get(0), List.of(a.get(1))));
    define("lt", List.of(v, v), null, a -> GoComparison.lt(a.get(0), a.get(1)));
    define("le", List.of(v, v), null, a -> GoComparison.le(a.get(0), a.get(1)));
    define("gt", List.of(v, v), null, a -> !GoComparison.le(a.get(0), a.get(1)));
    define("ge", List.of(v, v), null, a -> !GoComparison.lt(a.get(0), a.get(1)));
    // external-dns, with Go's parameter order: strings.TrimPrefix(s, prefix) and so on.
    define("contains", List.of(s, s), null, a -> str(a, 0).contains(str(a, 1)));
    define("trimPrefix", List.of(s, s), null,
        a -> str(a, 0).startsWith(str(a, 1)) ? str(a, 0).substring(str(a, 1).length()) : str(a, 0));
    define("trimSuffix", List.of(s, s), null, a -> str(a, 0).endsWith(str(a, 1))
        ? str(a, 0).substring(0, str(a, 0).length() - str(a, 1).length()) : str(a, 0));
    define("trim", List.of(s), null, a -> trimSpace(str(a, 0)));
    define("toLower", List.of(s), null, a -> toLower(str(a, 0)));
    define("replace", List.of(s, s, s), null, a -> replaceAll(str(a, 2), str(a, 0), str(a, 1)));
    define("isIPv4", List.of(s), null, a -> IpAddressSyntax.isIPv4(str(a, 0)));
    define("isIPv6", List.of(s), null, a -> IpAddressSyntax.isIPv6(str(a, 0)));
    define("isSource", List.of(s), null, a -> false);
    define("hasKey", List.of(Param.STRING_MAP, s), null,
        a -> ((Map<?, ?>) a.get(0)).containsKey(str(a, 1)));
  }

  private TemplateFunctions() {}

  private static void define(String name, List<Param> fixed, Param variadic, Body body) {
    FUNCTIONS.put(name, new Function(name, fixed, variadic, body));
  }

  static Function lookup(String name) {
    return FUNCTIONS.get(name);
  }

  static boolean isDefined(String name) {
    return FUNCTIONS.containsKey(name);
  }

  /** Why gwdns refuses a function Go would accept, or null. */
  static String refusal(String name) {
    return REFUSED.get(name);
  }

  private static String str(List<Object> args, int i) {
    return (String) args.get(i);
  }

  private static long length(Object item) throws EvalFailure {
    if (item == null) {
      throw EvalFailure.go("len of nil pointer");
    }
    if (item instanceof String s) {
      return utf8(s).length; // Go counts bytes
    }
    if (item instanceof List<?> l) {
      return l.size();
    }
    if (item instanceof Map<?, ?> m) {
      return m.size();
    }
    throw EvalFailure.go(item == NO_VALUE ? "len of untyped nil" : "len of type " + GoValues.typeName(item));
  }

  private static Object index(Object item, List<Object> indexes) throws EvalFailure {
    if (item == NO_VALUE) {
      throw EvalFailure.go("index of untyped nil");
    }
    for (Object index : indexes) {
      if (item == null) {
        throw EvalFailure.go("index of nil pointer");
      }
      if (item instanceof List<?> list) {
        item = GoValues.normalize(list.get(indexArg(index, list.size() - 1)));
      } else if (item instanceof String s) {
        byte[] bytes = utf8(s);
        item = (long) (bytes[indexArg(index, bytes.length - 1)] & 0xff); // a byte, printed as a number
      } else if (item instanceof Map<?, ?> map) {
        if (!(index instanceof String key)) {
          throw EvalFailure.go(index == NO_VALUE ? "value is nil; should be of type string"
              : "value has type " + GoValues.typeName(index) + "; should be string");
        }
        item = map.containsKey(key) ? GoValues.normalize(map.get(key)) : zeroValue(map);
      } else {
        throw EvalFailure.go("can't index item of type " + GoValues.typeName(item));
      }
    }
    return item;
  }

  /** A missing key yields the zero value of the map's element type. */
  private static Object zeroValue(Map<?, ?> map) throws EvalFailure {
    if (map.values().stream().allMatch(v -> v instanceof String)) {
      return ""; // map[string]string, as labels and annotations are
    }
    throw EvalFailure.unsupported("index of a missing key in a map whose values are not strings");
  }

  private static int indexArg(Object index, int max) throws EvalFailure {
    if (!(index instanceof Long x)) {
      throw EvalFailure.go(index == NO_VALUE ? "cannot index slice/array with nil"
          : "cannot index slice/array with type " + GoValues.typeName(index));
    }
    if (x < 0 || x > max) {
      throw EvalFailure.go("index out of range: " + x);
    }
    return x.intValue();
  }

  private static Object slice(Object item, List<Object> indexes) throws EvalFailure {
    if (item == NO_VALUE) {
      throw EvalFailure.go("slice of untyped nil");
    }
    if (indexes.size() > 3) {
      throw EvalFailure.go("too many slice indexes: " + indexes.size());
    }
    byte[] bytes = item instanceof String s ? utf8(s) : null;
    if (bytes != null && indexes.size() == 3) {
      throw EvalFailure.go("cannot 3-index slice a string");
    }
    if (bytes == null && !(item instanceof List)) {
      throw EvalFailure.go("can't slice item of type " + GoValues.typeName(item));
    }
    // A slice's capacity is taken to be its length: the data model has no spare capacity.
    int cap = bytes != null ? bytes.length : ((List<?>) item).size();
    int[] idx = {0, cap, cap};
    for (int i = 0; i < indexes.size(); i++) {
      idx[i] = indexArg(indexes.get(i), cap);
    }
    if (idx[0] > idx[1] || (indexes.size() == 3 && idx[1] > idx[2])) {
      int bad = idx[0] > idx[1] ? 0 : 1;
      throw EvalFailure.go("invalid slice index: " + idx[bad] + " > " + idx[bad + 1]);
    }
    if (bytes == null) {
      return new ArrayList<>(((List<?>) item).subList(idx[0], idx[1]));
    }
    String result = new String(Arrays.copyOfRange(bytes, idx[0], idx[1]), StandardCharsets.UTF_8);
    if (!Arrays.equals(utf8(result), Arrays.copyOfRange(bytes, idx[0], idx[1]))) {
      throw EvalFailure.unsupported("slicing a string inside a multi-byte UTF-8 character");
    }
    return result;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** strings.TrimSpace: Go's unicode.IsSpace, which differs from Java's whitespace. */
  private static String trimSpace(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isGoSpace(s.codePointAt(start))) {
      start += Character.charCount(s.codePointAt(start));
    }
    while (end > start && isGoSpace(s.codePointBefore(end))) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return s.substring(start, end);
  }

  private static boolean isGoSpace(int r) {
    return (r >= '\t' && r <= '\r') || r == ' ' || r == 0x85 || r == 0xA0 || r == 0x1680
        || (r >= 0x2000 && r <= 0x200A) || r == 0x2028 || r == 0x2029 || r == 0x202F
        || r == 0x205F || r == 0x3000;
  }

  /** strings.ToLower maps each rune on its own; String.toLowerCase is context-sensitive. */
  private static String toLower(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(r -> out.appendCodePoint(Character.toLowerCase(r)));
    return out.toString();
  }

  /** strings.ReplaceAll; an empty {@code old} inserts {@code with} around every rune. */
  private static String replaceAll(String target, String old, String with) {
    if (!old.isEmpty()) {
      return target.replace(old, with);
    }
    StringBuilder out = new StringBuilder(with);
    target.codePoints().forEach(r -> out.appendCodePoint(r).append(with));
    return out.toString();
  }
}
