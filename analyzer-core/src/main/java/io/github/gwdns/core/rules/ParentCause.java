package io.github.gwdns.core.rules;

import io.github.gwdns.core.attach.ListenerCheck;
import io.github.gwdns.core.attach.ParentResolution;
import io.github.gwdns.core.model.ParentReference;
import io.github.gwdns.core.model.Route;
import io.github.gwdns.core.predict.ListenerMatch;
import io.github.gwdns.core.predict.ParentTrace;

/**
 * The cause of one parentRef getting no DNS record, with the engine outcomes that show it.
 *
 * @param ref the spec parentRef, or null for causes about the whole route (no parentRefs) or about
 *     a stale status parent
 * @param resolution the controller's decision for {@code ref}, or null
 * @param trace what external-dns did with the matching status parent, or null when it never saw one
 * @param listener the controller's closest rejecting listener, when a listener decided
 * @param externalDnsListener external-dns's closest failing listener, when external-dns decided
 */
public record ParentCause(
    Cause cause,
    Route route,
    ParentReference ref,
    ParentResolution resolution,
    ParentTrace trace,
    ListenerCheck listener,
    ListenerMatch externalDnsListener) {

  /** True when external-dns, not the controller, is what drops the record. */
  public boolean decidedByExternalDns() {
    return trace != null
        && !trace.used()
        && listener == null
        && (resolution == null
            || resolution.accepted()
            || trace.failedStep() != io.github.gwdns.core.predict.ParentStep.ACCEPTED);
  }
}
