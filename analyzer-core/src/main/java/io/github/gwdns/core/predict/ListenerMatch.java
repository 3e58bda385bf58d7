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
 */
public record ListenerMatch(
    OwnedListener listener, List<Check> checks, List<String> names, List<String> usedCandidates) {
  public ListenerMatch {
    checks = List.copyOf(checks);
    names = List.copyOf(names);
    usedCandidates = List.copyOf(usedCandidates);
  }

  public boolean matched() {
    return !names.isEmpty();
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
