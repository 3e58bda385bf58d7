package io.github.gwdns.core.render;

import io.github.gwdns.core.load.ManifestList;
import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.load.ManifestScalar;
import io.github.gwdns.core.load.ScalarKind;
import io.github.gwdns.core.load.Span;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Copy-on-write edits of one object's tree that keep every node's file known: a node copied to
 * change a child keeps its file, a node taken from another file (a patch's, a values file's) is
 * recorded as a graft of that file. Trees are immutable and shared; an edit copies only the path
 * from the root to the change.
 */
final class TreeEdit {
  private final IdentityHashMap<ManifestNode, String> grafts;

  TreeEdit(Map<ManifestNode, String> grafts) {
    this.grafts = new IdentityHashMap<>(grafts);
  }

  /** The grafts after the edits. */
  Map<ManifestNode, String> grafts() {
    return grafts;
  }

  /** Marks {@code node}, with everything below it, as coming from {@code file}. */
  <T extends ManifestNode> T graft(T node, String file) {
    grafts.put(node, file);
    return node;
  }

  /** Records that {@code copy} takes the place of {@code original}, in the same file. */
  <T extends ManifestNode> T replaced(ManifestNode original, T copy) {
    String file = grafts.get(original);
    if (file != null && copy != original) {
      grafts.put(copy, file);
    }
    return copy;
  }

  /**
   * {@code map} with {@code key} set to {@code value}; appended when absent, its key at {@code
   * keyAt} (the key where the value is written), else where it was.
   */
  ManifestMap with(ManifestMap map, String key, Span keyAt, ManifestNode value) {
    if (map.entry(key) != null) {
      return with(map, key, value);
    }
    List<ManifestMap.Entry> entries = new ArrayList<>(map.entries());
    entries.add(new ManifestMap.Entry(key, keyAt, value));
    return replaced(map, new ManifestMap(entries, map.start(), map.end()));
  }

  /** {@code map} with {@code key} set to {@code value} (appended when absent). */
  ManifestMap with(ManifestMap map, String key, ManifestNode value) {
    List<ManifestMap.Entry> entries = new ArrayList<>(map.entries());
    boolean found = false;
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).key().equals(key)) {
        ManifestMap.Entry e = entries.get(i);
        entries.set(i, new ManifestMap.Entry(key, e.keyStart(), e.keyEnd(), value));
        found = true;
        break;
      }
    }
    if (!found) {
      Span at = map.span().start();
      entries.add(new ManifestMap.Entry(key, at, value));
    }
    return replaced(map, new ManifestMap(entries, map.start(), map.end()));
  }

  /** {@code map} without {@code key}. */
  ManifestMap without(ManifestMap map, String key) {
    List<ManifestMap.Entry> entries = new ArrayList<>(map.entries());
    if (!entries.removeIf(e -> e.key().equals(key))) {
      return map;
    }
    return replaced(map, new ManifestMap(entries, map.start(), map.end()));
  }

  /** {@code list} with item {@code index} replaced ({@code index == size} appends). */
  ManifestList with(ManifestList list, int index, ManifestNode value) {
    List<ManifestNode> items = new ArrayList<>(list.items());
    if (index == items.size()) {
      items.add(value);
    } else {
      items.set(index, value);
    }
    return replaced(list, new ManifestList(items, list.start(), list.end()));
  }

  /**
   * The tree with the node at {@code path} (map keys as strings, list indexes as integers) replaced
   * by what {@code change} makes of it (null when absent). Missing maps on the way are created when
   * {@code create}; otherwise, or where a step meets a scalar, the tree is returned unchanged. A
   * result of null removes the node.
   */
  ManifestNode update(
      ManifestNode root, List<Object> path, boolean create, UnaryOperator<ManifestNode> change) {
    return update(root, path, 0, create, change);
  }

  private ManifestNode update(
      ManifestNode node,
      List<Object> path,
      int at,
      boolean create,
      UnaryOperator<ManifestNode> change) {
    if (at == path.size()) {
      return change.apply(node);
    }
    Object step = path.get(at);
    if (step instanceof String key && node instanceof ManifestMap map) {
      ManifestNode child = map.get(key);
      if (child == null || child.isNull()) {
        if (!create && at + 1 < path.size()) {
          return node;
        }
        child = at + 1 < path.size() ? emptyMap(map.span().start()) : null;
      }
      ManifestNode now = update(child, path, at + 1, create, change);
      if (now == child) {
        return node;
      }
      return now == null ? without(map, key) : with(map, key, now);
    }
    if (step instanceof Integer index
        && node instanceof ManifestList list
        && index >= 0
        && index < list.items().size()) {
      ManifestNode child = list.items().get(index);
      ManifestNode now = update(child, path, at + 1, create, change);
      if (now == child) {
        return node;
      }
      if (now == null) {
        List<ManifestNode> items = new ArrayList<>(list.items());
        items.remove((int) index);
        return replaced(list, new ManifestList(items, list.start(), list.end()));
      }
      return with(list, index, now);
    }
    return node;
  }

  /** The node at {@code path}, or null. */
  static ManifestNode get(ManifestNode root, List<Object> path) {
    ManifestNode node = root;
    for (Object step : path) {
      if (step instanceof String key && node instanceof ManifestMap map) {
        node = map.get(key);
      } else if (step instanceof Integer index
          && node instanceof ManifestList list
          && index >= 0
          && index < list.items().size()) {
        node = list.items().get(index);
      } else {
        return null;
      }
      if (node == null) {
        return null;
      }
    }
    return node;
  }

  /**
   * Every scalar of the tree through {@code change}, copying only the paths to the scalars it
   * changes; map keys are left as written.
   */
  ManifestNode mapScalars(ManifestNode node, UnaryOperator<ManifestScalar> change) {
    if (node instanceof ManifestScalar s) {
      ManifestScalar now = change.apply(s);
      return now == s ? s : replaced(s, now);
    }
    if (node instanceof ManifestMap map) {
      List<ManifestMap.Entry> entries = null;
      for (int i = 0; i < map.entries().size(); i++) {
        ManifestMap.Entry e = map.entries().get(i);
        ManifestNode now = mapScalars(e.value(), change);
        if (now != e.value()) {
          if (entries == null) {
            entries = new ArrayList<>(map.entries());
          }
          entries.set(i, new ManifestMap.Entry(e.key(), e.keyStart(), e.keyEnd(), now));
        }
      }
      return entries == null
          ? map
          : replaced(map, new ManifestMap(entries, map.start(), map.end()));
    }
    if (node instanceof ManifestList list) {
      List<ManifestNode> items = null;
      for (int i = 0; i < list.items().size(); i++) {
        ManifestNode item = list.items().get(i);
        ManifestNode now = mapScalars(item, change);
        if (now != item) {
          if (items == null) {
            items = new ArrayList<>(list.items());
          }
          items.set(i, now);
        }
      }
      return items == null
          ? list
          : replaced(list, new ManifestList(items, list.start(), list.end()));
    }
    return node;
  }

  /** An empty mapping at {@code at}, for a path created by an edit. */
  static ManifestMap emptyMap(Span at) {
    return new ManifestMap(List.of(), at);
  }

  /** A string scalar {@code value} at {@code at}. */
  static ManifestScalar string(String value, Span at) {
    return new ManifestScalar(value, ScalarKind.STRING, false, at);
  }
}
