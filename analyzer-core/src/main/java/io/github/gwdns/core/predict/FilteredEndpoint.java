package io.github.gwdns.core.predict;

/**
 * An endpoint a Gateway API source emits but that never reaches the provider: external-dns's domain
 * or record-type filters drop it, or the external-dns does not start.
 *
 * @param notStarting true when the instance exits as it starts, so no filter is to blame
 */
public record FilteredEndpoint(Endpoint endpoint, String reason, boolean notStarting) {

  /** An endpoint a filter drops. */
  public FilteredEndpoint(Endpoint endpoint, String reason) {
    this(endpoint, reason, false);
  }
}
