package io.github.gwdns.core.model;

import io.github.gwdns.core.finding.SourceRange;
import io.github.gwdns.core.load.ManifestList;
import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.load.ManifestScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where an object came from, and the position of any of its fields. This is how findings point at
 * the exact node that explains them:
 *
 * <pre>{@code
 * SourceRange at = route.provenance().rangeOf("spec.parentRefs[1].namespace");
 * }</pre>
 *
 * <p>A path that does not exist in the object resolves to its nearest existing ancestor, so a
 * finding about a missing field points at the mapping that should hold it.
 *
 * @param file the file's display path
 * @param document 0-based document index in the file
 * @param item 0-based index in an enclosing {@code List}, or -1
 * @param root the object's mapping, as rendered
 * @param grafts the subtrees of {@code root} that come from another file (a kustomize patch, the
 *     kustomization that sets the namespace, a values file), by identity, with that file
 * @param chart for an object a chart renders from the values of a release, where it comes from (its
 *     {@code root} is built of the values' nodes); null for a manifest
 */
public record Provenance(
    String file,
    int document,
    int item,
    ManifestMap root,
    java.util.Map<ManifestNode, String> grafts,
    io.github.gwdns.core.render.chart.ChartSource chart) {

  /** An object all of whose nodes are in {@code file}. */
  public Provenance(String file, int document, int item, ManifestMap root) {
    this(file, document, item, root, java.util.Map.of(), null);
  }

  /** A manifest's object, some of whose nodes come from other files. */
  public Provenance(
      String file,
      int document,
      int item,
      ManifestMap root,
      java.util.Map<ManifestNode, String> grafts) {
    this(file, document, item, root, grafts, null);
  }

  /**
   * The same place: file, document and item, and for a chart's object the values it comes from. The
   * manifest tree is not compared: hashing it would walk the whole object each time a model object
   * is a map key.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Provenance p
        && p.document == document
        && p.item == item
        && p.file.equals(file)
        && java.util.Objects.equals(p.chart, chart);
  }

  @Override
  public int hashCode() {
    return ((file.hashCode() * 31 + document) * 31 + item) * 31 + java.util.Objects.hashCode(chart);
  }

  /** The whole object. */
  public SourceRange range() {
    return root.span().in(fileOf(root, file));
  }

  private String fileOf(ManifestNode node, String outer) {
    String graft = grafts.isEmpty() ? null : grafts.get(node);
    return graft != null ? graft : outer;
  }

  /** The file of the node at {@code path} (or of its nearest existing ancestor). */
  public String fileAt(FieldPath path) {
    String at = fileOf(root, file);
    ManifestNode current = root;
    for (FieldPath.Segment segment : path.segments()) {
      ManifestNode next = step(current, segment);
      if (next == null) {
        break;
      }
      at = fileOf(next, at);
      current = next;
    }
    return at;
  }

  /** The value at {@code path}, or the nearest existing ancestor's. */
  public SourceRange rangeOf(String path) {
    return rangeOf(FieldPath.parse(path));
  }

  /** The value at {@code path}, or the nearest existing ancestor's. */
  public SourceRange rangeOf(FieldPath path) {
    return nearest(path).span().in(fileAt(path));
  }

  /**
   * The key of the mapping entry at {@code path} (e.g. {@code allowedRoutes:} itself rather than
   * its value), falling back like {@link #rangeOf(FieldPath)}; for a list entry, the entry's value.
   */
  public SourceRange keyRangeOf(FieldPath path) {
    FieldPath current = path;
    while (!current.isRoot()) {
      FieldPath.Segment last = current.segments().get(current.segments().size() - 1);
      ManifestNode parent = node(current.parent());
      if (parent instanceof ManifestMap map
          && last.key() != null
          && map.entry(last.key()) != null) {
        // A key and its value come from one file: a patch that brings the value brings the key.
        return map.entry(last.key()).keySpan().in(fileAt(current));
      }
      ManifestNode node = node(current);
      if (node != null) {
        return node.span().in(fileAt(current));
      }
      current = current.parent();
    }
    return range();
  }

  /** The node at {@code path}, or {@code null} when any step is missing. */
  public ManifestNode node(FieldPath path) {
    ManifestNode current = root;
    for (FieldPath.Segment segment : path.segments()) {
      current = step(current, segment);
      if (current == null) {
        return null;
      }
    }
    return current;
  }

  /**
   * The value at {@code path} as Go's unstructured JSON values (maps, lists, strings, numbers,
   * booleans, nil), as external-dns's FQDN templates see an object; null when missing.
   */
  public Object unstructured(FieldPath path) {
    ManifestNode node = node(path);
    return node == null ? null : plain(node);
  }

  /**
   * A manifest node as Go's unstructured JSON values: maps, lists, strings, numbers, booleans, nil.
   */
  private static Object plain(ManifestNode node) {
    if (node instanceof ManifestMap map) {
      Map<String, Object> values = new LinkedHashMap<>();
      map.entries().forEach(e -> values.put(e.key(), plain(e.value())));
      return values;
    }
    if (node instanceof ManifestList list) {
      List<Object> values = new ArrayList<>();
      list.items().forEach(i -> values.add(plain(i)));
      return values;
    }
    ManifestScalar s = (ManifestScalar) node;
    return switch (s.kind()) {
      case NULL -> null;
      case BOOLEAN -> Boolean.parseBoolean(s.value().toLowerCase(java.util.Locale.ROOT));
      case INTEGER -> {
        try {
          yield Long.decode(s.value());
        } catch (NumberFormatException e) {
          yield s.value();
        }
      }
      default -> s.value();
    };
  }

  /** True when {@code path} exists in the object. */
  public boolean has(FieldPath path) {
    return node(path) != null;
  }

  private ManifestNode nearest(FieldPath path) {
    ManifestNode current = root;
    for (FieldPath.Segment segment : path.segments()) {
      ManifestNode next = step(current, segment);
      if (next == null) {
        return current;
      }
      current = next;
    }
    return current;
  }

  private static ManifestNode step(ManifestNode node, FieldPath.Segment segment) {
    if (segment.key() != null) {
      return node instanceof ManifestMap map ? map.get(segment.key()) : null;
    }
    if (node instanceof ManifestList list
        && segment.index() >= 0
        && segment.index() < list.items().size()) {
      return list.items().get(segment.index());
    }
    return null;
  }
}
