package io.github.gwdns.core.model;

import java.util.List;

/**
 * A listener's {@code allowedRoutes}, with the CRD defaults applied: {@code from} is {@code Same}
 * when {@code allowedRoutes}, its {@code namespaces} or its {@code from} is absent.
 *
 * @param from which namespaces may attach
 * @param selector the namespace selector for {@code Selector}; null when absent (which matches
 *     nothing)
 * @param kinds the route kinds listed; empty means "the protocol's default kinds"
 */
public record AllowedRoutes(
    FromNamespaces from, LabelSelector selector, List<RouteGroupKind> kinds) {
  public AllowedRoutes {
    kinds = List.copyOf(kinds);
  }

  /** The default: routes from the same namespace, of the protocol's kinds. */
  public static final AllowedRoutes DEFAULT =
      new AllowedRoutes(FromNamespaces.SAME, null, List.of());
}
