package io.github.gwdns.core.template;

import static io.github.gwdns.core.template.GoValues.NO_VALUE;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of functions a template can call: text/template's builtins plus an engine's own, each with
 * its Go parameter types. {@link #EXTERNAL_DNS} is what a {@code --fqdn-template} can call
 * (source/template/functions.go); {@link #HELM} is what Helm's {@code tpl} gives the strings of
 * chart values, as far as gwdns evaluates it: the Sprig and Helm functions values use in practice.
 */
public final class TemplateFunctions {
  /** How an argument is checked: Go's reflect.Value, any, string or map[string]string. */
  enum Param {
    VALUE,
    ANY,
    STRING,
    STRING_MAP
  }

  interface Body {
    Object call(List<Object> args) throws EvalFailure;
  }

  /** A function; {@code variadic} is the type of its trailing {@code ...} parameter, or null. */
  record Function(String name, List<Param> fixed, Param variadic, Body body) {}

  /** external-dns's {@code --fqdn-template} functions. */
  public static final TemplateFunctions EXTERNAL_DNS = externalDns();

  /**
   * Helm's {@code tpl}, as far as gwdns evaluates it; any other function is unsupported, not an
   * error.
   */
  public static final TemplateFunctions HELM = helm();

  private final Map<String, Function> functions = new HashMap<>();
  private final Map<String, String> refused = new HashMap<>();
  private final boolean complete;

  private TemplateFunctions(boolean complete) {
    this.complete = complete;
  }

  private static TemplateFunctions builtins(boolean complete) {
    TemplateFunctions f = new TemplateFunctions(complete);
    Param v = Param.VALUE;
    Param s = Param.STRING;
    // and/or short-circuit, so the executor evaluates them itself.
    f.define(
        "and",
        List.of(v),
        v,
        a -> {
          throw new IllegalStateException("and");
        });
    f.define(
        "or",
        List.of(v),
        v,
        a -> {
          throw new IllegalStateException("or");
        });
    f.define("not", List.of(v), null, a -> !GoValues.truth(a.get(0)));
    f.define("len", List.of(v), null, a -> length(a.get(0)));
    f.define("index", List.of(v), v, a -> index(a.get(0), a.subList(1, a.size())));
    f.define("slice", List.of(v), v, a -> slice(a.get(0), a.subList(1, a.size())));
    f.define("print", List.of(), Param.ANY, GoFormatter::sprint);
    f.define("println", List.of(), Param.ANY, GoFormatter::sprintln);
    f.define(
        "printf",
        List.of(s),
        Param.ANY,
        a -> GoFormatter.sprintf((String) a.get(0), a.subList(1, a.size())));
    f.define("eq", List.of(v), v, a -> GoComparison.eq(a.get(0), a.subList(1, a.size())));
    f.define("ne", List.of(v, v), null, a -> !GoComparison.eq(a.get(0), List.of(a.get(1))));
    f.define("lt", List.of(v, v), null, a -> GoComparison.lt(a.get(0), a.get(1)));
    f.define("le", List.of(v, v), null, a -> GoComparison.le(a.get(0), a.get(1)));
    f.define("gt", List.of(v, v), null, a -> !GoComparison.le(a.get(0), a.get(1)));
    f.define("ge", List.of(v, v), null, a -> !GoComparison.lt(a.get(0), a.get(1)));
    f.refused.put("call", "function \"call\" is not supported by gwdns");
    f.refused.put("html", "function \"html\" is not supported by gwdns");
    f.refused.put("js", "function \"js\" is not supported by gwdns");
    f.refused.put("urlquery", "function \"urlquery\" is not supported by gwdns");
    return f;
  }

  private static TemplateFunctions externalDns() {
    TemplateFunctions f = builtins(true);
    Param s = Param.STRING;
    // external-dns, with Go's parameter order: strings.TrimPrefix(s, prefix) and so on.
    f.define("contains", List.of(s, s), null, a -> str(a, 0).contains(str(a, 1)));
    f.define(
        "trimPrefix",
        List.of(s, s),
        null,
        a -> str(a, 0).startsWith(str(a, 1)) ? str(a, 0).substring(str(a, 1).length()) : str(a, 0));
    f.define(
        "trimSuffix",
        List.of(s, s),
        null,
        a ->
            str(a, 0).endsWith(str(a, 1))
                ? str(a, 0).substring(0, str(a, 0).length() - str(a, 1).length())
                : str(a, 0));
    f.define("trim", List.of(s), null, a -> trimSpace(str(a, 0)));
    f.define("toLower", List.of(s), null, a -> toLower(str(a, 0)));
    f.define("replace", List.of(s, s, s), null, a -> replaceAll(str(a, 2), str(a, 0), str(a, 1)));
    f.define("isIPv4", List.of(s), null, a -> IpAddressSyntax.isIPv4(str(a, 0)));
    f.define("isIPv6", List.of(s), null, a -> IpAddressSyntax.isIPv6(str(a, 0)));
    f.define("isSource", List.of(s), null, a -> false);
    f.define(
        "hasKey",
        List.of(Param.STRING_MAP, s),
        null,
        a -> ((Map<?, ?>) a.get(0)).containsKey(str(a, 1)));
    f.refused.put(
        "fromJson",
        "fromJson is not supported by gwdns: its result depends on JSON decoding gwdns"
            + " does not reproduce");
    return f;
  }

  private static TemplateFunctions helm() {
    TemplateFunctions f = builtins(false);
    Param v = Param.VALUE;
    Param s = Param.STRING;
    // Sprig, with its parameter order: the piped value comes last (trimSuffix "-" .Name).
    f.define("default", List.of(v), v, a -> a.size() < 2 || empty(a.get(1)) ? a.get(0) : a.get(1));
    f.define("empty", List.of(v), null, a -> empty(a.get(0)));
    f.define("lower", List.of(s), null, a -> toLower(str(a, 0)));
    f.define("upper", List.of(s), null, a -> toUpper(str(a, 0)));
    f.define("trim", List.of(s), null, a -> trimSpace(str(a, 0)));
    f.define(
        "trimPrefix",
        List.of(s, s),
        null,
        a -> str(a, 1).startsWith(str(a, 0)) ? str(a, 1).substring(str(a, 0).length()) : str(a, 1));
    f.define(
        "trimSuffix",
        List.of(s, s),
        null,
        a ->
            str(a, 1).endsWith(str(a, 0))
                ? str(a, 1).substring(0, str(a, 1).length() - str(a, 0).length())
                : str(a, 1));
    f.define("trunc", List.of(v, s), null, a -> trunc(a.get(0), str(a, 1)));
    f.define("replace", List.of(s, s, s), null, a -> replaceAll(str(a, 2), str(a, 0), str(a, 1)));
    f.define("contains", List.of(s, s), null, a -> str(a, 1).contains(str(a, 0)));
    f.define("hasPrefix", List.of(s, s), null, a -> str(a, 1).startsWith(str(a, 0)));
    f.define("hasSuffix", List.of(s, s), null, a -> str(a, 1).endsWith(str(a, 0)));
    f.define("quote", List.of(), Param.ANY, a -> quote(a, '"'));
    f.define("squote", List.of(), Param.ANY, a -> quote(a, '\''));
    f.define("toString", List.of(v), null, a -> strval(a.get(0)));
    f.define(
        "ternary", List.of(v, v, v), null, a -> GoValues.truth(a.get(2)) ? a.get(0) : a.get(1));
    f.define(
        "hasKey",
        List.of(v, s),
        null,
        a -> {
          if (!(a.get(0) instanceof Map<?, ?> map)) {
            throw EvalFailure.go(
                "wrong type for value; expected map[string]interface {}; got "
                    + GoValues.typeName(a.get(0)));
          }
          return map.containsKey(str(a, 1));
        });
    f.define(
        "required",
        List.of(s, v),
        null,
        a -> {
          Object value = a.get(1);
          if (value == null || value == NO_VALUE || "".equals(value)) {
            throw EvalFailure.go(str(a, 0));
          }
          return value;
        });
    f.define(
        "fail",
        List.of(s),
        null,
        a -> {
          throw EvalFailure.go(str(a, 0));
        });
    return f;
  }

  private void define(String name, List<Param> fixed, Param variadic, Body body) {
    functions.put(name, new Function(name, fixed, variadic, body));
  }

  Function lookup(String name) {
    return functions.get(name);
  }

  boolean isDefined(String name) {
    return functions.containsKey(name);
  }

  /** Why gwdns refuses a function Go would accept, or null. */
  String refusal(String name) {
    return refused.get(name);
  }

  /**
   * True when the set is the engine's whole set, so an unknown name is Go's "not defined" error;
   * false when the engine has more functions than gwdns evaluates.
   */
  boolean complete() {
    return complete;
  }

  /** Sprig's {@code empty}: nil, false, 0, and empty strings, lists and maps. */
  private static boolean empty(Object value) {
    if (value == null || value == NO_VALUE) {
      return true;
    }
    if (value instanceof String str) {
      return str.isEmpty();
    }
    if (value instanceof Boolean b) {
      return !b;
    }
    if (value instanceof Long n) {
      return n == 0;
    }
    if (value instanceof Integer n) {
      return n == 0;
    }
    if (value instanceof List<?> l) {
      return l.isEmpty();
    }
    if (value instanceof Map<?, ?> m) {
      return m.isEmpty();
    }
    return false;
  }

  /** Sprig's {@code strval}: a string as it is, anything else as {@code %v} prints it. */
  private static String strval(Object value) throws EvalFailure {
    return value instanceof String s
        ? s
        : GoFormatter.sprint(java.util.Collections.singletonList(value));
  }

  /**
   * Sprig's {@code quote}: each argument that is not nil, quoted with {@code %q}, separated by
   * spaces.
   */
  private static String quote(List<Object> args, char mark) throws EvalFailure {
    List<String> out = new ArrayList<>();
    for (Object a : args) {
      if (a == null || a == NO_VALUE) {
        continue;
      }
      String text = strval(a);
      out.add(mark == '"' ? GoFormatter.quote(text) : "'" + text + "'");
    }
    return String.join(" ", out);
  }

  /**
   * Sprig's {@code trunc}: the first {@code c} bytes, or with a negative {@code c} the last ones.
   */
  private static String trunc(Object count, String s) throws EvalFailure {
    if (!(count instanceof Long c)) {
      throw EvalFailure.unsupported("trunc with a length that is not an integer");
    }
    byte[] bytes = utf8(s);
    int from = 0;
    int to = bytes.length;
    if (c < 0 && bytes.length + c > 0) {
      from = (int) (bytes.length + c);
    } else if (c >= 0 && bytes.length > c) {
      to = c.intValue();
    }
    String result = new String(Arrays.copyOfRange(bytes, from, to), StandardCharsets.UTF_8);
    if (!Arrays.equals(utf8(result), Arrays.copyOfRange(bytes, from, to))) {
      throw EvalFailure.unsupported("trunc inside a multi-byte UTF-8 character");
    }
    return result;
  }

  /** strings.ToUpper maps each rune on its own. */
  private static String toUpper(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(r -> out.appendCodePoint(Character.toUpperCase(r)));
    return out.toString();
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
    throw EvalFailure.go(
        item == NO_VALUE ? "len of untyped nil" : "len of type " + GoValues.typeName(item));
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
        item =
            (long) (bytes[indexArg(index, bytes.length - 1)] & 0xff); // a byte, printed as a number
      } else if (item instanceof Map<?, ?> map) {
        if (!(index instanceof String key)) {
          throw EvalFailure.go(
              index == NO_VALUE
                  ? "value is nil; should be of type string"
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
      throw EvalFailure.go(
          index == NO_VALUE
              ? "cannot index slice/array with nil"
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
    return (r >= '\t' && r <= '\r')
        || r == ' '
        || r == 0x85
        || r == 0xA0
        || r == 0x1680
        || (r >= 0x2000 && r <= 0x200A)
        || r == 0x2028
        || r == 0x2029
        || r == 0x202F
        || r == 0x205F
        || r == 0x3000;
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
