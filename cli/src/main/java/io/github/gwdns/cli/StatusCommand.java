package io.github.gwdns.cli;

import io.github.gwdns.core.AnalysisException;
import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.Analyzer;
import io.github.gwdns.core.git.GitRepository;
import io.github.gwdns.core.report.StatusReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gwdns status}: the Gateway API status a conformant controller would write. */
@Command(
    name = "status",
    description = "Predict the Gateway API status a controller writes.",
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class StatusCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = InputOptions.PATHS)
  List<String> paths = new ArrayList<>();

  @Mixin InputOptions input;

  @Mixin GitOptions git;

  @Mixin GlobalOptions global;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "yaml",
      description =
          "yaml (multi-document, as kubectl shows it) or json (an array) (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path output;

  StatusCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws AnalysisException, IOException {
    if (!List.of("yaml", "json").contains(format)) {
      throw new Options.UsageException(
          "unknown --format '" + format + "'; expected one of yaml, json");
    }
    paths = git.defaultPaths(paths);
    AnalysisRequest.Builder request = input.toRequest(paths, null, console.in());
    AnalysisResult result;
    try (GitRepository repo = git.applyTo(request, paths)) {
      result = Analyzer.run(request.build());
    }
    StatusReport report = new StatusReport(result);
    try (OutputStream out =
        output == null ? new NonClosing(console.out()) : Files.newOutputStream(output)) {
      if (format.equals("json")) {
        report.writeJson(out);
      } else {
        report.writeYaml(out);
      }
    }
    if (output != null) {
      console.wrote("the " + format + " status", output);
    }
    return ExitCode.after(ExitCode.OK, console, result);
  }
}
