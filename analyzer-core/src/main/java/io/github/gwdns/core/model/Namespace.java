package io.github.gwdns.core.model;

/**
 * A Namespace. Its labels include {@code kubernetes.io/metadata.name}, which the API server adds to
 * every namespace and manifests rarely show.
 */
public record Namespace(String apiVersion, ObjectMeta metadata, Provenance provenance)
    implements KubeObject {

  /** The label the API server sets on every namespace to its name. */
  public static final String NAME_LABEL = "kubernetes.io/metadata.name";

  @Override
  public String kind() {
    return "Namespace";
  }
}
