package io.github.gwdns.core.model;

import io.github.gwdns.core.vocabulary.GatewayApi;
import java.util.List;

/**
 * A Gateway.
 *
 * @param addresses {@code spec.addresses}: requested, never published by external-dns
 * @param status the {@code status} block, or null when the manifest has none
 */
public record Gateway(
    String apiVersion,
    ObjectMeta metadata,
    Provenance provenance,
    String gatewayClassName,
    List<Listener> listeners,
    List<GatewayAddress> addresses,
    AllowedListeners allowedListeners,
    GatewayStatus status)
    implements KubeObject {

  public Gateway {
    listeners = List.copyOf(listeners);
    addresses = List.copyOf(addresses);
  }

  @Override
  public String kind() {
    return GatewayApi.GATEWAY;
  }

  /**
   * True for a mesh Gateway (an Istio waypoint: class {@code istio-waypoint}, or only HBONE
   * listeners): it carries east-west traffic inside the mesh, never a DNS name.
   */
  public boolean meshOnly() {
    return gatewayClassName.equals("istio-waypoint")
        || (!listeners.isEmpty() && listeners.stream().allMatch(l -> "HBONE".equals(l.protocol())));
  }
}
