package io.github.gwdns.core.predict;

import io.github.gwdns.core.attach.Check;
import io.github.gwdns.core.attach.OwnedListener;
import java.util.List;

/**
 * external-dns's match of one listener against a route (source/gateway.go, listener loop):
 * protocol, port, namespaces, kinds, then hostnames.
 *
 * @param names the DNS names the listener yields for this route (empty when it does not match)
 * @param usedCandidates the hostname candidates that produced those names
 * @param unresolved names left out of the intersection because the candidate or the listener
 *     hostname holds an unresolved variable (empty when the listener does not match)
 */
public record ListenerMatch(
    OwnedListener listener,
    List<Check> checks,
    List<String> names,
    List<String> usedCandidates,
    List<String> unresolved) {
  public ListenerMatch {
    checks = List.copyOf(checks);
    names = List.copyOf(names);
    usedCandidates = List.copyOf(usedCandidates);
    unresolved = List.copyOf(unresolved);
  }

  /** True when the listener takes the route: it yields a name, or one gwdns cannot compare. */
  public boolean matched() {
    return !names.isEmpty() || !unresolved.isEmpty();
  }

  /** The first failed check, or null. */
  public Check failed() {
    for (Check c : checks) {
      if (!c.passed()) {
        return c;
      }
    }
    return null;
  }
}
