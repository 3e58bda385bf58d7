package io.github.gwdns.core.model;

import java.util.List;

/** A ListenerSet's {@code status}. */
public record ListenerSetStatus(List<Condition> conditions, List<ListenerStatus> listeners) {
  public ListenerSetStatus {
    conditions = List.copyOf(conditions);
    listeners = List.copyOf(listeners);
  }
}
