package io.github.gwdns.core.render.chart;

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

/**
 * Builds the tree of an object a chart renders. A value taken from the release's values keeps its
 * node, so its position; a value the chart computes is a new node placed at the value that decides
 * it (the route's key for a default or a name). Every node records its file: values can come from
 * several files (a HelmRelease and the ConfigMaps of its {@code valuesFrom}).
 */
final class ChartTree {
  private final ChartRelease release;
  private final Map<ManifestNode, String> files = new IdentityHashMap<>();

  ChartTree(ChartRelease release) {
    this.release = release;
  }

  /** The file of every node placed, for the object's grafts. */
  Map<ManifestNode, String> files() {
    return files;
  }

  /** {@code node} of the values, placed as it is (with everything under it). */
  <T extends ManifestNode> T keep(T node) {
    if (node != null) {
      files.putIfAbsent(node, release.fileOf(node));
      if (node instanceof ManifestMap map) {
        map.entries().forEach(e -> keep(e.value()));
      } else if (node instanceof ManifestList list) {
        list.items().forEach(this::keep);
      }
    }
    return node;
  }

  /** A string at {@code at}'s place. */
  ManifestScalar string(String text, ManifestNode at) {
    return place(new ManifestScalar(text, ScalarKind.STRING, false, at.span()), at);
  }

  /** A string at the start of {@code key}, a key of the values (for a value its key decides). */
  ManifestScalar string(String text, Span key, ManifestNode owner) {
    return place(new ManifestScalar(text, ScalarKind.STRING, false, key), owner);
  }

  /** {@code node}'s text replaced by {@code text}, as a string, at its place. */
  ManifestScalar rewritten(ManifestScalar node, String text) {
    if (text.equals(node.value()) && node.kind() == ScalarKind.STRING) {
      return keep(node);
    }
    return place(
        new ManifestScalar(text, ScalarKind.STRING, false, node.start(), node.end()), node);
  }

  /** An integer at {@code at}'s place. */
  ManifestScalar integer(String digits, ManifestNode at) {
    return place(new ManifestScalar(digits, ScalarKind.INTEGER, true, at.span()), at);
  }

  /** A mapping of {@code entries} at {@code at}'s place. */
  ManifestMap map(List<ManifestMap.Entry> entries, ManifestNode at) {
    return place(new ManifestMap(entries, at.span()), at);
  }

  /** A mapping of {@code entries} at {@code span}, in the file of {@code owner}. */
  ManifestMap map(List<ManifestMap.Entry> entries, Span span, ManifestNode owner) {
    return place(new ManifestMap(entries, span), owner);
  }

  /** A list of {@code items} at {@code at}'s place. */
  ManifestList list(List<ManifestNode> items, ManifestNode at) {
    return place(new ManifestList(items, at.span()), at);
  }

  private <T extends ManifestNode> T place(T node, ManifestNode owner) {
    files.put(node, files.containsKey(owner) ? files.get(owner) : release.fileOf(owner));
    return node;
  }

  /**
   * {@code node}, read from a string of {@code file} (YAML a value holds), and all under it, placed
   * in that file.
   */
  void in(ManifestNode node, String file) {
    files.put(node, file);
    if (node instanceof ManifestMap map) {
      map.entries().forEach(e -> in(e.value(), file));
    } else if (node instanceof ManifestList list) {
      list.items().forEach(i -> in(i, file));
    }
  }

  /** Entries of a mapping, in order, each key placed at its value. */
  static final class Entries {
    private final List<ManifestMap.Entry> entries = new ArrayList<>();

    /** Adds {@code key: value}; nothing when {@code value} is null. */
    Entries put(String key, ManifestNode value) {
      if (value != null) {
        entries.add(new ManifestMap.Entry(key, value.span().start(), value));
      }
      return this;
    }

    List<ManifestMap.Entry> list() {
      return entries;
    }
  }
}
