package io.github.gwdns.core.model;

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
   * Every version of the gateway.networking.k8s.io group a cluster may serve, on the standard or the
   * experimental channel, now or in a recent release. Which kind is served at which version depends
   * on the installed CRD bundle, so gwdns accepts all of them; a version outside this set never
   * existed and the API server rejects it.
   */
  public static final Set<String> VERSIONS = Set.of("v1", "v1beta1", "v1alpha2", "v1alpha3");

  /** Versions of XListenerSet in the experimental group. */
  public static final Set<String> EXPERIMENTAL_VERSIONS = Set.of("v1alpha1");
}
