package io.github.gwdns.core.render;

import io.github.gwdns.core.load.ManifestList;
import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.load.ManifestScalar;
import io.github.gwdns.core.load.ParsedDocument;
import io.github.gwdns.core.load.Span;
import io.github.gwdns.core.load.YamlReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * YAML held in a string of a manifest: an inline kustomize patch ({@code patch: |}), Helm values in
 * a ConfigMap. Parsed with positions in the file that holds the string, so a finding about a
 * patched hostname points at its line in the kustomization.
 */
final class EmbeddedYaml {
  private final FileStore store;
  private final Map<String, String[]> lines = new HashMap<>();

  EmbeddedYaml(FileStore store) {
    this.store = store;
  }

  /**
   * The documents of the YAML in {@code value} (a string of {@code file}); those that do not parse
   * are left out.
   */
  List<ManifestNode> parse(ManifestScalar value, String file) {
    YamlReader.Result parsed = store.loader().yaml().read(file, value.value());
    if (parsed.documents().isEmpty()) {
      return List.of();
    }
    Span at = value.span();
    int lineDelta;
    int columnDelta;
    if (at.endLine() > at.startLine()) {
      // A block scalar: its content starts on the next line, indented.
      lineDelta = at.startLine();
      columnDelta = indentation(file, at.startLine() + 1, at.endLine());
    } else {
      lineDelta = at.startLine() - 1;
      columnDelta = at.startColumn() - (value.plain() ? 1 : 0);
    }
    List<ManifestNode> documents = new ArrayList<>();
    for (ParsedDocument d : parsed.documents()) {
      documents.add(shift(d.root(), lineDelta, columnDelta, new java.util.IdentityHashMap<>()));
    }
    return documents;
  }

  /**
   * The indentation of the first line from {@code first} to {@code last} that is not blank, as YAML
   * takes a block's.
   */
  private int indentation(String file, int first, int last) {
    String[] text =
        lines.computeIfAbsent(
            file,
            f -> {
              String t = store.text(f);
              return t == null ? new String[0] : t.split("\r\n|\r|\n", -1);
            });
    for (int line = Math.max(first, 1); line <= last && line - 1 < text.length; line++) {
      String l = text[line - 1];
      if (!l.isBlank()) {
        int i = 0;
        while (i < l.length() && l.charAt(i) == ' ') {
          i++;
        }
        return i;
      }
    }
    return 0;
  }

  /** The node moved; nodes an alias shares are moved once, and stay shared. */
  private static ManifestNode shift(
      ManifestNode node, int lines, int columns, Map<ManifestNode, ManifestNode> done) {
    ManifestNode seen = done.get(node);
    if (seen != null) {
      return seen;
    }
    ManifestNode moved = moved(node, lines, columns, done);
    done.put(node, moved);
    return moved;
  }

  private static ManifestNode moved(
      ManifestNode node, int lines, int columns, Map<ManifestNode, ManifestNode> done) {
    Span s = node.span();
    Span moved =
        new Span(
            s.startLine() + lines,
            s.startColumn() + columns,
            s.endLine() + lines,
            s.endColumn() + columns);
    if (node instanceof ManifestScalar scalar) {
      return new ManifestScalar(scalar.value(), scalar.kind(), scalar.plain(), moved);
    }
    if (node instanceof ManifestList list) {
      List<ManifestNode> items = new ArrayList<>();
      list.items().forEach(i -> items.add(shift(i, lines, columns, done)));
      return new ManifestList(items, moved);
    }
    ManifestMap map = (ManifestMap) node;
    List<ManifestMap.Entry> entries = new ArrayList<>();
    for (ManifestMap.Entry e : map.entries()) {
      Span k = e.keySpan();
      entries.add(
          new ManifestMap.Entry(
              e.key(),
              new Span(
                  k.startLine() + lines,
                  k.startColumn() + columns,
                  k.endLine() + lines,
                  k.endColumn() + columns),
              shift(e.value(), lines, columns, done)));
    }
    return new ManifestMap(entries, moved);
  }
}
