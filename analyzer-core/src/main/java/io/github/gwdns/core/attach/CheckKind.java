package io.github.gwdns.core.attach;

import java.util.Locale;

/**
 * What one {@link Check} compares, in the order a controller or external-dns makes the checks of a
 * listener. Reports print {@link #label()}; rules and {@code explain} switch on the constant.
 */
public enum CheckKind {
  /** The listener's protocol takes the route kind. */
  PROTOCOL,
  /** The status entry's port, when set, is the listener's (external-dns only). */
  PORT,
  /** {@code allowedRoutes.namespaces} admits the route's namespace. */
  NAMESPACES,
  /** {@code allowedRoutes.kinds} lists the route kind. */
  KINDS,
  /** The route's and the listener's hostnames intersect. */
  HOSTNAMES,
  /** The listener is not conflicted with another on its port. */
  CONFLICTS,
  /** The listener is ready (Programmed), for controllers that attach only to ready listeners. */
  READY;

  /** The lower-case word {@code explain} prints. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
