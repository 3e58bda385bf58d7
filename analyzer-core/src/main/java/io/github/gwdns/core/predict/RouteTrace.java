package io.github.gwdns.core.predict;

import io.github.gwdns.core.model.Route;
import java.util.List;
import java.util.Map;

/**
 * Everything external-dns did with one route, step by step: the filters, the hostname candidates,
 * each status parent, and the endpoints produced. {@code explain} prints it; rules read it.
 *
 * @param filteredBy why the route was never considered (a source not enabled, --namespace, a label,
 *     annotation or controller filter), or null
 * @param candidates the hostname candidates ("" means "inherit the listener hostname")
 * @param notes warnings external-dns logs for this route (bad TTL, bad gateway-hostname-source)
 * @param hostTargets each DNS name the route registered, with the known targets (possibly none)
 * @param pendingHosts names waiting for a Gateway address, with the Gateways awaited
 * @param unresolved names not compared because they hold an unresolved variable (see {@link
 *     UnresolvedName})
 * @param endpoints the route's own endpoints, before merging with other routes
 * @param error a template error that stopped the whole source, or null
 */
public record RouteTrace(
    Route route,
    Exclusion filteredBy,
    StatusOrigin statusOrigin,
    List<String> candidates,
    List<String> notes,
    List<ParentTrace> parents,
    Map<String, List<String>> hostTargets,
    Map<String, List<String>> pendingHosts,
    List<String> unresolved,
    List<Endpoint> endpoints,
    String error) {

  public RouteTrace {
    candidates = List.copyOf(candidates);
    notes = List.copyOf(notes);
    parents = List.copyOf(parents);
    hostTargets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(hostTargets));
    pendingHosts =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(pendingHosts));
    unresolved = List.copyOf(unresolved);
    endpoints = List.copyOf(endpoints);
  }

  /**
   * True when external-dns logs "No endpoints could be generated" for this route. A route whose
   * names gwdns cannot compare (unresolved variables) is not known to get none.
   */
  public boolean noEndpointsGenerated() {
    return filteredBy == null
        && error == null
        && hostTargets.isEmpty()
        && pendingHosts.isEmpty()
        && unresolved.isEmpty();
  }

  /** Names registered with no known target: "Endpoints generated ...: []". */
  public List<String> unaddressedHosts() {
    return hostTargets.entrySet().stream()
        .filter(e -> e.getValue().isEmpty() && !pendingHosts.containsKey(e.getKey()))
        .map(Map.Entry::getKey)
        .toList();
  }
}
