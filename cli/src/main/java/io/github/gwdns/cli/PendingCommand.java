package io.github.gwdns.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that is declared but not yet available in this build. */
@Command(mixinStandardHelpOptions = true)
final class PendingCommand implements Callable<Integer> {
  private final String name;
  private final String description;
  @Spec CommandSpec spec;

  PendingCommand(String name, String description) {
    this.name = name;
    this.description = description;
  }

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("gwdns " + name + ": not available in this build yet (" + description + ")");
    return ExitCode.ERROR.code();
  }

  String name() {
    return name;
  }
}
