package io.github.gwdns.core.model;

import io.github.gwdns.core.vocabulary.GatewayApi;

/** A route kind in {@code allowedRoutes.kinds} or {@code supportedKinds}; group defaulted. */
public record RouteGroupKind(String group, String kind) {
  @Override
  public String toString() {
    return group.equals(GatewayApi.GROUP) ? kind : group + "/" + kind;
  }
}
