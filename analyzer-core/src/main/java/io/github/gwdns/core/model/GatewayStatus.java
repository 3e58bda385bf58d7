package io.github.gwdns.core.model;

import java.util.List;

/** A Gateway's {@code status}: bound addresses, conditions, listener status. */
public record GatewayStatus(
    List<GatewayAddress> addresses, List<Condition> conditions, List<ListenerStatus> listeners) {
  public GatewayStatus {
    addresses = List.copyOf(addresses);
    conditions = List.copyOf(conditions);
    listeners = List.copyOf(listeners);
  }
}
