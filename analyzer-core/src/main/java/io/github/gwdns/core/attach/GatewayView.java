package io.github.gwdns.core.attach;

import io.github.gwdns.core.model.Gateway;
import io.github.gwdns.core.model.GatewayClass;
import io.github.gwdns.core.model.Listener;
import io.github.gwdns.core.model.ListenerSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What a controller knows about one Gateway before it looks at any route: whether its class exists,
 * which implementation profile applies, which ListenerSets it admits, and which listeners conflict.
 * Computed once per Gateway.
 *
 * @param gatewayClass the GatewayClass object, or null when the input does not define it
 * @param classState whether the class is defined, assumed (the input defines no class at all, or
 *     the name is a placeholder) or missing (the input defines other classes, but not this one)
 * @param listenerSets the ListenerSets whose parentRef names this Gateway, with their admission
 * @param conflicts listener key to conflict, for conflicted listeners
 */
public record GatewayView(
    Gateway gateway,
    GatewayClass gatewayClass,
    ClassState classState,
    ControllerProfile profile,
    List<ListenerSetAdmission> listenerSets,
    Map<String, Conflict> conflicts) {

  /** Whether the Gateway's class can be found. */
  public enum ClassState {
    DEFINED,
    /**
     * Not in the input, but the cluster installs the controller that creates it (Cilium, Istio,
     * ...).
     */
    PROVIDED,
    /**
     * The input defines no GatewayClass at all, or the name is not final (a substitution or
     * placeholder): the class is assumed installed elsewhere.
     */
    ASSUMED,
    /** The input defines GatewayClasses, but not this one: the Gateway is never reconciled. */
    MISSING
  }

  /** A listener that conflicts with another. */
  public record Conflict(String reason, OwnedListener with) {}

  /** A ListenerSet of this Gateway and whether the Gateway admits it. */
  public record ListenerSetAdmission(ListenerSet listenerSet, boolean allowed, String reason) {}

  public GatewayView {
    listenerSets = List.copyOf(listenerSets);
    conflicts = Collections.unmodifiableMap(conflicts);
  }

  /** The Gateway's own listeners. */
  public List<OwnedListener> ownListeners() {
    List<OwnedListener> listeners = new ArrayList<>();
    for (Listener l : gateway.listeners()) {
      listeners.add(new OwnedListener(gateway, l));
    }
    return listeners;
  }

  /** The admission of {@code set}, or null when it is not one of this Gateway's. */
  public ListenerSetAdmission admission(ListenerSet set) {
    for (ListenerSetAdmission a : listenerSets) {
      if (a.listenerSet() == set) {
        return a;
      }
    }
    return null;
  }

  /** The conflict of {@code listener}, or null. */
  public Conflict conflict(OwnedListener listener) {
    return conflicts.get(listener.key());
  }

  /** The controller name from the class, or a placeholder naming the class. */
  public String controllerName() {
    return gatewayClass != null
        ? gatewayClass.controllerName()
        : "controller-of-gatewayclass/" + gateway.gatewayClassName();
  }
}
