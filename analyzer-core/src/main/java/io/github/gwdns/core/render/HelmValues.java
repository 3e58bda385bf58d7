package io.github.gwdns.core.render;

import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;

/** Helm's merge of values: mappings merge key by key, anything else is replaced, a null deletes. */
final class HelmValues {
  private HelmValues() {}

  /**
   * {@code over} merged onto {@code base}; what {@code over} brings is marked as coming from {@code
   * overFile}.
   */
  static ManifestNode merge(ManifestNode base, ManifestNode over, String overFile, TreeEdit edit) {
    if (!(over instanceof ManifestMap o) || !(base instanceof ManifestMap b)) {
      return edit.graft(over, overFile);
    }
    ManifestMap result = b;
    for (ManifestMap.Entry e : o.entries()) {
      ManifestNode current = result.get(e.key());
      if (e.value().isNull()) {
        result = edit.without(result, e.key());
      } else if (current instanceof ManifestMap && e.value() instanceof ManifestMap) {
        result = edit.with(result, e.key(), merge(current, e.value(), overFile, edit));
      } else {
        // A key the values bring keeps its place: findings about it point at that line.
        result = edit.with(result, e.key(), e.keySpan(), edit.graft(e.value(), overFile));
      }
    }
    return result;
  }
}
