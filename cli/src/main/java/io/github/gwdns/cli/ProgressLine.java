package io.github.gwdns.cli;

/**
 * Commits per second on standard error, for walks longer than a second, and only on a terminal:
 * logs and pipes stay clean.
 */
final class ProgressLine {
  private static final long QUIET_NANOS = 1_000_000_000L;

  private final Console console;
  private final long start = System.nanoTime();
  private boolean shown;

  ProgressLine(Console console) {
    this.console = console;
  }

  void update(int done, int total) {
    long elapsed = System.nanoTime() - start;
    if (!console.interactive() || elapsed < QUIET_NANOS) {
      return;
    }
    double perSecond = done / (elapsed / 1e9);
    console.err().printf("\rgwdns history: %d/%d commits, %.0f commits/s", done, total, perSecond);
    shown = true;
  }

  void finish() {
    if (shown) {
      console.err().println();
    }
  }
}
