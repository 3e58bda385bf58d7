package io.github.gwdns.core.vocabulary;

import java.util.Map;
import java.util.Set;

/** Names and served versions of the Gateway API (v1.6; see docs/gateway-api-versions in README). */
public final class GatewayApi {
  private GatewayApi() {}

  public static final String GROUP = "gateway.networking.k8s.io";

  /** The experimental group where ListenerSet lived as XListenerSet before v1.5. */
  public static final String EXPERIMENTAL_GROUP = "gateway.networking.x-k8s.io";

  public static final String GATEWAY_CLASS = "GatewayClass";
  public static final String GATEWAY = "Gateway";
  public static final String LISTENER_SET = "ListenerSet";
  public static final String X_LISTENER_SET = "XListenerSet";
  public static final String REFERENCE_GRANT = "ReferenceGrant";

  /**
   * The versions a cluster may serve for each kind, on the standard or the experimental channel of
   * Gateway API v1.4 to v1.6 (which one depends on the installed CRD bundle, so gwdns accepts all
   * of them); any other apiVersion of a kind is rejected by the API server.
   */
  private static final Map<String, Set<String>> SERVED =
      Map.of(
          GATEWAY_CLASS,
          Set.of("v1", "v1beta1"),
          GATEWAY,
          Set.of("v1", "v1beta1"),
          "HTTPRoute",
          Set.of("v1", "v1beta1"),
          "GRPCRoute",
          Set.of("v1"),
          "TLSRoute",
          Set.of("v1", "v1alpha2", "v1alpha3"),
          "TCPRoute",
          Set.of("v1", "v1alpha2"),
          "UDPRoute",
          Set.of("v1", "v1alpha2"),
          LISTENER_SET,
          Set.of("v1"),
          REFERENCE_GRANT,
          Set.of("v1", "v1beta1"));

  /** Versions of XListenerSet in the experimental group. */
  public static final Set<String> EXPERIMENTAL_VERSIONS = Set.of("v1alpha1");

  /**
   * The versions at which {@code kind} of the gateway.networking.k8s.io group is served, sorted.
   */
  public static java.util.List<String> servedVersions(String kind) {
    return SERVED.getOrDefault(kind, Set.of()).stream().sorted().toList();
  }

  /**
   * True when a cluster may serve {@code kind} of the gateway.networking.k8s.io group at {@code
   * version}.
   */
  public static boolean served(String kind, String version) {
    return SERVED.getOrDefault(kind, Set.of()).contains(version);
  }
}
