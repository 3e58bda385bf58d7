package io.github.gwdns.core.render;

import java.util.Set;

/** What gwdns knows of kinds without their schema: which ones have no namespace. */
public final class Kinds {
  /** Kinds without a namespace. Objects of other kinds get the default namespace when unset. */
  private static final Set<String> CLUSTER_SCOPED =
      Set.of(
          "GatewayClass",
          "Namespace",
          "ClusterRole",
          "ClusterRoleBinding",
          "CustomResourceDefinition",
          "PersistentVolume",
          "StorageClass",
          "PriorityClass",
          "IngressClass",
          "RuntimeClass",
          "CSIDriver",
          "Node",
          "APIService",
          "MutatingWebhookConfiguration",
          "ValidatingWebhookConfiguration",
          "ValidatingAdmissionPolicy",
          "ValidatingAdmissionPolicyBinding",
          "ClusterIssuer",
          "ClusterSecretStore",
          "ClusterExternalSecret",
          "ClusterPolicy");

  private Kinds() {}

  /** True for a kind whose objects have no namespace. */
  public static boolean isClusterScoped(String kind) {
    return CLUSTER_SCOPED.contains(kind);
  }
}
