package io.github.gwdns.core.model.decode;

import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.model.ObjectMeta;
import io.github.gwdns.core.model.Provenance;
import io.github.gwdns.core.model.ReferenceGrant;
import java.util.ArrayList;
import java.util.List;

/** Decodes ReferenceGrant. */
final class ReferenceGrantDecoder {
  private static final FieldPath SPEC = FieldPath.root().field("spec");

  private ReferenceGrantDecoder() {}

  static ReferenceGrant decode(
      FieldReader reader,
      String apiVersion,
      ObjectMeta meta,
      Provenance provenance,
      ManifestMap root) {
    ManifestMap spec = reader.requiredMap(root, FieldPath.root(), "spec");
    List<ReferenceGrant.From> from = new ArrayList<>();
    FieldPath fromPath = SPEC.field("from");
    List<ManifestMap> fromItems =
        reader.mapItems(reader.requiredList(spec, SPEC, "from"), fromPath);
    for (int i = 0; i < fromItems.size(); i++) {
      ManifestMap item = fromItems.get(i);
      if (item != null) {
        FieldPath p = fromPath.index(i);
        from.add(
            new ReferenceGrant.From(
                orEmpty(reader.requiredString(item, p, "group")),
                orEmpty(reader.requiredString(item, p, "kind")),
                orEmpty(reader.requiredString(item, p, "namespace"))));
      }
    }
    List<ReferenceGrant.To> to = new ArrayList<>();
    FieldPath toPath = SPEC.field("to");
    List<ManifestMap> toItems = reader.mapItems(reader.requiredList(spec, SPEC, "to"), toPath);
    for (int i = 0; i < toItems.size(); i++) {
      ManifestMap item = toItems.get(i);
      if (item != null) {
        FieldPath p = toPath.index(i);
        to.add(
            new ReferenceGrant.To(
                orEmpty(reader.requiredString(item, p, "group")),
                orEmpty(reader.requiredString(item, p, "kind")),
                reader.string(item, p, "name")));
      }
    }
    return new ReferenceGrant(apiVersion, meta, provenance, from, to);
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
