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
  /** The GatewayClasses controllers of the cluster create. */
  public ControllerClasses controllerClasses() {
    return controllerClasses;
  }

  private final List<ParentResolution> all;
  private final Map<Route, List<ParentResolution>> byRoute = new IdentityHashMap<>();
  private final Map<Gateway, GatewayView> views;
  private final Map<String, Set<Route>> attachedByListener = new HashMap<>();
  private final List<RouteKindContest> contests;
  private final Map<Gateway, Set<Route>> routesByGateway = new IdentityHashMap<>();
  private final Map<ParentResolution, List<RouteKindContest>> contestsByResolution =
      new IdentityHashMap<>();

  /**
   * An HTTPRoute or GRPCRoute that a listener accepts while routes of the other kind it also
   * accepts have intersecting hostnames (attachment doc §5.7): the controller accepts only the
   * older of each such pair, which manifests cannot tell.
   *
   * @param resolution the route's parentRef, accepted through {@code listener}
   * @param rivals routes of the other kind on the listener whose hostnames intersect, sorted, at
   *     most a few
   * @param more true when there are more rivals than listed
   * @param hostname one of the route's names on the listener that a rival shares, or null when the
   *     route takes every name (neither it nor the listener has a hostname)
   */
  public record RouteKindContest(
      ParentResolution resolution,
      OwnedListener listener,
      List<Route> rivals,
      boolean more,
      String hostname) {
    public RouteKindContest {
      rivals = List.copyOf(rivals);
    }
  }

  /**
   * A TCPRoute or UDPRoute that a listener accepts along with other routes of its kind, where the
   * controller takes only one per listener ({@link ControllerProfile#oneLayer4RoutePerListener()}):
   * the oldest, which manifests cannot tell.
   *
   * @param rivals the other routes of the kind on the listener, sorted, at most a few
   * @param more true when there are more rivals than listed
   */
  public record Layer4Contest(
      ParentResolution resolution, OwnedListener listener, List<Route> rivals, boolean more) {
    public Layer4Contest {
      rivals = List.copyOf(rivals);
    }
  }

  private final ControllerClasses controllerClasses;
  private final ServedVersions servedVersions;
  private final EnvoyGatewayRelease envoyGatewayRelease;
  private final List<Layer4Contest> layer4Contests;

  Attachments(
      List<ParentResolution> all,
      Map<Gateway, GatewayView> views,
      ControllerClasses controllerClasses,
      ServedVersions servedVersions,
      EnvoyGatewayRelease envoyGatewayRelease) {
    this.controllerClasses = controllerClasses;
    this.servedVersions = servedVersions;
    this.envoyGatewayRelease = envoyGatewayRelease;
    this.all = List.copyOf(all);
    this.views = views;
    for (ParentResolution r : this.all) {
      byRoute.computeIfAbsent(r.route(), k -> new ArrayList<>()).add(r);
      if (r.gateway() != null) {
        routesByGateway
            .computeIfAbsent(r.gateway(), k -> Collections.newSetFromMap(new IdentityHashMap<>()))
            .add(r.route());
      }
      for (ListenerCheck c : r.accepting()) {
        // Model records hash deep; identity is what counts here.
        attachedByListener
            .computeIfAbsent(
                c.listener().key(), k -> Collections.newSetFromMap(new IdentityHashMap<>()))
            .add(r.route());
      }
    }
    this.contests = RouteKindContests.find(this.all, views);
    for (RouteKindContest c : contests) {
      contestsByResolution.computeIfAbsent(c.resolution(), k -> new ArrayList<>()).add(c);
    }
    this.layer4Contests = Layer4RouteContests.find(this.all, views);
  }

  /** The Envoy Gateway release the manifests install, or the one assumed and why. */
  public EnvoyGatewayRelease envoyGatewayRelease() {
    return envoyGatewayRelease;
  }

  /** The Gateway API CRDs of the manifests, with the versions they serve. */
  public ServedVersions servedVersions() {
    return servedVersions;
  }

  /** Every TCPRoute/UDPRoute contest, sorted by route, parentRef and listener. */
  public List<Layer4Contest> layer4Contests() {
    return layer4Contests;
  }

  /**
   * The routes with a parentRef that leads to {@code gateway} (directly or through one of its
   * ListenerSets), whatever the outcome.
   */
  public Set<Route> routesOf(Gateway gateway) {
    return Collections.unmodifiableSet(routesByGateway.getOrDefault(gateway, Set.of()));
  }

  /** Every HTTPRoute/GRPCRoute contest, sorted by route, parentRef and listener. */
  public List<RouteKindContest> contests() {
    return contests;
  }

  /** The contests of one parentRef decision (empty for most). */
  public List<RouteKindContest> contests(ParentResolution resolution) {
    return contestsByResolution.getOrDefault(resolution, List.of());
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
