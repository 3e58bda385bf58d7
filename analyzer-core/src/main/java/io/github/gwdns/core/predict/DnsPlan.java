package io.github.gwdns.core.predict;

import io.github.gwdns.core.model.Gateway;
import io.github.gwdns.core.model.Route;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What external-dns would publish: the endpoints its Gateway API sources emit, the names still
 * waiting for a Gateway address, and a trace per route.
 *
 * @param endpoints merged as external-dns merges them, sorted by name, type, set identifier, TTL
 * @param pending names that point at Gateways whose address is not known yet, sorted
 * @param traces one per route, in the order external-dns's sources process them
 * @param sourceErrors one per source that failed as a whole (an FQDN template error)
 * @param gatewayFilters for each Gateway external-dns drops, why (--gateway-namespace,
 *     --gateway-label-filter, controller annotation)
 * @param options the external-dns options predicted with
 * @param filtered endpoints the sources emit that the domain and record-type filters drop: they
 *     never reach the provider, so they are not in {@code endpoints}
 * @param unresolved names that hold a Flux variable gwdns has no value for: left out of listener
 *     matching and of {@code endpoints}, sorted
 * @param index lookups built once from the traces, so that rules and reports never scan every trace
 *     per endpoint or per route
 */
public record DnsPlan(
    ExternalDnsOptions options,
    List<Endpoint> endpoints,
    List<PendingName> pending,
    List<RouteTrace> traces,
    List<SourceFailure> sourceErrors,
    Map<Gateway, Exclusion> gatewayFilters,
    List<FilteredEndpoint> filtered,
    List<UnresolvedName> unresolved,
    Index index) {

  /** The plan, with its {@link Index} built from {@code traces}. */
  public DnsPlan(
      ExternalDnsOptions options,
      List<Endpoint> endpoints,
      List<PendingName> pending,
      List<RouteTrace> traces,
      List<SourceFailure> sourceErrors,
      Map<Gateway, Exclusion> gatewayFilters,
      List<FilteredEndpoint> filtered,
      List<UnresolvedName> unresolved) {
    this(
        options,
        endpoints,
        pending,
        traces,
        sourceErrors,
        gatewayFilters,
        filtered,
        unresolved,
        new Index(traces));
  }

  /**
   * Traces by route and by {@code Kind/namespace/name}, and each route's own endpoints (before the
   * merge) by name, type, TTL and set identifier.
   */
  public static final class Index {
    private final Map<Route, RouteTrace> byRoute = new IdentityHashMap<>();
    private final Map<String, Route> byDisplay = new HashMap<>();
    private final Map<String, Map<String, List<String>>> ownTargets = new HashMap<>();

    Index(List<RouteTrace> traces) {
      for (RouteTrace t : traces) {
        byRoute.put(t.route(), t);
        byDisplay.putIfAbsent(t.route().ref().display(), t.route());
        for (Endpoint own : t.endpoints()) {
          ownTargets
              .computeIfAbsent(key(own), k -> new LinkedHashMap<>())
              .put(t.route().ref().display(), own.targets());
        }
      }
    }

    private static String key(Endpoint e) {
      return e.dnsName()
          + "\u0000"
          + e.recordType()
          + "\u0000"
          + e.recordTtl()
          + "\u0000"
          + e.setIdentifier();
    }
  }

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
  public Exclusion gatewayFilter(Gateway gateway) {
    return gatewayFilters.get(gateway);
  }

  /** The trace of {@code route}, or null. */
  public RouteTrace trace(Route route) {
    return index.byRoute.get(route);
  }

  /** Traces indexed by route. */
  public Map<Route, RouteTrace> tracesByRoute() {
    return Collections.unmodifiableMap(index.byRoute);
  }

  /** The route an endpoint's source names ({@code HTTPRoute/shop/web}), or null. */
  public Route route(String source) {
    return index.byDisplay.get(source);
  }

  /**
   * This plan of an external-dns that does not start: nothing reaches the provider, and each
   * endpoint it would have published is listed as filtered, {@code because}.
   */
  public DnsPlan notStarting(String because) {
    List<FilteredEndpoint> all = new java.util.ArrayList<>(filtered);
    endpoints.forEach(e -> all.add(new FilteredEndpoint(e, because, true)));
    all.sort(
        java.util.Comparator.comparing((FilteredEndpoint f) -> f.endpoint().dnsName())
            .thenComparing(f -> f.endpoint().recordType()));
    return new DnsPlan(
        options, List.of(), pending, traces, sourceErrors, gatewayFilters, all, unresolved, index);
  }

  /**
   * A source as reports show it: {@code HTTPRoute/default/atuin (HelmRelease default/atuin)} for a
   * route a chart renders from a release's values, else as it is.
   */
  public String sourceLabel(String source) {
    Route route = route(source);
    return route == null || route.provenance().chart() == null
        ? source
        : source + " (" + route.provenance().chart().carrier() + ")";
  }

  /** {@link #sourceLabel} of each of {@code sources}. */
  public List<String> sourceLabels(List<String> sources) {
    return sources.stream().map(this::sourceLabel).toList();
  }

  /**
   * For the sources a chart renders from a release's values: the release, by source; empty when
   * none is.
   */
  public Map<String, String> renderedFrom(List<String> sources) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String source : sources) {
      Route route = route(source);
      if (route != null && route.provenance().chart() != null) {
        out.put(source, route.provenance().chart().carrier());
      }
    }
    return out;
  }

  /**
   * The routes whose own endpoints (before the merge) have {@code merged}'s name, type, TTL and set
   * identifier, each with its own targets, in trace order.
   */
  public Map<String, List<String>> ownTargets(Endpoint merged) {
    return Collections.unmodifiableMap(index.ownTargets.getOrDefault(Index.key(merged), Map.of()));
  }
}
