package io.github.gwdns.core.model.decode;

import io.github.gwdns.core.finding.ManifestProblem;
import io.github.gwdns.core.finding.ObjectRef;
import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.load.ManifestList;
import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.load.ManifestScalar;
import io.github.gwdns.core.load.ScalarKind;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.model.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads typed fields of one object the way the API server decodes JSON: a field of the wrong type
 * (a string where an integer is required, a mapping where a list is) is a problem at that field's
 * position, and the object is then rejected. An absent field and an explicit null both read as
 * absent.
 */
final class FieldReader {
  private final Provenance provenance;
  private final boolean literalVariables;
  private final ManifestMap root;
  private final ObjectRef object;
  private final List<ManifestProblem> problems;
  private boolean failed;

  FieldReader(String file, ManifestMap root, ObjectRef object, List<ManifestProblem> problems) {
    this(new Provenance(file, 0, -1, root), object, problems);
  }

  /**
   * @param provenance the object: its rendered tree, and the file of each of its nodes
   */
  FieldReader(Provenance provenance, ObjectRef object, List<ManifestProblem> problems) {
    this(provenance, object, problems, false);
  }

  /**
   * @param literalVariables the object is applied without substitution: a {@code ${VAR}} in it is
   *     what the API server gets
   */
  FieldReader(
      Provenance provenance,
      ObjectRef object,
      List<ManifestProblem> problems,
      boolean literalVariables) {
    this.literalVariables = literalVariables;
    this.provenance = provenance;
    this.root = provenance.root();
    this.object = object;
    this.problems = problems;
  }

  /**
   * True when {@code text} holds a value still to come (a Flux variable Flux will substitute, a
   * vault placeholder): it is not validated. A {@code ${VAR}} of an object applied without
   * substitution is final, and is.
   */
  boolean pending(String text) {
    if (provenance.chart() != null
        && io.github.gwdns.core.render.Variables.onlyHelmTemplates(text)) {
      return true; // a template the chart model could not evaluate (it reported it); a literal one
      // it rejected itself
    }
    return io.github.gwdns.core.render.Variables.hasSubstitution(text)
        && !(literalVariables
            && !io.github.gwdns.core.render.VaultPlaceholders.PATTERN.matcher(text).find());
  }

  /** True once any error was reported: the API server would reject the object. */
  boolean failed() {
    return failed;
  }

  /** The mapping at {@code key}, or null when absent. */
  ManifestMap map(ManifestMap parent, FieldPath path, String key) {
    ManifestNode node = present(parent, key);
    if (node == null) {
      return null;
    }
    if (node instanceof ManifestMap map) {
      return map;
    }
    wrongType(node, path.field(key), "an object (mapping)");
    return null;
  }

  /** The mapping at {@code key}; reports it when absent. */
  ManifestMap requiredMap(ManifestMap parent, FieldPath path, String key) {
    ManifestMap map = map(parent, path, key);
    if (map == null && present(parent, key) == null) {
      missing(parent, path, key);
    }
    return map;
  }

  /**
   * The most items the Gateway API CRDs allow in a list, by field (indexes written {@code []}).
   * Enforcing them is what the API server does, and it keeps the analysis linear: a hostile
   * manifest with 10,000 listeners and 10,000 parentRefs never reaches matching.
   */
  private static final java.util.Map<String, Integer> MAX_ITEMS =
      java.util.Map.ofEntries(
          java.util.Map.entry("spec.listeners", 64),
          java.util.Map.entry("spec.listeners[].allowedRoutes.kinds", 8),
          java.util.Map.entry("spec.listeners[].tls.certificateRefs", 64),
          java.util.Map.entry("spec.addresses", 16),
          java.util.Map.entry("status.addresses", 16),
          java.util.Map.entry("status.listeners", 64),
          java.util.Map.entry("status.conditions", 8),
          java.util.Map.entry("status.listeners[].conditions", 8),
          java.util.Map.entry("spec.parentRefs", 32),
          java.util.Map.entry("spec.hostnames", 16),
          java.util.Map.entry("status.parents", 32),
          java.util.Map.entry("status.parents[].conditions", 8),
          java.util.Map.entry("spec.from", 16),
          java.util.Map.entry("spec.to", 16));

