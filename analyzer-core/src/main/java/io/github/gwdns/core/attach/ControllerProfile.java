package io.github.gwdns.core.attach;

import io.github.gwdns.core.model.Listener;
import io.github.gwdns.core.model.Route;
import io.github.gwdns.core.model.RouteKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * How a Gateway controller decides which route kinds a listener supports. {@link #SPEC} follows the
 * Gateway API specification and its conformance tests; other profiles record where an
 * implementation deliberately differs, chosen by the GatewayClass's {@code controllerName}. Every
 * difference is documented in docs/implementations.md.
 */
public enum ControllerProfile {
  /** The Gateway API specification (v1.6) and its conformance tests. */
  SPEC("spec", null),
  /**
   * Envoy Gateway: accepts TCPRoute on a TLS listener in Terminate mode (TLS is terminated and the
   * stream proxied); accepts routes on conflicted listeners (status Accepted, listener not
   * programmed); refuses TCPRoute and UDPRoute with more than one rule ({@code InvalidRule});
   * accepts an HTTPRoute and a GRPCRoute that share a hostname on one listener (it merges their
   * rules); writes no status for a route whose parent ListenerSet its Gateway does not admit.
   */
  ENVOY_GATEWAY("envoy-gateway", "gateway.envoyproxy.io/gatewayclass-controller");

  private final String id;
  private final String controllerName;

  ControllerProfile(String id, String controllerName) {
    this.id = id;
    this.controllerName = controllerName;
  }

  public String id() {
    return id;
  }

  /** The profile of the controller named {@code controllerName}; {@link #SPEC} for any other. */
  public static ControllerProfile forController(String controllerName) {
    for (ControllerProfile p : values()) {
      if (p.controllerName != null && p.controllerName.equals(controllerName)) {
        return p;
      }
    }
    return SPEC;
  }

  /**
   * Whether a route whose only matching listeners are conflicted is still {@code Accepted}. The
   * spec leaves it open; gwdns assumes not, except where an implementation is known to accept.
   */
  public boolean acceptsOnConflictedListeners() {
    return this == ENVOY_GATEWAY;
  }

  /**
   * Whether an HTTPRoute and a GRPCRoute whose hostnames intersect on one listener are both
   * accepted. The spec accepts only the older (attachment doc §5.7); Envoy Gateway merges them
   * (translator fixture grpcroute-mixed-with-httproute).
   */
  public boolean acceptsHttpAndGrpcOnOneHostname() {
    return this == ENVOY_GATEWAY;
  }

  /**
   * Whether a route whose parent ListenerSet the Gateway does not admit gets a {@code status.parents}
   * entry ({@code Accepted=False}). The spec names no outcome; gwdns writes {@code
   * NotAllowedByListeners}. Envoy Gateway writes nothing: it skips the route (translator fixture
   * listenerset-cross-namespace).
   */
  public boolean writesStatusForUnadmittedListenerSet() {
    return this != ENVOY_GATEWAY;
  }

  /** Why this implementation refuses the route as a whole, before any listener, or null. */
  public String routeProblem(Route route) {
    if (this == ENVOY_GATEWAY
        && (route.routeKind() == RouteKind.TCP || route.routeKind() == RouteKind.UDP)
        && route.ruleCount() > 1) {
      return "Envoy Gateway supports a single rule in a " + route.kind() + "; this one has " + route.ruleCount();
    }
    return null;
  }

  /**
   * The route kinds a listener's protocol supports when {@code allowedRoutes.kinds} is empty, and
   * the upper bound when it is not.
   */
  public Set<RouteKind> supportedKinds(Listener listener) {
    return switch (listener.protocol()) {
      case "HTTP", "HTTPS" -> EnumSet.of(RouteKind.HTTP, RouteKind.GRPC);
      case "TLS" -> this == ENVOY_GATEWAY && "Terminate".equals(listener.tlsMode())
          ? EnumSet.of(RouteKind.TLS, RouteKind.TCP)
          : EnumSet.of(RouteKind.TLS);
      case "TCP" -> EnumSet.of(RouteKind.TCP);
      case "UDP" -> EnumSet.of(RouteKind.UDP);
      default -> EnumSet.noneOf(RouteKind.class);
    };
  }
}
