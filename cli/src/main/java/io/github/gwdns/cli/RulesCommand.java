package io.github.gwdns.cli;

import io.github.gwdns.core.report.RulesReport;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gwdns rules}: the rule catalog. */
@Command(
    name = "rules",
    description = "List the rules: id, default level and summary.",
    mixinStandardHelpOptions = true)
final class RulesCommand implements Callable<Integer> {
  private final Console console;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text or markdown (the README table) (default: ${DEFAULT-VALUE}).")
  String format;

  RulesCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    Writer out = new OutputStreamWriter(new NonClosing(console.out()), StandardCharsets.UTF_8);
    switch (format) {
      case "text" -> RulesReport.writeText(out);
      case "markdown" -> RulesReport.writeMarkdown(out);
      default ->
          throw new Options.UsageException(
              "unknown --format '" + format + "'; expected text or markdown");
    }
    out.flush();
    return ExitCode.OK.code();
  }
}
