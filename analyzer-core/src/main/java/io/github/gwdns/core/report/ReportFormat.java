package io.github.gwdns.core.report;

import java.util.Locale;

/** The formats {@code gwdns check} writes. */
public enum ReportFormat {
  /** Compiler-style lines for people: {@code file:line:col: level [rule] message}. */
  TEXT,
  /** Machine-readable findings and summary. */
  JSON;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a format name (case-insensitive). */
  public static ReportFormat parse(String text) {
    for (ReportFormat f : values()) {
      if (f.id().equalsIgnoreCase(text.trim())) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown format '" + text + "'");
  }
}
