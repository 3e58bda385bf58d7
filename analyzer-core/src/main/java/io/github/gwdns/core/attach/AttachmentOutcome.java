package io.github.gwdns.core.attach;

/**
 * What a conformant Gateway controller decides for one route parentRef, with the status it writes
 * (Gateway API v1.6, route status conditions).
 */
public enum AttachmentOutcome {
  /** At least one listener took the route: {@code Accepted=True}. */
  ACCEPTED("Accepted", true),
  /** No Gateway (or ListenerSet) of that name exists: no controller writes a status. */
  PARENT_NOT_FOUND(null, false),
  /**
   * The parent is not a Gateway or ListenerSet (e.g. a mesh Service): no Gateway controller
   * attaches it.
   */
  PARENT_UNSUPPORTED_KIND(null, false),
  /** The Gateway names a GatewayClass that does not exist: the Gateway is never reconciled. */
  GATEWAYCLASS_NOT_FOUND(null, false),
  /** The parent ListenerSet is not admitted by its Gateway's {@code allowedListeners}. */
  LISTENERSET_NOT_ALLOWED("NotAllowedByListeners", true),
  /** {@code sectionName} names no listener of the parent: {@code NoMatchingParent}. */
  SECTION_NOT_FOUND("NoMatchingParent", true),
  /** No listener (of the named section) is on {@code port}: {@code NoMatchingParent}. */
  PORT_MISMATCH("NoMatchingParent", true),
  /** Every candidate listener refuses the route's kind or namespace. */
  NOT_ALLOWED_BY_LISTENERS("NotAllowedByListeners", true),
  /** Admitted, but no hostname intersects: {@code NoMatchingListenerHostname}. */
  NO_MATCHING_LISTENER_HOSTNAME("NoMatchingListenerHostname", true),
  /** The only listeners that would take the route conflict with others and are not accepted. */
  LISTENER_CONFLICTED("NotAllowedByListeners", true),
  /**
   * Every listener the controller checks for readiness is not ready ({@code Programmed=False}):
   * Envoy Gateway up to v1.8.1 writes {@code Accepted=False NoReadyListeners}.
   */
  NO_READY_LISTENERS("NoReadyListeners", true),
  /**
   * The controller does not watch the route's kind: the CRD in the manifests does not serve the
   * version it reads (Envoy Gateway skips the watch), so no status is written.
   */
  KIND_NOT_WATCHED(null, false),
  /**
   * The implementation refuses the route itself (e.g. Envoy Gateway and a TCPRoute with two rules).
   */
  ROUTE_UNSUPPORTED("InvalidRule", true);

  private final String reason;
  private final boolean hasStatus;

  AttachmentOutcome(String reason, boolean hasStatus) {
    this.reason = reason;
    this.hasStatus = hasStatus;
  }

  /** The {@code Accepted} condition's reason the controller writes, or null when it writes none. */
  public String reason() {
    return reason;
  }

  /** Whether a controller writes a {@code status.parents} entry for this parentRef. */
  public boolean hasStatus() {
    return hasStatus;
  }
}
