package io.github.gwdns.core.render.chart;

import io.github.gwdns.core.load.ManifestList;
import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.load.ManifestScalar;
import io.github.gwdns.core.load.ScalarKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Helm values as templates see them: lookups, Go truth, and the data {@code .Values} holds. */
final class Values {
  /**
   * A value templates cannot read exactly (a float): touching it makes the template unsupported.
   */
  static final Object OPAQUE =
      new io.github.gwdns.core.template.TemplateData.Unknown("a number with a fraction");

  private Values() {}

  /** The node at {@code path} (map keys), or null. */
  static ManifestNode get(ManifestNode node, String... path) {
    ManifestNode at = node;
    for (String key : path) {
      if (!(at instanceof ManifestMap map)) {
        return null;
      }
      at = map.get(key);
    }
    return at;
  }

  /** The scalar text at {@code path}, or null when absent, null or not a scalar. */
  static String text(ManifestNode node, String... path) {
    return get(node, path) instanceof ManifestScalar s && !s.isNull() ? s.value() : null;
  }

  /** Go's truth of a value: false, 0, "", null, empty lists and maps are false; absent is false. */
  static boolean truthy(ManifestNode node) {
    if (node == null || node.isNull()) {
      return false;
    }
    if (node instanceof ManifestScalar s) {
      return switch (s.kind()) {
        case BOOLEAN -> s.value().equalsIgnoreCase("true");
        case INTEGER, FLOAT -> !isZero(s.value());
        case NULL -> false;
        case STRING -> !s.value().isEmpty();
      };
    }
    if (node instanceof ManifestMap m) {
      return !m.entries().isEmpty();
    }
    return !((ManifestList) node).items().isEmpty();
  }

  /** True when the map has {@code key}, whatever its value (Sprig's {@code hasKey}). */
  static boolean has(ManifestNode node, String key) {
    return node instanceof ManifestMap m && m.entry(key) != null;
  }

  private static boolean isZero(String number) {
    try {
      return Double.parseDouble(number.replace("_", "")) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** The node as template data: maps, lists, strings, longs, booleans and nil. */
  static Object data(ManifestNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node instanceof ManifestMap m) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (ManifestMap.Entry e : m.entries()) {
        out.put(e.key(), data(e.value()));
      }
      return out;
    }
    if (node instanceof ManifestList l) {
      List<Object> out = new ArrayList<>();
      l.items().forEach(i -> out.add(data(i)));
      return out;
    }
    ManifestScalar s = (ManifestScalar) node;
    if (s.kind() == ScalarKind.BOOLEAN) {
      return s.value().equalsIgnoreCase("true");
    }
    if (s.kind() == ScalarKind.INTEGER) {
      try {
        return Long.parseLong(s.value().replace("_", ""));
      } catch (NumberFormatException e) {
        return OPAQUE;
      }
    }
    if (s.kind() == ScalarKind.FLOAT) {
      return OPAQUE; // Helm reads every number as float64; gwdns models integers only
    }
    return s.value();
  }
}