  /** The list at {@code key}, or null when absent. */
  ManifestList list(ManifestMap parent, FieldPath path, String key) {
    ManifestNode node = present(parent, key);
    if (node == null) {
      return null;
    }
    if (node instanceof ManifestList list) {
      FieldPath at = path.field(key);
      Integer max = MAX_ITEMS.get(at.toString().replaceAll("\\[\\d+\\]", "[]"));
      if (max != null && list.items().size() > max) {
        error(
            node,
            at,
            "too-many-items",
            "`"
                + at
                + "` holds "
                + list.items().size()
                + " items; the API server accepts at most "
                + max);
        return null;
      }
      return list;
    }
    wrongType(node, path.field(key), "a list");
    return null;
  }

  /** The list at {@code key}; reports it when absent. */
  ManifestList requiredList(ManifestMap parent, FieldPath path, String key) {
    ManifestList list = list(parent, path, key);
    if (list == null && present(parent, key) == null) {
      missing(parent, path, key);
    }
    return list;
  }

  /** The mapping entries of a list, reporting entries that are not mappings. */
  List<ManifestMap> mapItems(ManifestList list, FieldPath listPath) {
    List<ManifestMap> maps = new ArrayList<>();
    if (list == null) {
      return maps;
    }
    for (int i = 0; i < list.items().size(); i++) {
      ManifestNode item = list.items().get(i);
      if (item instanceof ManifestMap map) {
        maps.add(map);
      } else {
        wrongType(item, listPath.index(i), "an object (mapping)");
        maps.add(null);
      }
    }
    return maps;
  }

  /** The string at {@code key}, or null when absent. */
  String string(ManifestMap parent, FieldPath path, String key) {
    ManifestNode node = present(parent, key);
    if (node == null) {
      return null;
    }
    if (node instanceof ManifestScalar s && s.kind() == ScalarKind.STRING) {
      return s.value();
    }
    wrongType(node, path.field(key), "a string");
    return null;
  }

  /** The string at {@code key}; reports it when absent. */
  String requiredString(ManifestMap parent, FieldPath path, String key) {
    String value = string(parent, path, key);
    if (value == null && present(parent, key) == null) {
      missing(parent, path, key);
    }
    return value;
  }

  /** The string at {@code key} if it is one of {@code allowed}, else null (after reporting it). */
  String enumString(ManifestMap parent, FieldPath path, String key, List<String> allowed) {
    String value = string(parent, path, key);
    if (value != null && !allowed.contains(value)) {
      error(
          parent.get(key),
          path.field(key),
          "unsupported-value",
          "`"
              + path.field(key)
              + "` is `"
              + value
              + "`; the API server accepts only "
              + String.join(", ", allowed));
      return null;
    }
    return value;
  }

  private static String abbreviated(String value) {
    return value.length() <= 40 ? value : value.substring(0, 37) + "...";
  }

  /** The integer at {@code key} within [min, max], or null when absent or invalid. */
  Integer integer(ManifestMap parent, FieldPath path, String key, long min, long max) {
    ManifestNode node = present(parent, key);
    if (node == null) {
      return null;
    }
    if (!(node instanceof ManifestScalar s) || s.kind() != ScalarKind.INTEGER) {
      wrongType(node, path.field(key), "an integer");
      return null;
    }
    long value;
    try {
      value = Long.decode(s.value().replace("_", "").replace("0o", "0"));
    } catch (NumberFormatException e) {
      // An integer too long for 64 bits: out of any range the API allows.
      error(
          node,
          path.field(key),
          "out-of-range",
          "`"
              + path.field(key)
              + "` is "
              + abbreviated(s.value())
              + "; it must be between "
              + min
              + " and "
              + max);
      return null;
    }
    if (value < min || value > max) {
      error(
          node,
          path.field(key),
          "out-of-range",
          "`" + path.field(key) + "` is " + value + "; it must be between " + min + " and " + max);
      return null;
    }
    return (int) value;
  }

