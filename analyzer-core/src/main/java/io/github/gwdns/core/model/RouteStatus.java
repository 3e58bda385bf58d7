package io.github.gwdns.core.model;

import java.util.List;

/** A route's {@code status}: one entry per parent a controller reconciled. */
public record RouteStatus(List<RouteParentStatus> parents) {
  public RouteStatus {
    parents = List.copyOf(parents);
  }
}
