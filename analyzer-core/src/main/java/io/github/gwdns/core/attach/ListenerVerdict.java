package io.github.gwdns.core.attach;

/** What one listener decided about one route, in the order the checks run. */
public enum ListenerVerdict {
  /** The listener takes the route. */
  ACCEPTS,
  /** The route kind is not among the kinds the listener's protocol supports. */
  PROTOCOL_MISMATCH,
  /** The listener's {@code allowedRoutes.kinds} does not list the route's kind. */
  KIND_NOT_ALLOWED,
  /** The listener's {@code allowedRoutes.namespaces} does not admit the route's namespace. */
  NAMESPACE_NOT_ALLOWED,
  /** Admitted, but no route hostname intersects the listener hostname. */
  HOSTNAME_MISMATCH,
  /** Everything matches, but the listener conflicts with another and is not accepted. */
  CONFLICTED,
  /**
   * Everything matches, but neither this listener nor another the controller looks at is ready
   * ({@link ControllerProfile#rejectsWithoutReadyListener()}).
   */
  NOT_READY;

  /**
   * How close the listener came to accepting: higher is closer. Used to report, among listeners
   * that all reject a route, the one whose fix is most likely the intended one.
   */
  public int closeness() {
    return ordinal();
  }
}
