package io.github.gwdns.core.model;

import java.util.List;

/** One {@code status.listeners} entry of a Gateway or ListenerSet. */
public record ListenerStatus(
    String name,
    int attachedRoutes,
    List<RouteGroupKind> supportedKinds,
    List<Condition> conditions) {
  public ListenerStatus {
    supportedKinds = List.copyOf(supportedKinds);
    conditions = List.copyOf(conditions);
  }
}
