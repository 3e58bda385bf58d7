package io.github.gwdns.core.model;

/** Where an object's namespace came from; {@code explain} shows it. */
public enum NamespaceSource {
  /** {@code metadata.namespace} in the manifest. */
  METADATA,
  /** The {@code namespace:} of a kustomization.yaml that includes the file (the outermost that sets one). */
  KUSTOMIZATION,
  /** A Flux Kustomization's {@code targetNamespace}. */
  FLUX,
  /** Not set in the manifest: the configured default namespace. */
  DEFAULT,
  /** Cluster-scoped kind: no namespace. */
  CLUSTER_SCOPED
}
