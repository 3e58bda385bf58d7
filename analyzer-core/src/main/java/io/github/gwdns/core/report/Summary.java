package io.github.gwdns.core.report;

import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.finding.Severity;

/** The one-line summary every report format ends with. */
public final class Summary {
  private Summary() {}

  /** e.g. {@code 2 errors, 1 warning, 0 notes in 14 files (31 objects)}. */
  public static String line(AnalysisResult result) {
    return plural(result.count(Severity.ERROR), "error")
        + ", "
        + plural(result.count(Severity.WARNING), "warning")
        + ", "
        + plural(result.count(Severity.NOTE), "note")
        + " in "
        + plural(result.stats().files(), "file")
        + " ("
        + plural(result.stats().objects(), "object")
        + ")";
  }

  static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
