package io.github.gwdns.core.attach;

import java.util.List;

/**
 * One listener's verdict on one route parentRef, with every check it made.
 *
 * @param hostnames the intersected hostnames when the listener accepts the route; empty when the
 *     route and the listener both have none (the route attaches but has no name to publish)
 * @param notReady for {@link ListenerVerdict#NOT_READY}, what keeps the listener from being ready;
 *     otherwise null
 */
public record ListenerCheck(
    OwnedListener listener,
    ListenerVerdict verdict,
    List<Check> checks,
    List<String> hostnames,
    ListenerReadiness.Problem notReady) {
  public ListenerCheck {
    checks = List.copyOf(checks);
    hostnames = List.copyOf(hostnames);
  }

  public ListenerCheck(
      OwnedListener listener, ListenerVerdict verdict, List<Check> checks, List<String> hostnames) {
    this(listener, verdict, checks, hostnames, null);
  }

  public boolean accepts() {
    return verdict == ListenerVerdict.ACCEPTS;
  }

  /** The first check that failed, or null. */
  public Check failed() {
    for (Check c : checks) {
      if (!c.passed()) {
        return c;
      }
    }
    return null;
  }
}
