package io.github.gwdns.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** The streams a command talks to; tests pass their own. */
record Console(InputStream in, PrintStream out, PrintStream err, boolean interactive) {

  /** The process's own streams. */
  static Console system() {
    return new Console(System.in, System.out, System.err, System.console() != null);
  }
}
