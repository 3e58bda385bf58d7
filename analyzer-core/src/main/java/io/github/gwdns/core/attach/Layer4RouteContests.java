package io.github.gwdns.core.attach;

import io.github.gwdns.core.model.Route;
import io.github.gwdns.core.model.RouteKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TCPRoutes and UDPRoutes that share a listener where the controller takes one per listener (Envoy
 * Gateway up to v1.8.3: "only one route is allowed for a TCP listener"; the oldest wins, then the
 * first by namespace/name, and the others get {@code Accepted=False UnsupportedValue}). Manifests
 * carry no creation time, so gwdns keeps them all accepted and reports the contest on each. Linear
 * in accepted (route, listener) pairs.
 */
final class Layer4RouteContests {
  /** How many rivals a contest names. */
  static final int SHOWN = 5;

  private Layer4RouteContests() {}

  private record Entry(ParentResolution resolution, OwnedListener listener, String key) {}

  static List<Attachments.Layer4Contest> find(
      List<ParentResolution> resolutions, Map<?, GatewayView> views) {
    Map<String, Set<Route>> byListener = new LinkedHashMap<>();
    List<Entry> entries = new ArrayList<>();
    for (ParentResolution r : resolutions) {
      RouteKind kind = r.route().routeKind();
      if (!r.accepted() || (kind != RouteKind.TCP && kind != RouteKind.UDP)) {
        continue;
      }
      GatewayView view = views.get(r.gateway());
      if (view == null || !view.profile().oneLayer4RoutePerListener()) {
        continue;
      }
      for (ListenerCheck c : r.accepting()) {
        // A TLS Terminate listener takes TLSRoutes too: only routes of one kind compete.
        String key = c.listener().key() + "#" + kind;
        byListener
            .computeIfAbsent(key, k -> Collections.newSetFromMap(new IdentityHashMap<>()))
            .add(r.route());
        entries.add(new Entry(r, c.listener(), key));
      }
    }
    // Each listener's routes sorted once; a route's rivals are the first few others.
    Map<String, List<Route>> sorted = new HashMap<>();
    byListener.forEach(
        (key, routes) -> {
          if (routes.size() > 1) {
            List<Route> list = new ArrayList<>(routes);
            list.sort(Comparator.comparing(Route::ref));
            sorted.put(key, list);
          }
        });
    List<Attachments.Layer4Contest> contests = new ArrayList<>();
    for (Entry e : entries) {
      List<Route> on = sorted.get(e.key());
      if (on == null) {
        continue;
      }
      List<Route> rivals = new ArrayList<>();
      for (Route other : on) {
        if (other != e.resolution().route() && rivals.size() <= SHOWN) {
          rivals.add(other);
        }
      }
      boolean more = rivals.size() > SHOWN;
      contests.add(
          new Attachments.Layer4Contest(
              e.resolution(), e.listener(), more ? rivals.subList(0, SHOWN) : rivals, more));
    }
    contests.sort(
        Comparator.comparing((Attachments.Layer4Contest c) -> c.resolution().route().ref())
            .thenComparingInt(c -> c.resolution().parentRef().index())
            .thenComparing(c -> c.listener().key()));
    return contests;
  }
}
