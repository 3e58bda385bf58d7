package io.github.gwdns.core.load;

/**
 * A node of a parsed manifest with its exact position: a mapping, a list or a scalar. This is
 * gwdns's own SnakeYAML-free tree; JSON and YAML inputs both end up here, and everything after
 * loading (the model and its position queries) reads only these types.
 */
public sealed interface ManifestNode permits ManifestMap, ManifestList, ManifestScalar {

  /** Where the node is in its file. */
  Span span();

  /** A short description of the node's type for messages: "a mapping", "a list", "a string"... */
  String describe();

  /** True for an explicit null ({@code key:}, {@code key: null}, {@code key: ~}). */
  default boolean isNull() {
    return this instanceof ManifestScalar s && s.kind() == ScalarKind.NULL;
  }
}
