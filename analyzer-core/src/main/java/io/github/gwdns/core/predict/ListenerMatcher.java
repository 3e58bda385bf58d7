package io.github.gwdns.core.predict;

import io.github.gwdns.core.attach.Check;
import io.github.gwdns.core.attach.CheckKind;
import io.github.gwdns.core.attach.NamespacePolicy;
import io.github.gwdns.core.attach.OwnedListener;
import io.github.gwdns.core.model.Inventory;
import io.github.gwdns.core.model.Listener;
import io.github.gwdns.core.model.Route;
import io.github.gwdns.core.model.RouteGroupKind;
import io.github.gwdns.core.model.RouteKind;
import io.github.gwdns.core.render.Variables;
import io.github.gwdns.core.vocabulary.GatewayApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * external-dns's listener match (source/gateway.go): protocol, port, namespaces, kinds, hostnames,
 * all of which must pass. It differs from the controller's rules on purpose: HTTPS is treated as
 * HTTP on both sides (so a GRPCRoute matches plain HTTP listeners), and a TCPRoute matches TLS
 * listeners, which no conformant controller accepts.
 */
final class ListenerMatcher {
  private final Inventory inventory;

  ListenerMatcher(Inventory inventory) {
    this.inventory = inventory;
  }

  /** The listener protocols external-dns accepts for each route kind. */
  static Set<String> protocols(RouteKind kind) {
    return switch (kind) {
      case HTTP, GRPC -> Set.of("HTTP", "HTTPS");
      case TLS -> Set.of("TLS");
      case TCP -> Set.of("TCP", "TLS");
      case UDP -> Set.of("UDP");
    };
  }

  ListenerMatch match(
      Route route, List<String> candidates, Integer statusPort, OwnedListener owned) {
    Listener listener = owned.listener();
    List<Check> checks = new ArrayList<>();
    Set<String> protocols = protocols(route.routeKind());
    checks.add(
        new Check(
            CheckKind.PROTOCOL,
            protocols.contains(listener.protocol()),
            () ->
                "listener protocol "
                    + listener.protocol()
                    + "; external-dns matches "
                    + route.kind()
                    + " to "
                    + protocols.stream().sorted().collect(Collectors.joining(", "))));
    checks.add(
        new Check(
            CheckKind.PORT,
            statusPort == null || statusPort == listener.port(),
            () ->
                statusPort == null
                    ? "status parentRef sets no port"
                    : "status parentRef port "
                        + statusPort
                        + ", listener port "
                        + listener.port()));
    NamespacePolicy.Decision ns =
        NamespacePolicy.decide(
            listener.allowedRoutes().from(),
            listener.allowedRoutes().selector(),
            owned.ownerNamespace(),
            route.metadata().namespace(),
            inventory);
    checks.add(
        new Check(
            CheckKind.NAMESPACES, ns.admitted(), () -> "allowedRoutes.namespaces " + ns.detail()));
    List<RouteGroupKind> kinds = listener.allowedRoutes().kinds();
    boolean kindOk =
        kinds.isEmpty()
            || kinds.stream()
                .anyMatch(
                    k ->
                        (k.group().isEmpty() ? GatewayApi.GROUP : k.group()).equals(route.group())
                            && k.kind().equals(route.kind()));
    checks.add(
        new Check(
            CheckKind.KINDS,
            kindOk,
            () ->
                kinds.isEmpty()
                    ? "allowedRoutes.kinds is empty"
                    : "allowedRoutes.kinds lists "
                        + kinds.stream()
                            .map(RouteGroupKind::toString)
                            .collect(Collectors.joining(", "))));
    String g = listener.hostname() == null ? "" : listener.hostname();
    List<String> names = new ArrayList<>();
    List<String> used = new ArrayList<>();
    List<String> unresolved = new ArrayList<>();
    for (String h : candidates) {
      if (g.isEmpty() && h.isEmpty()) {
        continue;
      }
      if (Variables.hasVariable(h) || Variables.hasVariable(g)) {
        // Flux substitutes it later: whether it intersects cannot be known, so it is not compared.
        String name = h.isEmpty() ? g : h;
        if (!unresolved.contains(name)) {
          unresolved.add(name);
        }
        continue;
      }
      String name = DnsNames.intersect(g, h);
      if (name != null) {
        used.add(h);
        if (!names.contains(name)) {
          names.add(name);
        }
      }
    }
    checks.add(
        new Check(
            CheckKind.HOSTNAMES,
            !names.isEmpty() || !unresolved.isEmpty(),
            () ->
                "listener hostname "
                    + (g.isEmpty() ? "none" : "`" + g + "`")
                    + ", candidates "
                    + quoted(candidates)
                    + (names.isEmpty() && unresolved.isEmpty()
                        ? ": no name"
                        : names.isEmpty() ? "" : ": " + quoted(names))
                    + (unresolved.isEmpty()
                        ? ""
                        : "; not compared, an unresolved variable: " + quoted(unresolved))));
    boolean all = checks.stream().allMatch(Check::passed);
    return new ListenerMatch(
        owned,
        checks,
        all ? names : List.of(),
        all ? used : List.of(),
        all ? unresolved : List.of());
  }

  /** external-dns's own rendering of a candidate list: {@code ["" "a.example.com"]}. */
  static String quoted(List<String> names) {
    return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(" ", "[", "]"));
  }
}
