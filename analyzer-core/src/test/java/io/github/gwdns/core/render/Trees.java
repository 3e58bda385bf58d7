package io.github.gwdns.core.render;

import io.github.gwdns.core.load.LoadLimits;
import io.github.gwdns.core.load.ManifestList;
import io.github.gwdns.core.load.ManifestLoader;
import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.load.ManifestScalar;
import io.github.gwdns.core.load.SourceFile;
import io.github.gwdns.core.load.Span;
import io.github.gwdns.core.load.YamlReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Trees and objects parsed from YAML text, and where their nodes are, for the render stage's unit
 * tests.
 */
final class Trees {
  static final ManifestLoader LOADER = new ManifestLoader(LoadLimits.DEFAULTS);

  private Trees() {}

  /** The root of the first document of {@code text}, parsed as file {@code file}. */
  static ManifestNode tree(String file, String text) {
    return new YamlReader(LoadLimits.DEFAULTS).read(file, text).documents().get(0).root();
  }

  static ManifestMap map(String file, String text) {
    return (ManifestMap) tree(file, text);
  }

  static ManifestList list(String file, String text) {
    return (ManifestList) tree(file, text);
  }

  /** The objects of {@code text}, as loaded from file {@code file}. */
  static List<RenderedObject> objects(String file, String text) {
    List<RenderedObject> objects = new ArrayList<>();
    LOADER
        .loadOne(SourceFile.ofText(file, text))
        .objects()
        .forEach(o -> objects.add(RenderedObject.of(o)));
    return objects;
  }

  static RenderedObject object(String file, String text) {
    return objects(file, text).get(0);
  }

  /** The node at {@code path} (keys as strings, list indexes as integers), or null. */
  static ManifestNode at(RenderedObject object, Object... path) {
    return TreeEdit.get(object.root(), List.of(path));
  }

  /** The text of the scalar at {@code path}, or null. */
  static String text(RenderedObject object, Object... path) {
    return at(object, path) instanceof ManifestScalar s ? s.value() : null;
  }

  /** The texts of the scalars of the list at {@code path}. */
  static List<String> texts(RenderedObject object, Object... path) {
    return ((ManifestList) at(object, path))
        .items().stream().map(i -> ((ManifestScalar) i).value()).toList();
  }

  /**
   * {@code file:line:column} of the start of the node at {@code path}, with the file it comes from.
   */
  static String where(RenderedObject object, Object... path) {
    Span span = at(object, path).span();
    return object.fileAt(List.of(path)) + ":" + span.startLine() + ":" + span.startColumn();
  }
}
