package io.github.gwdns.core.template;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Go semantics of the data model: which Java values stand for which Go values, their truth, type
 * names and ordering. Java {@code null} is a nil pointer; {@link #NO_VALUE} is Go's invalid {@code
 * reflect.Value}, what a missing map key yields.
 */
final class GoValues {
  /** Go's "no value": prints {@code <no value>}, is false, and passes as nil to functions. */
  static final Object NO_VALUE =
      new Object() {
        @Override
        public String toString() {
          return "<no value>";
        }
      };

  private GoValues() {}

  /** Checks a value read from the data model, turning {@code Integer} into {@code Long}. */
  static Object normalize(Object v) throws EvalFailure {
    if (v instanceof TemplateData.Unknown u) {
      throw EvalFailure.unsupported(u.what() + " is not known to gwdns");
    }
    if (v instanceof Integer i) {
      return i.longValue();
    }
    if (v == null
        || v == NO_VALUE
        || v instanceof String
        || v instanceof Long
        || v instanceof Boolean
        || v instanceof List
        || v instanceof Map
        || v instanceof GoStruct) {
      return v;
    }
    throw EvalFailure.unsupported("data value of Java type " + v.getClass().getName());
  }

  /** Go's {@code isTrue}: false, 0, nil, no value and empty strings, slices and maps are false. */
  static boolean truth(Object v) {
    if (v == null || v == NO_VALUE) {
      return false;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof Long n) {
      return n != 0;
    }
    if (v instanceof Integer n) {
      return n != 0;
    }
    if (v instanceof String s) {
      return !s.isEmpty();
    }
    if (v instanceof Collection<?> c) {
      return !c.isEmpty();
    }
    if (v instanceof Map<?, ?> m) {
      return !m.isEmpty();
    }
    return true; // structs, and pointers to them, are always true
  }

  /** The Go type a value stands for, as messages name it; element types are best effort. */
  static String typeName(Object v) {
    if (v == null) {
      return "<nil>";
    }
    if (v instanceof String) {
      return "string";
    }
    if (v instanceof Long || v instanceof Integer) {
      return "int";
    }
    if (v instanceof Boolean) {
      return "bool";
    }
    if (v instanceof GoStruct s) {
      return s.typeName();
    }
    if (v instanceof List<?> l) {
      return "[]" + elementType(l);
    }
    if (v instanceof Map<?, ?> m) {
      return "map[string]" + elementType(m.values());
    }
    return v == NO_VALUE ? "<no value>" : v.getClass().getName();
  }

  private static String elementType(Collection<?> values) {
    List<String> names = values.stream().map(GoValues::typeName).distinct().toList();
    return names.size() == 1 && values.stream().allMatch(Objects::nonNull)
        ? names.get(0)
        : "interface {}";
  }

  /** Go orders strings by UTF-8 bytes, which is code point order, not UTF-16 order. */
  static int compareStrings(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  /** Entries in Go's sorted map order; only string keys exist in the data model. */
  static List<Map.Entry<String, Object>> sortedEntries(Map<?, ?> map) throws EvalFailure {
    List<Map.Entry<String, Object>> entries = new ArrayList<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (!(e.getKey() instanceof String key)) {
        throw EvalFailure.unsupported(
            "map key of Java type "
                + (e.getKey() == null ? "null" : e.getKey().getClass().getName()));
      }
      entries.add(new AbstractMap.SimpleEntry<>(key, e.getValue()));
    }
    entries.sort((x, y) -> compareStrings(x.getKey(), y.getKey()));
    return entries;
  }
}
