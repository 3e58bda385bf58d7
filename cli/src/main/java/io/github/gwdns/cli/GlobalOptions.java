package io.github.gwdns.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options every command takes. */
final class GlobalOptions {
  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Show stack traces of internal errors.")
  boolean debug;

  @Option(
      names = "--no-color",
      scope = ScopeType.INHERIT,
      description = "No ANSI colours, even on a terminal (a non-empty NO_COLOR is honoured too).")
  boolean noColor;
}
