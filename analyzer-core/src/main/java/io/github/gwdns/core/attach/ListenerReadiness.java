package io.github.gwdns.core.attach;

import io.github.gwdns.core.model.Listener;
import io.github.gwdns.core.model.RouteGroupKind;
import io.github.gwdns.core.model.RouteKind;
import io.github.gwdns.core.vocabulary.GatewayApi;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a listener is ready ({@code Programmed=True}) as Envoy Gateway judges it: any listener
 * condition other than a lone partially invalid certificate makes it not ready. Of those conditions
 * gwdns knows conflicts, unsupported protocols and {@code allowedRoutes.kinds} the protocol does
 * not support (certificates it cannot see; a TLS listener without {@code tls} or an HTTPS listener
 * in Passthrough mode the API server already refuses).
 */
public final class ListenerReadiness {
  private ListenerReadiness() {}

  /** What keeps a listener from being ready. */
  public enum Problem {
    CONFLICTED,
    UNSUPPORTED_PROTOCOL,
    INVALID_KINDS
  }

  /** What keeps {@code owned} from being ready, or null when it is ready. */
  public static Problem problem(OwnedListener owned, GatewayView view) {
    if (view.conflict(owned) != null) {
      return Problem.CONFLICTED;
    }
    Set<RouteKind> supported = view.profile().supportedKinds(owned.listener());
    if (supported.isEmpty()) {
      return Problem.UNSUPPORTED_PROTOCOL;
    }
    return invalidKinds(owned.listener(), supported).isEmpty() ? null : Problem.INVALID_KINDS;
  }

  /** Why {@code owned} is not ready, in words, or null when it is. */
  static String notReady(OwnedListener owned, GatewayView view) {
    GatewayView.Conflict conflict = view.conflict(owned);
    if (conflict != null) {
      return "Conflicted (" + conflict.reason() + " with " + conflict.with().display() + ")";
    }
    Listener l = owned.listener();
    Set<RouteKind> supported = view.profile().supportedKinds(l);
    if (supported.isEmpty()) {
      return "protocol " + l.protocol() + " is not supported (UnsupportedProtocol)";
    }
    List<RouteGroupKind> invalid = invalidKinds(l, supported);
    if (!invalid.isEmpty()) {
      return "`allowedRoutes.kinds` lists "
          + invalid.stream().map(k -> "`" + k.kind() + "`").collect(Collectors.joining(", "))
          + ", which protocol "
          + l.protocol()
          + " does not take (ResolvedRefs=False InvalidRouteKinds)";
    }
    return null;
  }

  /** The entries of {@code allowedRoutes.kinds} the listener's protocol does not support. */
  static List<RouteGroupKind> invalidKinds(Listener l, Set<RouteKind> supported) {
    return l.allowedRoutes().kinds().stream()
        .filter(
            k -> {
              RouteKind kind = RouteKind.ofKind(k.kind());
              return !k.group().equals(GatewayApi.GROUP)
                  || kind == null
                  || !supported.contains(kind);
            })
        .toList();
  }
}
