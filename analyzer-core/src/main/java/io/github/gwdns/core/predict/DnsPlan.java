package io.github.gwdns.core.predict;

import io.github.gwdns.core.model.Gateway;
import io.github.gwdns.core.model.Route;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What external-dns would publish: the endpoints its Gateway API sources emit, the names still
 * waiting for a Gateway address, and a trace per route.
 *
 * @param endpoints merged as external-dns merges them, sorted by name, type, set identifier, TTL
 * @param pending names that point at Gateways whose address is not known yet, sorted
 * @param traces one per route, in the order external-dns's sources process them
 * @param sourceErrors a message per source that failed as a whole (an FQDN template error)
 * @param gatewayFilters for each Gateway external-dns drops, why (--gateway-namespace,
 *     --gateway-label-filter, controller annotation)
 * @param options the external-dns options predicted with
 * @param filtered endpoints the sources emit that the domain and record-type filters drop: they
 *     never reach the provider, so they are not in {@code endpoints}
 * @param unresolved names that hold a Flux variable gwdns has no value for: left out of listener
 *     matching and of {@code endpoints}, sorted
 */
public record DnsPlan(
    ExternalDnsOptions options,
    List<Endpoint> endpoints,
    List<PendingName> pending,
    List<RouteTrace> traces,
    List<String> sourceErrors,
    Map<Gateway, String> gatewayFilters,
    List<FilteredEndpoint> filtered,
    List<UnresolvedName> unresolved) {

  public DnsPlan {
    unresolved = List.copyOf(unresolved);
    filtered = List.copyOf(filtered);
    endpoints = List.copyOf(endpoints);
    pending = List.copyOf(pending);
    traces = List.copyOf(traces);
    sourceErrors = List.copyOf(sourceErrors);
    gatewayFilters = Collections.unmodifiableMap(new IdentityHashMap<>(gatewayFilters));
  }

  /** Why external-dns drops {@code gateway}, or null when it collects it. */
  public String gatewayFilter(Gateway gateway) {
    return gatewayFilters.get(gateway);
  }

  /** The trace of {@code route}, or null. */
  public RouteTrace trace(Route route) {
    for (RouteTrace t : traces) {
      if (t.route() == route) {
        return t;
      }
    }
    return null;
  }

  /** Traces indexed by route, for callers that look many up. */
  public Map<Route, RouteTrace> tracesByRoute() {
    Map<Route, RouteTrace> index = new IdentityHashMap<>();
    traces.forEach(t -> index.put(t.route(), t));
    return index;
  }
}
