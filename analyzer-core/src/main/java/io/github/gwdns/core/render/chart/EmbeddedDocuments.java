package io.github.gwdns.core.render.chart;

import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.load.ManifestScalar;
import java.util.List;

/** Reads the YAML documents a string value holds, each node at its position in the values file. */
@FunctionalInterface
public interface EmbeddedDocuments {
  /** None: strings are not read as YAML. */
  EmbeddedDocuments NONE = (value, file) -> List.of();

  /**
   * The documents of {@code value}, a string of {@code file}; those that do not parse are left out.
   */
  List<ManifestNode> parse(ManifestScalar value, String file);
}
