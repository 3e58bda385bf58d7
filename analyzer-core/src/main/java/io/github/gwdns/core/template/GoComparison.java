package io.github.gwdns.core.template;

import static io.github.gwdns.core.template.GoValues.NO_VALUE;

import java.util.List;
import java.util.Map;

/** The comparison builtins {@code eq} and {@code lt}, from which ne, le, gt and ge derive. */
final class GoComparison {
  private GoComparison() {}

  /** Go's reflect kinds, as far as comparison distinguishes them. */
  private enum Kind {
    BOOL,
    INT,
    STRING,
    INVALID,
    POINTER,
    SLICE,
    MAP,
    STRUCT
  }

  private static Kind kind(Object v) {
    if (v instanceof Boolean) {
      return Kind.BOOL;
    }
    if (v instanceof Long) {
      return Kind.INT;
    }
    if (v instanceof String) {
      return Kind.STRING;
    }
    if (v == NO_VALUE) {
      return Kind.INVALID;
    }
    if (v == null || (v instanceof GoStruct s && s.isPointer())) {
      return Kind.POINTER;
    }
    return v instanceof List ? Kind.SLICE : v instanceof Map ? Kind.MAP : Kind.STRUCT;
  }

  private static boolean isBasic(Kind k) {
    return k == Kind.BOOL || k == Kind.INT || k == Kind.STRING;
  }

  /** {@code eq a b c}: a == b || a == c. */
  static boolean eq(Object a, List<Object> others) throws EvalFailure {
    if (others.isEmpty()) {
      throw EvalFailure.go("missing argument for comparison");
    }
    Kind k1 = kind(a);
    for (Object b : others) {
      Kind k2 = kind(b);
      boolean truth;
      if (isBasic(k1) != isBasic(k2) || (isBasic(k1) && k1 != k2)) {
        if (a != NO_VALUE && b != NO_VALUE) {
          throw incompatible(a, b);
        }
        truth = false;
      } else if (isBasic(k1)) {
        truth = a.equals(b);
      } else {
        truth = sameNonBasic(a, k1, b, k2);
      }
      if (truth) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameNonBasic(Object a, Kind k1, Object b, Kind k2) throws EvalFailure {
    if (k1 != k2 && k1 != Kind.INVALID && k2 != Kind.INVALID) {
      throw EvalFailure.go(
          "non-comparable types " + GoValues.typeName(a) + " and " + GoValues.typeName(b));
    }
    if (isNil(a) || isNil(b)) {
      return isNil(a) && isNil(b);
    }
    if (k1 == Kind.POINTER) {
      return a == b; // pointers are equal when they point to the same value
    }
    if (k1 == Kind.STRUCT) {
      throw EvalFailure.unsupported("comparing struct values");
    }
    throw EvalFailure.go(
        "non-comparable type " + GoFormatter.format(b, 'v', 0) + ": " + GoValues.typeName(b));
  }

  private static boolean isNil(Object v) throws EvalFailure {
    boolean empty =
        (v instanceof List<?> l && l.isEmpty()) || (v instanceof Map<?, ?> m && m.isEmpty());
    if (empty) {
      // Go tells a nil slice or map from an empty one; the data model does not.
      throw EvalFailure.unsupported("comparing an empty slice or map with nil");
    }
    return v == null || v == NO_VALUE;
  }

  /** {@code lt a b} for two ints or two strings. */
  static boolean lt(Object a, Object b) throws EvalFailure {
    Kind k1 = kind(a);
    Kind k2 = kind(b);
    if (!isBasic(k1) || !isBasic(k2)) {
      throw EvalFailure.go("invalid type for comparison");
    }
    if (k1 != k2) {
      throw incompatible(a, b);
    }
    return switch (k1) {
      case INT -> (Long) a < (Long) b;
      case STRING -> GoValues.compareStrings((String) a, (String) b) < 0;
      default -> throw EvalFailure.go("invalid type for comparison");
    };
  }

  static boolean le(Object a, Object b) throws EvalFailure {
    return lt(a, b) || eq(a, List.of(b));
  }

  private static EvalFailure incompatible(Object a, Object b) {
    return EvalFailure.go(
        "incompatible types for comparison: "
            + GoValues.typeName(a)
            + " and "
            + GoValues.typeName(b));
  }
}
