package io.github.gwdns.core.finding;

import java.util.Locale;

/**
 * How much a finding matters. The order of the constants is significant: {@link #ERROR} is the most
 * severe. The lower-case {@link #id()} is what users write ({@code --fail-on warning}) and what
 * SARIF calls a level.
 */
public enum Severity {
  /** A route, or part of it, will not get the DNS record it evidently asks for. */
  ERROR,
  /** Likely wrong or fragile. */
  WARNING,
  /** Worth knowing. */
  NOTE;

  /** The lower-case name used on the command line and in reports. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when this severity is at least as severe as {@code threshold}. */
  public boolean isAtLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  /**
   * Parses {@code error}, {@code warning} or {@code note} (case-insensitive).
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static Severity parse(String text) {
    for (Severity s : values()) {
      if (s.id().equalsIgnoreCase(text.trim())) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown level '" + text + "'; expected one of error, warning, note");
  }
}