  /** The integer at {@code key}; reports it when absent. */
  Integer requiredInteger(ManifestMap parent, FieldPath path, String key, long min, long max) {
    Integer value = integer(parent, path, key, min, max);
    if (value == null && present(parent, key) == null) {
      missing(parent, path, key);
    }
    return value;
  }

  /** The list of strings at {@code key}; empty when absent. */
  List<String> stringList(ManifestMap parent, FieldPath path, String key) {
    List<String> values = new ArrayList<>();
    ManifestList list = list(parent, path, key);
    if (list == null) {
      return values;
    }
    for (int i = 0; i < list.items().size(); i++) {
      ManifestNode item = list.items().get(i);
      if (item instanceof ManifestScalar s && s.kind() == ScalarKind.STRING) {
        values.add(s.value());
      } else {
        wrongType(item, path.field(key).index(i), "a string");
      }
    }
    return values;
  }

  /** The {@code map[string]string} at {@code key} (labels, annotations); empty when absent. */
  Map<String, String> stringMap(ManifestMap parent, FieldPath path, String key) {
    Map<String, String> values = new LinkedHashMap<>();
    ManifestMap map = map(parent, path, key);
    if (map == null) {
      return values;
    }
    for (ManifestMap.Entry entry : map.entries()) {
      ManifestNode value = entry.value();
      if (value instanceof ManifestScalar s && s.kind() == ScalarKind.STRING) {
        values.put(entry.key(), s.value());
      } else if (!value.isNull()) {
        wrongType(value, path.field(key).field(entry.key()), "a string (quote it)");
      }
    }
    return values;
  }

  /**
   * The node at {@code path} relative to the object root, found from {@code anchor} (any mapping on
   * the path) by walking the remaining segments; falls back to {@code anchor}.
   */
  ManifestNode node(ManifestMap anchor, FieldPath path) {
    ManifestNode found = root == null ? null : provenance.node(path);
    return found != null ? found : anchor;
  }

  /** Reports a problem that makes the API server reject the object. */
  void error(ManifestNode node, FieldPath path, String code, String message) {
    failed = true;
    problems.add(
        new ManifestProblem(
            node.span().in(provenance.fileAt(path)),
            Severity.ERROR,
            code,
            message + rejection(),
            object,
            path.toString()));
  }

  private void wrongType(ManifestNode node, FieldPath path, String expected) {
    error(
        node,
        path,
        "wrong-type",
        "`" + path + "` must be " + expected + ", found " + describe(node));
  }

  private void missing(ManifestMap parent, FieldPath path, String key) {
    if (parent == null) {
      return; // the parent itself is missing or of the wrong type, and was reported
    }
    error(
        parent,
        path.field(key),
        "missing-field",
        "required field `" + path.field(key) + "` is missing");
  }

  private String rejection() {
    return "; the API server rejects this " + object.kind();
  }

  private static String describe(ManifestNode node) {
    if (node instanceof ManifestMap map
        && map.entries().size() == 1
        && map.entries().get(0).value().isNull()
        && map.span().startLine() == map.span().endLine()) {
      // `{PLACEHOLDER}` is a flow mapping in YAML: say so, it is rarely what the author meant.
      return "`{"
          + map.entries().get(0).key()
          + "}`, which YAML reads as a mapping: substitute the"
          + " placeholder or quote the value";
    }
    if (node instanceof ManifestScalar s && s.kind() != ScalarKind.NULL) {
      String shown = s.value().length() > 40 ? s.value().substring(0, 37) + "..." : s.value();
      return node.describe() + " (`" + shown + "`)";
    }
    return node.describe();
  }

  private static ManifestNode present(ManifestMap parent, String key) {
    if (parent == null) {
      return null;
    }
    ManifestNode node = parent.get(key);
    return node == null || node.isNull() ? null : node;
  }
}
