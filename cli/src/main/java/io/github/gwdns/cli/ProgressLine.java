package io.github.gwdns.cli;

/**
 * Commits per second on standard error, for walks longer than a second, and only when standard
 * error is a terminal (whatever standard output is): logs and pipes stay clean.
 */
final class ProgressLine {
  private static final long QUIET_NANOS = 1_000_000_000L;

  private final Console console;
  private final long start;
  private boolean shown;

  ProgressLine(Console console) {
    this(console, System.nanoTime());
  }

  /** Started at {@code start} ({@link System#nanoTime()}): tests start it in the past. */
  ProgressLine(Console console, long start) {
    this.console = console;
    this.start = start;
  }

  void update(int done, int total) {
    long elapsed = System.nanoTime() - start;
    if (!console.errInteractive() || elapsed < QUIET_NANOS) {
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
