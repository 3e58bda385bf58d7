package io.github.gwdns.core.attach;

import io.github.gwdns.core.model.Gateway;
import io.github.gwdns.core.model.Route;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The controller's decisions for every route parentRef, and per-Gateway views. */
public final class Attachments {
  private final List<ParentResolution> all;
  private final Map<Route, List<ParentResolution>> byRoute = new IdentityHashMap<>();
  private final Map<Gateway, GatewayView> views;
  private final Map<String, Set<Route>> attachedByListener = new HashMap<>();

  Attachments(List<ParentResolution> all, Map<Gateway, GatewayView> views) {
    this.all = List.copyOf(all);
    this.views = views;
    for (ParentResolution r : this.all) {
      byRoute.computeIfAbsent(r.route(), k -> new ArrayList<>()).add(r);
      for (ListenerCheck c : r.accepting()) {
        // Model records hash deep; identity is what counts here.
        attachedByListener.computeIfAbsent(c.listener().key(), k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(r.route());
      }
    }
  }

  /** Every decision, route by route, parentRef by parentRef. */
  public List<ParentResolution> all() {
    return all;
  }

  /** The decisions for {@code route}'s parentRefs, in order. */
  public List<ParentResolution> of(Route route) {
    return byRoute.getOrDefault(route, List.of());
  }

  /** The view of {@code gateway}, or null when no route or listener set led to it. */
  public GatewayView view(Gateway gateway) {
    return views.get(gateway);
  }

  /** Every Gateway's view. */
  public Map<Gateway, GatewayView> views() {
    return Collections.unmodifiableMap(views);
  }

  /** How many routes a listener accepted ({@code status.listeners[].attachedRoutes}). */
  public int attachedRoutes(OwnedListener listener) {
    Set<Route> routes = attachedByListener.get(listener.key());
    return routes == null ? 0 : routes.size();
  }
}
