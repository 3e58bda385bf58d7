package io.github.gwdns.core.render;

import io.github.gwdns.core.load.ManifestList;
import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.load.ManifestScalar;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON 6902 patch ({@code add}, {@code remove}, {@code replace}, {@code move}, {@code copy},
 * {@code test}) applied to one object's tree, as kustomize does. An operation that cannot apply (a
 * missing parent, a failed test) stops the patch and is reported: kustomize fails the build there.
 */
final class JsonPatch {
  private JsonPatch() {}

  /** The patched object, or a reason the patch does not apply. */
  record Result(RenderedObject object, String failure) {}

  static Result apply(RenderedObject object, ManifestList operations, String file) {
    TreeEdit edit = new TreeEdit(object.grafts());
    ManifestNode root = object.root();
    for (ManifestNode item : operations.items()) {
      if (!(item instanceof ManifestMap op)) {
        return new Result(object, "an operation is not a mapping");
      }
      String kind = op.text("op");
      List<Object> path = pointer(op.text("path"));
      if (kind == null || path == null) {
        return new Result(object, "an operation lacks `op` or a valid `path`");
      }
      ManifestNode value = op.get("value") == null ? null : edit.graft(op.get("value"), file);
      switch (kind) {
        case "add" -> root = add(root, path, value, edit);
        case "replace" ->
            root =
                TreeEdit.get(root, resolved(root, path)) == null
                    ? null
                    : edit.update(root, resolved(root, path), false, old -> value);
        case "remove" ->
            root =
                TreeEdit.get(root, resolved(root, path)) == null
                    ? null
                    : edit.update(root, resolved(root, path), false, old -> null);
        case "copy", "move" -> {
          List<Object> from = pointer(op.text("from"));
          ManifestNode moved = from == null ? null : TreeEdit.get(root, resolved(root, from));
          if (moved == null) {
            return new Result(object, "`from` " + op.text("from") + " does not exist");
          }
          if (kind.equals("move")) {
            root = edit.update(root, resolved(root, from), false, old -> null);
          }
          root = add(root, path, moved, edit);
        }
        case "test" -> {
          ManifestNode at = TreeEdit.get(root, resolved(root, path));
          if (!(at instanceof ManifestScalar s
              && op.get("value") instanceof ManifestScalar v
              && s.value().equals(v.value()))) {
            return new Result(object, "test of " + op.text("path") + " failed");
          }
        }
        default -> {
          return new Result(object, "unknown op `" + kind + "`");
        }
      }
      if (!(root instanceof ManifestMap)) {
        return new Result(
            object, "`" + kind + " " + op.text("path") + "`: the path does not exist");
      }
    }
    return new Result(object.withRoot((ManifestMap) root, edit.grafts()), null);
  }

  private static ManifestNode add(
      ManifestNode root, List<Object> path, ManifestNode value, TreeEdit edit) {
    if (path.isEmpty() || value == null) {
      return null;
    }
    List<Object> parentPath = resolved(root, path.subList(0, path.size() - 1));
    Object last = path.get(path.size() - 1);
    ManifestNode parent = TreeEdit.get(root, parentPath);
    if (parent instanceof ManifestMap) {
      return edit.update(
          root, parentPath, false, p -> edit.with((ManifestMap) p, String.valueOf(last), value));
    }
    if (parent instanceof ManifestList list) {
      int index =
          "-".equals(last)
              ? list.items().size()
              : last instanceof String s && s.matches("\\d{1,9}") ? Integer.parseInt(s) : -1;
      if (index < 0 || index > list.items().size()) {
        return null;
      }
      return edit.update(
          root,
          parentPath,
          false,
          p -> {
            List<ManifestNode> items = new ArrayList<>(((ManifestList) p).items());
            items.add(index, value);
            return edit.replaced(
                p, new ManifestList(items, ((ManifestList) p).start(), ((ManifestList) p).end()));
          });
    }
    return null;
  }

  /** The path with the steps into lists made indexes, where the tree has lists. */
  private static List<Object> resolved(ManifestNode root, List<Object> path) {
    List<Object> out = new ArrayList<>();
    ManifestNode node = root;
    for (Object step : path) {
      String s = String.valueOf(step);
      if (node instanceof ManifestList list && s.matches("\\d{1,9}")) {
        int index = Integer.parseInt(s);
        out.add(index);
        node = index < list.items().size() ? list.items().get(index) : null;
      } else {
        out.add(s);
        node = node instanceof ManifestMap map ? map.get(s) : null;
      }
    }
    return out;
  }

  /** A JSON pointer's reference tokens, unescaped; null when it is not a pointer. */
  static List<Object> pointer(String text) {
    if (text == null || !(text.isEmpty() || text.startsWith("/"))) {
      return null;
    }
    List<Object> steps = new ArrayList<>();
    if (text.isEmpty()) {
      return steps;
    }
    for (String token : text.substring(1).split("/", -1)) {
      steps.add(token.replace("~1", "/").replace("~0", "~"));
    }
    return steps;
  }
}
