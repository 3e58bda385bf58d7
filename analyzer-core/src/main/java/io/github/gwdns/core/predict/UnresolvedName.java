package io.github.gwdns.core.predict;

import java.util.List;

/**
 * A name external-dns would consider but gwdns cannot compare: it (or the listener hostname it is
 * matched against) still holds a Flux variable with no value ({@code web.${SECRET_DOMAIN}}). Such
 * names are left out of listener matching and of the endpoints, so no finding claims they fail;
 * {@code --var KEY=VALUE} resolves them.
 *
 * @param dnsName the name as written: the route's candidate, or the listener hostname a route
 *     without hostnames inherits
 * @param variables the variables it waits for, sorted
 * @param sources the routes that ask for it, sorted
 */
public record UnresolvedName(String dnsName, List<String> variables, List<String> sources)
    implements Comparable<UnresolvedName> {
  public UnresolvedName {
    variables = List.copyOf(variables);
    sources = List.copyOf(sources);
  }

  @Override
  public int compareTo(UnresolvedName other) {
    return dnsName.compareTo(other.dnsName);
  }
}
