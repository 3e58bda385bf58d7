package io.github.gwdns.core.predict;

import io.github.gwdns.core.model.RouteKind;

/**
 * A source of external-dns that fails as a whole for one sync, so no route of its kind gets a
 * record (today: an FQDN template that cannot run on one route).
 *
 * @param kind the route kind whose source fails
 * @param message what external-dns logs, e.g. {@code failed to apply template on HTTPRoute
 *     shop/web: ...}
 */
public record SourceFailure(RouteKind kind, String message) {
  /** The failure as one line: the source's name, then the message. */
  public String text() {
    return kind.source() + ": " + message;
  }
}
