package io.github.gwdns.core.model;

import java.util.List;

/**
 * A ListenerSet ({@code gateway.networking.k8s.io/v1}), or its experimental predecessor
 * XListenerSet ({@code gateway.networking.x-k8s.io/v1alpha1}): listeners that attach to a parent
 * Gateway.
 *
 * @param kind {@code ListenerSet} or {@code XListenerSet}, as written
 * @param status the status block, or null
 */
public record ListenerSet(
    String apiVersion,
    String kind,
    ObjectMeta metadata,
    Provenance provenance,
    ParentGatewayRef parentRef,
    List<Listener> listeners,
    ListenerSetStatus status)
    implements KubeObject {

  public ListenerSet {
    listeners = List.copyOf(listeners);
  }
}
