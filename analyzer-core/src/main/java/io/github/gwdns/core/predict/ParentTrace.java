package io.github.gwdns.core.predict;

import io.github.gwdns.core.model.Gateway;
import io.github.gwdns.core.model.KubeObject;
import io.github.gwdns.core.model.RouteParentStatus;
import java.util.List;

/**
 * What external-dns did with one {@code status.parents} entry of a route.
 *
 * @param failedStep the check that skipped the entry, or null when it was used
 * @param message external-dns's own log line for a skipped entry, or a summary when it was used
 * @param filteredBy when the parent exists but external-dns's options drop it (step P3), why
 * @param parent the Gateway or ListenerSet found, or null
 * @param gateway the Gateway whose addresses serve as targets, or null
 * @param listeners every listener considered, with its checks
 * @param targets the targets the parent contributes; empty with {@code targetsKnown} false when the
 *     Gateway's address is not known yet (predicted mode)
 * @param targetSource where the targets come from, in words
 */
public record ParentTrace(
    RouteParentStatus status,
    ParentStep failedStep,
    String message,
    Exclusion filteredBy,
    KubeObject parent,
    Gateway gateway,
    List<ListenerMatch> listeners,
    List<String> targets,
    boolean targetsKnown,
    String targetSource) {

  public ParentTrace {
    listeners = List.copyOf(listeners);
    targets = List.copyOf(targets);
  }

  public boolean used() {
    return failedStep == null;
  }

  /** The names the matched listeners leave uncompared (an unresolved variable). */
  public List<String> unresolved() {
    return listeners.stream().flatMap(l -> l.unresolved().stream()).distinct().toList();
  }

  /** The names the matched listeners yield. */
  public List<String> names() {
    return listeners.stream().flatMap(l -> l.names().stream()).distinct().toList();
  }
}
