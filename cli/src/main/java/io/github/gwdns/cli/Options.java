package io.github.gwdns.cli;

import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.report.ReportFormat;

/** Validation of option values shared by commands, with messages that list the accepted values. */
final class Options {
  private Options() {}

  static ReportFormat format(String text) {
    try {
      return ReportFormat.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UsageException(
          "unknown --format '"
              + text
              + "'; expected one of text, json, sarif, github, markdown, junit");
    }
  }

  /** The severity threshold of {@code --fail-on}; null for {@code none}. */
  static Severity failOn(String text) {
    if (text.equalsIgnoreCase("none")) {
      return null;
    }
    try {
      return Severity.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UsageException(
          "unknown --fail-on '" + text + "'; expected one of error, warning, note, none");
    }
  }

  static boolean color(GlobalOptions global, Console console) {
    // no-color.org: NO_COLOR counts when set and not empty.
    String noColor = console.getenv("NO_COLOR");
    return console.interactive() && !global.noColor && (noColor == null || noColor.isEmpty());
  }

  /** A bad option value, reported like picocli's own usage errors. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
