package io.github.gwdns.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/**
 * The streams and environment a command talks to; tests pass their own.
 *
 * @param interactive standard output is a terminal: colours
 * @param errInteractive standard error is a terminal: progress lines
 */
record Console(
    InputStream in,
    PrintStream out,
    PrintStream err,
    boolean interactive,
    boolean errInteractive,
    Map<String, String> env,
    boolean debug) {

  /** Streams that are both terminals, or neither. */
  Console(
      InputStream in,
      PrintStream out,
      PrintStream err,
      boolean interactive,
      Map<String, String> env) {
    this(in, out, err, interactive, interactive, env, false);
  }

  /** Streams that are both terminals, or neither, with stack traces shown or not. */
  Console(
      InputStream in,
      PrintStream out,
      PrintStream err,
      boolean interactive,
      Map<String, String> env,
      boolean debug) {
    this(in, out, err, interactive, interactive, env, debug);
  }

  /** Each stream a terminal or not on its own. */
  Console(
      InputStream in,
      PrintStream out,
      PrintStream err,
      boolean interactive,
      boolean errInteractive,
      Map<String, String> env) {
    this(in, out, err, interactive, errInteractive, env, false);
  }

  /** This console, with stack traces of internal errors shown or not ({@code --debug}). */
  Console withDebug(boolean on) {
    return new Console(in, out, err, interactive, errInteractive, env, on);
  }

  /**
   * The process's own streams and environment; each stream is checked on its own (see {@link
   * Terminals}).
   */
  static Console system() {
    return new Console(
        System.in, System.out, System.err, Terminals.stdout(), Terminals.stderr(), System.getenv());
  }

  /**
   * Says on standard error that {@code what} was written to {@code file}: with {@code -o}, standard
   * output shows nothing, and a silent run looks like a failed one.
   */
  void wrote(String what, Object file) {
    wrote(what, file, "");
  }

  /** As {@link #wrote(String, Object)}, with {@code after} appended to the line. */
  void wrote(String what, Object file, String after) {
    err.println("gwdns: wrote " + what + " to " + file + after);
  }

  /** The value of an environment variable, or null. */
  String getenv(String name) {
    return env.get(name);
  }
}
