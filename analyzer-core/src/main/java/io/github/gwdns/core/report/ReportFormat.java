package io.github.gwdns.core.report;

import java.util.Locale;

/** The formats {@code gwdns check} writes. */
public enum ReportFormat {
  /** Findings grouped by file, for people. */
  TEXT,
  /** Findings and summary, for machines. */
  JSON,
  /** SARIF 2.1.0, for GitHub code scanning. */
  SARIF,
  /** GitHub Actions workflow commands: annotations without Advanced Security. */
  GITHUB,
  /** A step summary or pull request comment: findings, DNS plan, graph. */
  MARKDOWN,
  /** JUnit XML for Jenkins and GitLab. */
  JUNIT;

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
    throw new IllegalArgumentException(
        "unknown format '"
            + text
            + "'; expected one of text, json, sarif, github, markdown, junit");
  }
}
