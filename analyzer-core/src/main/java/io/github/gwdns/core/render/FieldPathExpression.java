package io.github.gwdns.core.render;

import io.github.gwdns.core.load.ManifestList;
import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A kustomize field path, as replacements write them: {@code spec.targetNamespace}, {@code
 * spec.template.spec.containers.[name=app].image}, {@code spec.hostnames.0}, {@code
 * metadata.annotations.[external-dns.alpha.kubernetes.io/target]} (a bracketed key may hold dots),
 * {@code spec.rules.*.host}.
 */
record FieldPathExpression(String text, List<String> steps) {

  static FieldPathExpression parse(String text) {
    List<String> steps = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        current.append(text.charAt(++i));
      } else if (c == '[') {
        depth++;
        current.append(c);
      } else if (c == ']') {
        depth--;
        current.append(c);
      } else if (c == '.' && depth == 0) {
        steps.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    steps.add(current.toString());
    steps.removeIf(String::isEmpty);
    return new FieldPathExpression(text, steps);
  }

  /**
   * The concrete paths (keys and list indexes) the expression reaches in {@code root}. With {@code
   * create}, a missing mapping key on the way (and at the end) is part of the path, to be created.
   */
  List<List<Object>> resolve(ManifestNode root, boolean create) {
    List<List<Object>> paths = new ArrayList<>();
    walk(root, 0, new ArrayList<>(), create, paths);
    return paths;
  }

  private void walk(
      ManifestNode node, int at, List<Object> path, boolean create, List<List<Object>> out) {
    if (at == steps.size()) {
      out.add(List.copyOf(path));
      return;
    }
    String step = steps.get(at);
    if (node instanceof ManifestList list) {
      if (step.equals("*")) {
        for (int i = 0; i < list.items().size(); i++) {
          descend(list.items().get(i), i, at, path, create, out);
        }
      } else if (step.startsWith("[") && step.endsWith("]") && step.contains("=")) {
        String inner = step.substring(1, step.length() - 1);
        String field = inner.substring(0, inner.indexOf('='));
        String value = inner.substring(inner.indexOf('=') + 1);
        for (int i = 0; i < list.items().size(); i++) {
          if (list.items().get(i) instanceof ManifestMap item && value.equals(item.text(field))) {
            descend(item, i, at, path, create, out);
          }
        }
      } else if (step.matches("\\d{1,9}") && Integer.parseInt(step) < list.items().size()) {
        descend(
            list.items().get(Integer.parseInt(step)),
            Integer.parseInt(step),
            at,
            path,
            create,
            out);
      }
      return;
    }
    String key =
        step.startsWith("[") && step.endsWith("]") ? step.substring(1, step.length() - 1) : step;
    if (node instanceof ManifestMap map) {
      ManifestNode child = map.get(key);
      if (child != null && !child.isNull()) {
        descend(child, key, at, path, create, out);
      } else if (create) {
        List<Object> created = new ArrayList<>(path);
        for (int i = at; i < steps.size(); i++) {
          String s = steps.get(i);
          created.add(s.startsWith("[") && s.endsWith("]") ? s.substring(1, s.length() - 1) : s);
        }
        out.add(List.copyOf(created));
      }
    }
  }

  private void descend(
      ManifestNode child,
      Object step,
      int at,
      List<Object> path,
      boolean create,
      List<List<Object>> out) {
    path.add(step);
    walk(child, at + 1, path, create, out);
    path.remove(path.size() - 1);
  }

  @Override
  public String toString() {
    return text;
  }
}
