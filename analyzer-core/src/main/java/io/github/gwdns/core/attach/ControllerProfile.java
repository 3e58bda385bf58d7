package io.github.gwdns.core.attach;

import io.github.gwdns.core.model.Listener;
import io.github.gwdns.core.model.Route;
import io.github.gwdns.core.model.RouteKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * How a Gateway controller decides which routes a listener takes. {@link #SPEC} follows the Gateway
 * API specification and its conformance tests; other profiles record where an implementation
 * deliberately differs, chosen by the GatewayClass's {@code controllerName}, and, for Envoy
 * Gateway, by the release the manifests install. Every difference is documented in
 * docs/implementations.md.
 *
 * @param id the profile's name in explain and findings
 * @param controllerName the {@code controllerName} it applies to, or null for {@link #SPEC}
 * @param release the Envoy Gateway release, or null for other profiles
 */
public record ControllerProfile(String id, String controllerName, EnvoyGatewayRelease release) {
  /** The Gateway API specification (v1.6) and its conformance tests. */
  public static final ControllerProfile SPEC = new ControllerProfile("spec", null, null);

  /** The {@code controllerName} of Envoy Gateway's GatewayClasses. */
  public static final String ENVOY_GATEWAY_CONTROLLER =
      "gateway.envoyproxy.io/gatewayclass-controller";

  /**
   * Envoy Gateway at {@code release}: accepts TCPRoute on a TLS listener in Terminate mode (TLS is
   * terminated and the stream proxied); accepts routes on conflicted listeners (status Accepted,
   * listener not programmed) from v1.8.2, and before that while another listener of the parentRef
   * is ready; refuses TCPRoute and UDPRoute with more than one rule ({@code InvalidRule}); accepts
   * an HTTPRoute and a GRPCRoute that share a hostname on one listener (it merges their rules);
   * writes no status for a route whose parent ListenerSet its Gateway does not admit.
   */
  public static ControllerProfile envoyGateway(EnvoyGatewayRelease release) {
    return new ControllerProfile("envoy-gateway", ENVOY_GATEWAY_CONTROLLER, release);
  }

  /** The profile of the controller named {@code controllerName}; {@link #SPEC} for any other. */
  public static ControllerProfile forController(
      String controllerName, EnvoyGatewayRelease envoyGateway) {
    return ENVOY_GATEWAY_CONTROLLER.equals(controllerName) ? envoyGateway(envoyGateway) : SPEC;
  }

  private boolean envoy() {
    return release != null;
  }

  /** For explain: the profile, and for Envoy Gateway the release and where it was read. */
  public String describe() {
    return envoy() ? id + ", " + release.describe() : id;
  }

  /**
   * Whether a listener that conflicts with another still takes routes (the listener check passes;
   * {@link #rejectsWithoutReadyListener()} may still refuse the parentRef). The spec leaves it
   * open; gwdns assumes not, except where an implementation is known to accept.
   */
  public boolean acceptsOnConflictedListeners() {
    return envoy();
  }

  /**
   * Whether a parentRef none of whose listeners is ready ({@code Programmed}) is refused with
   * {@code Accepted=False NoReadyListeners}: Envoy Gateway up to v1.8.1.
   */
  public boolean rejectsWithoutReadyListener() {
    return envoy() && release.isBefore(1, 8, 2);
  }

  /**
   * Which listeners must hold a ready one for {@link #rejectsWithoutReadyListener()}: up to v1.7.3
   * every listener the parentRef selects (by sectionName and port), from v1.7.4 those that also
   * admit the route's kind and namespace.
   */
  public boolean readinessOverSelectedListeners() {
    return envoy() && release.isBefore(1, 7, 4);
  }

  /**
   * Whether, for {@code kind}, a hostname mismatch is reported before the readiness check overrides
   * it: Envoy Gateway v1.8.0 and v1.8.1 check HTTPRoute and TLSRoute hostnames first, so a route
   * that also has no intersecting hostname gets {@code NoMatchingListenerHostname}.
   */
  public boolean hostnamesBeforeReadiness(RouteKind kind) {
    return envoy()
        && !release.isBefore(1, 8, 0)
        && (kind == RouteKind.HTTP || kind == RouteKind.TLS);
  }

  /**
   * Whether a listener takes only one TCPRoute or UDPRoute (the oldest; the others get {@code
   * Accepted=False UnsupportedValue}): Envoy Gateway up to v1.8.3. From v1.9.0 every one is
   * accepted.
   */
  public boolean oneLayer4RoutePerListener() {
    return envoy() && release.isBefore(1, 9, 0);
  }

  /**
   * Whether a TCP listener conflicts with an HTTP, HTTPS or TLS listener on the same port, as the
   * spec says. Envoy Gateway checks layer-4 and layer-7 listeners apart until v1.7.3.
   */
  public boolean tcpConflictsWithLayer7() {
    return !(envoy() && release.isBefore(1, 7, 4));
  }

  /**
   * The API version this controller watches {@code kind} at, when that depends on its release, or
   * null: Envoy Gateway reads TLSRoute v1alpha3 before v1.8.0 and v1 from v1.9.0, TCPRoute and
   * UDPRoute v1alpha2 before v1.9.0 and v1 from it, and skips the watch when the CRD does not serve
   * that version. (v1.8 watches TLSRoute v1 without that check: a CRD without v1 fails its start,
   * which gwdns does not model.)
   */
  public String watchedVersion(RouteKind kind) {
    if (!envoy()) {
      return null;
    }
    return switch (kind) {
      case TLS -> release.isBefore(1, 8, 0) ? "v1alpha3" : release.isBefore(1, 9, 0) ? null : "v1";
      case TCP, UDP -> release.isBefore(1, 9, 0) ? "v1alpha2" : "v1";
      default -> null;
    };
  }

  /**
   * Whether an HTTPRoute and a GRPCRoute whose hostnames intersect on one listener are both
   * accepted. The spec accepts only the older (attachment doc §5.7); Envoy Gateway merges them
   * (translator fixture grpcroute-mixed-with-httproute).
   */
  public boolean acceptsHttpAndGrpcOnOneHostname() {
    return envoy();
  }

  /**
   * Whether a route whose parent ListenerSet the Gateway does not admit gets a {@code
   * status.parents} entry ({@code Accepted=False}). The spec names no outcome; gwdns writes {@code
   * NotAllowedByListeners}. Envoy Gateway writes nothing: it skips the route (translator fixture
   * listenerset-cross-namespace).
   */
  public boolean writesStatusForUnadmittedListenerSet() {
    return !envoy();
  }

  /** Why this implementation refuses the route as a whole, before any listener, or null. */
  public String routeProblem(Route route) {
    if (envoy()
        && (route.routeKind() == RouteKind.TCP || route.routeKind() == RouteKind.UDP)
        && route.ruleCount() > 1) {
      return "Envoy Gateway supports a single rule in a "
          + route.kind()
          + "; this one has "
          + route.ruleCount();
    }
    return null;
  }

  /**
   * The route kinds a listener's protocol supports when {@code allowedRoutes.kinds} is empty, and
   * the upper bound when it is not. Envoy Gateway adds TCPRoute on TLS Terminate listeners, and
   * before v1.7.0 takes only TCPRoute there.
   */
  public Set<RouteKind> supportedKinds(Listener listener) {
    return switch (listener.protocol()) {
      case "HTTP", "HTTPS" -> EnumSet.of(RouteKind.HTTP, RouteKind.GRPC);
      case "TLS" ->
          !envoy() || !"Terminate".equals(listener.tlsMode())
              ? EnumSet.of(RouteKind.TLS)
              : release.isBefore(1, 7, 0)
                  ? EnumSet.of(RouteKind.TCP)
                  : EnumSet.of(RouteKind.TLS, RouteKind.TCP);
      case "TCP" -> EnumSet.of(RouteKind.TCP);
      case "UDP" -> EnumSet.of(RouteKind.UDP);
      default -> EnumSet.noneOf(RouteKind.class);
    };
  }
}
