package io.github.gwdns.cli;

import io.github.gwdns.core.AnalysisResult;

/** The process exit codes, the same for every command and every output format. */
public enum ExitCode {
  /** 0: nothing at or above {@code --fail-on}. */
  OK(0),
  /** 1: findings at or above {@code --fail-on}. */
  FINDINGS(1),
  /** 2: usage error, unreadable input, I/O or internal error. */
  ERROR(2);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /**
   * The exit code once {@code results} are reported: {@link #ERROR} when an input could not be read
   * (the reports cover the rest, but a gate must not pass on what it never saw), else {@code
   * otherwise}.
   */
  static int after(ExitCode otherwise, Console console, AnalysisResult... results) {
    java.util.List<String> unreadable = new java.util.ArrayList<>();
    java.util.List<io.github.gwdns.core.finding.InternalError> internal =
        new java.util.ArrayList<>();
    for (AnalysisResult r : results) {
      unreadable.addAll(r.unreadable());
      internal.addAll(r.internalErrors());
    }
    if (!internal.isEmpty()) {
      // A bug met on part of the input: the reports cover the rest, but the run must not pass.
      console
          .err()
          .println(
              "gwdns: internal error: "
                  + Main.oneLine(internal.get(0).describe())
                  + (internal.size() > 1 ? " (and " + (internal.size() - 1) + " more)" : "")
                  + "; the reports cover the rest (rerun with --debug for the stack trace, and please report it)");
      if (console.debug()) {
        internal.forEach(e -> e.cause().printStackTrace(console.err()));
      }
      return ERROR.code();
    }
    if (unreadable.isEmpty()) {
      return otherwise.code();
    }
    console
        .err()
        .println(
            "gwdns: the analysis is incomplete: cannot read "
                + unreadable.get(0)
                + (unreadable.size() > 1
                    ? " (and "
                        + (unreadable.size() - 1)
                        + " more input"
                        + (unreadable.size() > 2 ? "s" : "")
                        + ")"
                    : ""));
    return ERROR.code();
  }
}
