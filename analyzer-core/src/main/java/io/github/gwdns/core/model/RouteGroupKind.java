package io.github.gwdns.core.model;

/** A route kind in {@code allowedRoutes.kinds} or {@code supportedKinds}; group defaulted. */
public record RouteGroupKind(String group, String kind) {
  @Override
  public String toString() {
    return group.equals(GatewayApi.GROUP) ? kind : group + "/" + kind;
  }
}
