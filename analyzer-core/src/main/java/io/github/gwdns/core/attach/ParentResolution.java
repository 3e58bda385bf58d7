package io.github.gwdns.core.attach;

import io.github.gwdns.core.model.Gateway;
import io.github.gwdns.core.model.ListenerSet;
import io.github.gwdns.core.model.ParentReference;
import io.github.gwdns.core.model.Route;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The controller's decision for one route parentRef: the outcome, the parent it found, and every
 * candidate listener's verdict. Rules and {@code explain} read this; nothing recomputes matching.
 *
 * @param gateway the Gateway found (for a ListenerSet parent, its parent Gateway), or null
 * @param listenerSet the ListenerSet found, or null
 * @param candidates the listeners left after sectionName and port filtering, with their verdicts
 * @param message why, in words, for status messages and findings
 * @param alternatives when the parentRef's sectionName or port narrowed the listeners to ones that
 *     refuse the route, the other listeners of the parent that would accept it: pointing the
 *     parentRef at one of them is the fix that opens nothing new
 */
public record ParentResolution(
    Route route,
    ParentReference parentRef,
    AttachmentOutcome outcome,
    Gateway gateway,
    ListenerSet listenerSet,
    List<ListenerCheck> candidates,
    String message,
    List<ListenerCheck> alternatives) {

  public ParentResolution {
    candidates = List.copyOf(candidates);
    alternatives = List.copyOf(alternatives);
  }

  public ParentResolution(
      Route route,
      ParentReference parentRef,
      AttachmentOutcome outcome,
      Gateway gateway,
      ListenerSet listenerSet,
      List<ListenerCheck> candidates,
      String message) {
    this(route, parentRef, outcome, gateway, listenerSet, candidates, message, List.of());
  }

  public boolean accepted() {
    return outcome == AttachmentOutcome.ACCEPTED;
  }

  /** The listeners that accept the route. */
  public List<ListenerCheck> accepting() {
    List<ListenerCheck> accepting = new ArrayList<>();
    for (ListenerCheck c : candidates) {
      if (c.accepts()) {
        accepting.add(c);
      }
    }
    return accepting;
  }

  /**
   * Among rejecting listeners, the one that came closest to accepting; null when none rejects. On a
   * tie, a listener whose own hostname matches the route's is the one the author meant; then the
   * first in order.
   */
  public ListenerCheck closest() {
    ListenerCheck best = null;
    for (ListenerCheck c : candidates) {
      if (c.accepts()) {
        continue;
      }
      if (best == null
          || c.verdict().closeness() > best.verdict().closeness()
          || (c.verdict() == best.verdict() && hostnameMatch(c) && !hostnameMatch(best))) {
        best = c;
      }
    }
    return best;
  }

  /** The listener has a hostname and the route's hostnames intersect it. */
  private static boolean hostnameMatch(ListenerCheck c) {
    return c.listener().listener().hostname() != null
        && c.checks().stream().anyMatch(k -> k.kind() == CheckKind.HOSTNAMES && k.passed());
  }

  /** The hostnames the accepting listeners yield, in order, without duplicates. */
  public Set<String> hostnames() {
    Set<String> names = new LinkedHashSet<>();
    for (ListenerCheck c : accepting()) {
      names.addAll(c.hostnames());
    }
    return names;
  }

  /** The direct parent's display: {@code Gateway infra/public} or {@code ListenerSet apps/team}. */
  public String parentDisplay() {
    return parentRef.kind() + " " + parentRef.namespace() + "/" + parentRef.name();
  }
}
