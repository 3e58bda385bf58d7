package io.github.gwdns.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/** The streams and environment a command talks to; tests pass their own. */
record Console(InputStream in, PrintStream out, PrintStream err, boolean interactive, Map<String, String> env, boolean debug) {

  Console(InputStream in, PrintStream out, PrintStream err, boolean interactive, Map<String, String> env) {
    this(in, out, err, interactive, env, false);
  }

  /** This console, with stack traces of internal errors shown or not ({@code --debug}). */
  Console withDebug(boolean on) {
    return new Console(in, out, err, interactive, env, on);
  }

  /** The process's own streams and environment. */
  static Console system() {
    return new Console(System.in, System.out, System.err, System.console() != null, System.getenv());
  }

  /** The value of an environment variable, or null. */
  String getenv(String name) {
    return env.get(name);
  }
}
