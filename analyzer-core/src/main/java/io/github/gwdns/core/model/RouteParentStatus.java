package io.github.gwdns.core.model;

import java.util.List;

/**
 * One {@code status.parents} entry of a route, as a controller wrote it.
 *
 * @param parentRef the parent, defaulted like a spec parentRef
 */
public record RouteParentStatus(
    int index, ParentReference parentRef, String controllerName, List<Condition> conditions) {
  public RouteParentStatus {
    conditions = List.copyOf(conditions);
  }

  /**
   * The first condition of {@code type}, or null. external-dns checks only the first {@code
   * Accepted} condition, so this is deliberately not a search for a true one.
   */
  public Condition condition(String type) {
    for (Condition c : conditions) {
      if (c.type().equals(type)) {
        return c;
      }
    }
    return null;
  }
}
