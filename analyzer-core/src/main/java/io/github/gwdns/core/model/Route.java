package io.github.gwdns.core.model;

import java.util.List;

/**
 * An HTTPRoute, GRPCRoute, TLSRoute, TCPRoute or UDPRoute. The five kinds share everything gwdns
 * reads, so one record holds them and {@link #routeKind()} tells them apart.
 *
 * @param hostnames {@code spec.hostnames} as written; always empty for TCP and UDP routes
 * @param ruleCount how many {@code spec.rules} the route has (some implementations accept only one
 *     on TCP and UDP routes)
 * @param status the {@code status} block, or null when the manifest has none
 */
public record Route(
    RouteKind routeKind,
    String apiVersion,
    ObjectMeta metadata,
    Provenance provenance,
    List<ParentReference> parentRefs,
    List<String> hostnames,
    int ruleCount,
    RouteStatus status)
    implements KubeObject {

  public Route {
    parentRefs = List.copyOf(parentRefs);
    hostnames = List.copyOf(hostnames);
  }

  @Override
  public String kind() {
    return routeKind.kind();
  }
}
