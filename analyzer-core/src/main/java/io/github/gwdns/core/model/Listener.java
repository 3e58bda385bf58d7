package io.github.gwdns.core.model;

/**
 * A listener of a Gateway or ListenerSet.
 *
 * @param index position in {@code spec.listeners}, for field paths
 * @param name the listener's name ({@code sectionName} refers to it)
 * @param hostname the hostname, or null when unset (matches every route hostname)
 * @param port the port
 * @param protocol as written: {@code HTTP}, {@code HTTPS}, {@code TLS}, {@code TCP}, {@code UDP} or
 *     a domain-prefixed custom protocol
 * @param tlsMode {@code Terminate} or {@code Passthrough} when a {@code tls} block is present (the
 *     CRD defaults the mode to Terminate), otherwise null
 * @param allowedRoutes which routes may attach, defaulted
 */
public record Listener(
    int index,
    String name,
    String hostname,
    int port,
    String protocol,
    String tlsMode,
    AllowedRoutes allowedRoutes) {

  /** The field path of this listener inside its Gateway or ListenerSet. */
  public FieldPath path() {
    return FieldPath.root().field("spec").field("listeners").index(index);
  }
}
