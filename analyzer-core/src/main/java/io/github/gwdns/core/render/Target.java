package io.github.gwdns.core.render;

import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.load.ManifestScalar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A kustomize resource selector ({@code target} of a patch, {@code select} and {@code reject} of a
 * replacement): group, version, kind, name and namespace, and label and annotation selectors. A
 * patch target's fields are anchored regular expressions, a replacement's are matched exactly, as
 * kustomize reads them. An absent field matches anything.
 */
record Target(
    String group,
    String version,
    String kind,
    String name,
    String namespace,
    String labelSelector,
    String annotationSelector,
    boolean exact) {

  /** Reads a patch target; null when {@code node} is not a mapping. */
  static Target of(ManifestNode node) {
    return of(node, false);
  }

  /**
   * Reads a replacement's {@code source}, {@code select} or {@code reject}; null when {@code node}
   * is not a mapping.
   */
  static Target exact(ManifestNode node) {
    return of(node, true);
  }

  private static Target of(ManifestNode node, boolean exact) {
    if (!(node instanceof ManifestMap map)) {
      return null;
    }
    return new Target(
        map.text("group"),
        map.text("version"),
        map.text("kind"),
        map.text("name"),
        map.text("namespace"),
        map.text("labelSelector"),
        map.text("annotationSelector"),
        exact);
  }

  /** True when {@code object} is selected. */
  boolean matches(RenderedObject object) {
    String apiVersion = object.apiVersion();
    int slash = apiVersion.indexOf('/');
    String objectVersion = slash < 0 ? apiVersion : apiVersion.substring(slash + 1);
    return matches(group, object.group())
        && matches(version, objectVersion)
        && matches(kind, object.kind())
        && matches(name, object.name())
        && matches(namespace, object.namespace())
        && selects(labelSelector, strings(object, "labels"))
        && selects(annotationSelector, strings(object, "annotations"));
  }

  private boolean matches(String pattern, String value) {
    if (pattern == null || pattern.isEmpty()) {
      return true;
    }
    if (value == null) {
      value = "";
    }
    if (exact) {
      return pattern.equals(value);
    }
    try {
      return Pattern.matches(pattern, value);
    } catch (PatternSyntaxException e) {
      return pattern.equals(value);
    }
  }

  private static Map<String, String> strings(RenderedObject object, String key) {
    Map<String, String> values = new HashMap<>();
    if (object.root().get("metadata") instanceof ManifestMap meta
        && meta.get(key) instanceof ManifestMap map) {
      for (ManifestMap.Entry e : map.entries()) {
        if (e.value() instanceof ManifestScalar s && !s.isNull()) {
          values.put(e.key(), s.value());
        }
      }
    }
    return values;
  }

  /**
   * Kubernetes label-selector syntax: comma-separated {@code k=v}, {@code k==v}, {@code k!=v},
   * {@code k in (a,b)}, {@code k notin (a,b)}, {@code k}, {@code !k}.
   */
  static boolean selects(String selector, Map<String, String> labels) {
    if (selector == null || selector.isBlank()) {
      return true;
    }
    for (String term : terms(selector)) {
      String t = term.trim();
      if (t.isEmpty()) {
        continue;
      }
      java.util.regex.Matcher set =
          Pattern.compile("^([^\\s!=]+)\\s+(in|notin)\\s*\\((.*)\\)$").matcher(t);
      if (set.matches()) {
        List<String> values = new ArrayList<>();
        for (String v : set.group(3).split(",")) {
          values.add(v.trim());
        }
        String value = labels.get(set.group(1));
        boolean in = value != null && values.contains(value);
        if (set.group(2).equals("in") ? !in : in) {
          return false;
        }
      } else if (t.contains("!=")) {
        String[] kv = t.split("!=", 2);
        if (kv[1].trim().equals(labels.get(kv[0].trim()))) {
          return false;
        }
      } else if (t.contains("=")) {
        String[] kv = t.split("==?", 2);
        if (!kv[1].trim().equals(labels.get(kv[0].trim()))) {
          return false;
        }
      } else if (t.startsWith("!")) {
        if (labels.containsKey(t.substring(1).trim())) {
          return false;
        }
      } else if (!labels.containsKey(t)) {
        return false;
      }
    }
    return true;
  }

  /** The terms of a selector: commas outside parentheses separate them. */
  private static List<String> terms(String selector) {
    List<String> terms = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < selector.length(); i++) {
      char c = selector.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        terms.add(selector.substring(start, i));
        start = i + 1;
      }
    }
    terms.add(selector.substring(start));
    return terms;
  }
}
