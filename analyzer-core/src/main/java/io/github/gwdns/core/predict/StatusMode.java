package io.github.gwdns.core.predict;

import java.util.Locale;

/** Where route and Gateway status comes from ({@code --status-mode}). */
public enum StatusMode {
  /**
   * Each route's {@code status.parents} exactly as written; a route without status is unattached.
   * This is what external-dns itself sees on a live cluster; for {@code kubectl get -o yaml}
   * snapshots.
   */
  OBSERVED,
  /** Ignore any status and use gwdns's controller simulation. */
  PREDICTED,
  /** Observed for objects that carry a status block, predicted for the rest (the default). */
  AUTO;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code observed}, {@code predicted} or {@code auto}. */
  public static StatusMode parse(String text) {
    for (StatusMode m : values()) {
      if (m.id().equalsIgnoreCase(text.trim())) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        "unknown status mode '" + text + "'; expected observed, predicted or auto");
  }
}
