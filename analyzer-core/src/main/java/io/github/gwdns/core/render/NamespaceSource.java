package io.github.gwdns.core.render;

/** Where an object's namespace came from; {@code explain} shows it. */
public enum NamespaceSource {
  /** {@code metadata.namespace} in the manifest. */
  METADATA,
  /** The {@code namespace:} of a kustomization.yaml that builds the object. */
  KUSTOMIZATION,
  /** A Flux Kustomization's {@code targetNamespace}. */
  FLUX,
  /** An Argo CD Application's {@code destination.namespace}, for an object that sets none. */
  ARGO_CD,
  /**
   * The namespace a Helm release renders its objects into (a chart's namespace rule, or the
   * release's).
   */
  HELM,
  /**
   * Not set by the manifests gwdns could follow, taken from the nearest kustomization.yaml above
   * the file: the repository passes it on by means gwdns did not see (a component or replacement
   * outside the input).
   */
  ASSUMED,
  /** Not set in the manifest: the configured default namespace. */
  DEFAULT,
  /** Cluster-scoped kind: no namespace. */
  CLUSTER_SCOPED
}
