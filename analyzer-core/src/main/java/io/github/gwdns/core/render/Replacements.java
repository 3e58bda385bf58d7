package io.github.gwdns.core.render;

import io.github.gwdns.core.load.ManifestList;
import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.load.ManifestScalar;
import java.util.ArrayList;
import java.util.List;

/**
 * kustomize {@code replacements}: copy a field of one resource into fields of others. The common
 * GitOps use copies the name of the Namespace a kustomization creates into {@code
 * spec.targetNamespace} of the Flux Kustomizations it lists. The copied node keeps its own
 * position, so a finding about the target field points at where the value is written.
 */
final class Replacements {
  private Replacements() {}

  /**
   * Applies one replacement to {@code objects} (changed in place) and returns what kept it from
   * applying, or null.
   *
   * @param file the file the replacement is written in
   */
  static String apply(List<RenderedObject> objects, ManifestMap replacement, String file) {
    if (!(replacement.get("source") instanceof ManifestMap source)) {
      return "a replacement without `source`";
    }
    Target select = Target.exact(source);
    List<RenderedObject> sources = new ArrayList<>();
    for (RenderedObject o : objects) {
      if (select.matches(o)) {
        sources.add(o);
      }
    }
    String sourceText = describe(source);
    if (sources.size() != 1) {
      return sources.isEmpty()
          ? "its source " + sourceText + " matches no resource"
          : "its source " + sourceText + " matches " + sources.size() + " resources";
    }
    RenderedObject from = sources.get(0);
    String fieldPath =
        source.text("fieldPath") == null ? "metadata.name" : source.text("fieldPath");
    List<List<Object>> found = FieldPathExpression.parse(fieldPath).resolve(from.root(), false);
    if (found.isEmpty()
        || !(TreeEdit.get(from.root(), found.get(0)) instanceof ManifestScalar value)) {
      return "its source field "
          + fieldPath
          + " of "
          + from.kind()
          + " "
          + from.name()
          + " is not a value";
    }
    ManifestScalar copied = part(value, source.get("options"));
    if (copied == null) {
      return "options.index of its source is out of bounds for the value " + value.value();
    }
    String valueFile = from.fileAt(found.get(0));
    if (!(replacement.get("targets") instanceof ManifestList targets)) {
      return null;
    }
    for (ManifestNode t : targets.items()) {
      if (!(t instanceof ManifestMap target)) {
        continue;
      }
      Target selected = Target.exact(target.get("select"));
      List<Target> rejected = new ArrayList<>();
      if (target.get("reject") instanceof ManifestList list) {
        for (ManifestNode r : list.items()) {
          if (Target.exact(r) != null) {
            rejected.add(Target.exact(r));
          }
        }
      }
      boolean create =
          target.get("options") instanceof ManifestMap options
              && "true".equals(options.text("create"));
      List<String> fieldPaths = new ArrayList<>();
      if (target.get("fieldPaths") instanceof ManifestList paths) {
        for (ManifestNode p : paths.items()) {
          if (p instanceof ManifestScalar s && !s.isNull()) {
            fieldPaths.add(s.value());
          }
        }
      }
      for (int i = 0; i < objects.size(); i++) {
        RenderedObject o = objects.get(i);
        if (selected == null
            || !selected.matches(o)
            || rejected.stream().anyMatch(r -> r.matches(o))) {
          continue;
        }
        RenderedObject changed = o;
        for (String path : fieldPaths) {
          FieldPathExpression expression = FieldPathExpression.parse(path);
          if (!create && expression.resolve(changed.root(), false).isEmpty()) {
            // kustomize 5 fails the build: "unable to find field ... in replacement target"
            return "its target field "
                + path
                + " is missing in "
                + o.kind()
                + " "
                + o.name()
                + " (add options.create: true)";
          }
          changed = set(changed, expression, create, copied, valueFile, target.get("options"));
        }
        objects.set(i, changed);
      }
    }
    return null;
  }

  private static RenderedObject set(
      RenderedObject object,
      FieldPathExpression path,
      boolean create,
      ManifestScalar value,
      String valueFile,
      ManifestNode options) {
    ManifestMap root = object.root();
    TreeEdit edit = new TreeEdit(object.grafts());
    for (List<Object> at : path.resolve(root, create)) {
      ManifestNode now =
          edit.update(
              root,
              at,
              create,
              old -> {
                if (options instanceof ManifestMap o
                    && o.text("delimiter") != null
                    && old instanceof ManifestScalar s) {
                  // the value stays where the target writes it, in the target's file
                  return edit.replaced(s, withPart(s, o, value.value()));
                }
                return edit.graft(value, valueFile);
              });
      root = now instanceof ManifestMap m ? m : root;
    }
    NamespaceSource source = object.namespaceSource();
    String origin = object.namespaceOrigin();
    if (path.text().equals("metadata.namespace")) {
      source = NamespaceSource.KUSTOMIZATION;
      origin = "a kustomize replacement (" + valueFile + ")";
    }
    return object.withNamespace(root, edit.grafts(), source, origin);
  }

  /**
   * The value, or the part {@code options.delimiter}/{@code options.index} pick from it; null when
   * the index is out of bounds, which fails a kustomize build.
   */
  private static ManifestScalar part(ManifestScalar value, ManifestNode options) {
    if (options instanceof ManifestMap o && o.text("delimiter") != null) {
      String[] parts = value.value().split(java.util.regex.Pattern.quote(o.text("delimiter")), -1);
      int index = index(o.text("index"));
      if (index < 0 || index >= parts.length) {
        return null;
      }
      return new ManifestScalar(
          parts[index], value.kind(), value.plain(), value.start(), value.end());
    }
    return value;
  }

  /**
   * {@code old} with the part at {@code options.index} replaced by {@code text}; as kustomize does,
   * a negative index prepends the part and an index past the last part appends it.
   */
  private static ManifestScalar withPart(ManifestScalar old, ManifestMap options, String text) {
    String delimiter = options.text("delimiter");
    List<String> parts =
        new ArrayList<>(List.of(old.value().split(java.util.regex.Pattern.quote(delimiter), -1)));
    int index = index(options.text("index"));
    if (index < 0) {
      parts.add(0, text);
    } else if (index >= parts.size()) {
      parts.add(text);
    } else {
      parts.set(index, text);
    }
    return new ManifestScalar(
        String.join(delimiter, parts), old.kind(), old.plain(), old.start(), old.end());
  }

  /** {@code options.index}: 0 when absent; an unreadable one is out of bounds. */
  private static int index(String text) {
    try {
      return text == null ? 0 : Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      return Integer.MIN_VALUE;
    }
  }

  private static String describe(ManifestMap selector) {
    StringBuilder s = new StringBuilder();
    for (String key : List.of("kind", "name", "namespace")) {
      if (selector.text(key) != null) {
        s.append(s.length() == 0 ? "" : " ").append(key).append('=').append(selector.text(key));
      }
    }
    return "(" + s + ")";
  }
}
