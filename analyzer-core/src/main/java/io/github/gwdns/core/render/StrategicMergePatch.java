package io.github.gwdns.core.render;

import io.github.gwdns.core.load.ManifestList;
import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.load.ManifestScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A strategic-merge patch as kustomize applies one: mappings merge key by key, a null deletes a
 * key, {@code $patch: delete} deletes the mapping and {@code $patch: replace} replaces it. Lists
 * are replaced as a whole, as kustomize does for custom resources (Gateway API kinds among them),
 * except the lists of the built-in workload kinds that Kubernetes merges by key (containers by
 * name, ...). Whatever the patch brings keeps its own file and position.
 */
final class StrategicMergePatch {
  /** List fields of the built-in kinds merged by a key, and that key. */
  private static final Map<String, String> MERGE_KEYS =
      Map.of(
          "containers", "name",
          "initContainers", "name",
          "ephemeralContainers", "name",
          "volumes", "name",
          "env", "name",
          "imagePullSecrets", "name",
          "volumeMounts", "mountPath",
          "volumeDevices", "devicePath");

  private static final Set<String> BUILT_IN_GROUPS = Set.of("", "apps", "batch");

  private StrategicMergePatch() {}

  /**
   * True when a patch document selects {@code object} by its own apiVersion, kind, name (and
   * namespace).
   */
  static boolean selects(ManifestMap patch, RenderedObject object) {
    String kind = patch.text("kind");
    String apiVersion = patch.text("apiVersion");
    String name = patch.get("metadata") instanceof ManifestMap m ? m.text("name") : null;
    String namespace = patch.get("metadata") instanceof ManifestMap m ? m.text("namespace") : null;
    if (kind == null
        || !kind.equals(object.kind())
        || name == null
        || !name.equals(object.name())) {
      return false;
    }
    if (apiVersion != null) {
      int slash = apiVersion.indexOf('/');
      String group = slash < 0 ? "" : apiVersion.substring(0, slash);
      if (!group.equals(object.group())) {
        return false;
      }
    }
    return namespace == null || namespace.isEmpty() || namespace.equals(object.namespace());
  }

  /**
   * {@code object} patched; null when the patch deletes it. The patch's own apiVersion, kind, name
   * and namespace only select the object (or are a placeholder, when a target selects it): they
   * change nothing, and the object keeps its own.
   */
  static RenderedObject apply(RenderedObject object, ManifestMap patch, String patchFile) {
    TreeEdit trim = new TreeEdit(Map.of());
    ManifestMap body = trim.without(trim.without(patch, "apiVersion"), "kind");
    if (body.get("metadata") instanceof ManifestMap meta) {
      ManifestMap identityless = trim.without(trim.without(meta, "name"), "namespace");
      body =
          identityless.entries().isEmpty()
              ? trim.without(body, "metadata")
              : trim.with(body, "metadata", identityless);
    }
    TreeEdit edit = new TreeEdit(object.grafts());
    boolean builtIn = BUILT_IN_GROUPS.contains(object.group());
    ManifestNode merged = merge(object.root(), body, patchFile, edit, builtIn, "");
    if (!(merged instanceof ManifestMap root)) {
      return null;
    }
    return object.withRoot(root, edit.grafts());
  }

  private static ManifestNode merge(
      ManifestNode base,
      ManifestNode patch,
      String file,
      TreeEdit edit,
      boolean builtIn,
      String field) {
    if (patch instanceof ManifestMap p) {
      String directive = p.text("$patch");
      if ("delete".equals(directive)) {
        return null;
      }
      if ("replace".equals(directive)) {
        return edit.graft(new TreeEdit(Map.of()).without(p, "$patch"), file);
      }
      if (!(base instanceof ManifestMap b)) {
        return edit.graft(withoutDirectives(p), file);
      }
      ManifestMap result = b;
      for (ManifestMap.Entry e : p.entries()) {
        if (e.key().startsWith("$")) {
          continue;
        }
        ManifestNode value = e.value();
        ManifestNode current = result.get(e.key());
        if (value.isNull()) {
          result = edit.without(result, e.key());
          continue;
        }
        ManifestNode now =
            current == null || current.isNull()
                ? edit.graft(value instanceof ManifestMap m ? withoutDirectives(m) : value, file)
                : merge(current, value, file, edit, builtIn, e.key());
        result = now == null ? edit.without(result, e.key()) : edit.with(result, e.key(), now);
      }
      return result;
    }
    if (patch instanceof ManifestList p
        && base instanceof ManifestList b
        && builtIn
        && MERGE_KEYS.containsKey(field)) {
      return mergeList(b, p, MERGE_KEYS.get(field), file, edit);
    }
    if (patch instanceof ManifestList p
        && base instanceof ManifestList b
        && builtIn
        && "ports".equals(field)) {
      // a container's ports merge by containerPort, a Service's by port
      boolean container =
          b.items().stream()
              .anyMatch(i -> i instanceof ManifestMap m && m.get("containerPort") != null);
      return mergeList(b, p, container ? "containerPort" : "port", file, edit);
    }
    return edit.graft(patch, file);
  }

  /** Items with the same key merge; new items are appended; {@code $patch: delete} items remove. */
  private static ManifestNode mergeList(
      ManifestList base, ManifestList patch, String key, String file, TreeEdit edit) {
    List<ManifestNode> items = new ArrayList<>(base.items());
    for (ManifestNode p : patch.items()) {
      String id = p instanceof ManifestMap m ? m.text(key) : null;
      int at = -1;
      for (int i = 0; id != null && i < items.size(); i++) {
        if (items.get(i) instanceof ManifestMap m && id.equals(m.text(key))) {
          at = i;
          break;
        }
      }
      if (at < 0) {
        if (!(p instanceof ManifestMap m && "delete".equals(m.text("$patch")))) {
          items.add(edit.graft(p, file));
        }
        continue;
      }
      ManifestNode merged = merge(items.get(at), p, file, edit, true, "");
      if (merged == null) {
        items.remove(at);
      } else {
        items.set(at, merged);
      }
    }
    return edit.replaced(base, new ManifestList(items, base.start(), base.end()));
  }

  private static ManifestMap withoutDirectives(ManifestMap map) {
    if (map.entries().stream().noneMatch(e -> e.key().startsWith("$"))) {
      return map;
    }
    List<ManifestMap.Entry> entries = new ArrayList<>();
    for (ManifestMap.Entry e : map.entries()) {
      if (!e.key().startsWith("$")) {
        entries.add(e);
      }
    }
    return new ManifestMap(entries, map.start(), map.end());
  }

  /**
   * True when a patch's text is a JSON 6902 patch (a list of operations), not a strategic merge.
   */
  static boolean isJsonPatch(ManifestNode patch) {
    return patch instanceof ManifestList list
        && !list.items().isEmpty()
        && list.items().get(0) instanceof ManifestMap op
        && op.get("op") instanceof ManifestScalar;
  }
}
