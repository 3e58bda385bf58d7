package io.github.gwdns.core.finding;

import java.util.Objects;

/** Another place that explains a finding, e.g. the listener that rejected a route. */
public record RelatedLocation(SourceRange range, String message) {
  public RelatedLocation {
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(message, "message");
  }
}
