package io.github.gwdns.cli;

import io.github.gwdns.core.AnalysisException;
import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.Analyzer;
import io.github.gwdns.core.git.GitRepository;
import io.github.gwdns.core.report.PlansReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gwdns plan}: the DNS records external-dns would publish. */
@Command(
    name = "plan",
    description = "Predict the DNS records external-dns will publish.",
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class PlanCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = InputOptions.PATHS)
  List<String> paths = new ArrayList<>();

  @Mixin InputOptions input;

  @Mixin GitOptions git;

  @Mixin ExternalDnsFlags externalDns;

  @Mixin GlobalOptions global;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "text (a table), json, yaml (a DNSEndpoint resource) or markdown (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path output;

  PlanCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws AnalysisException, IOException {
    if (!List.of("text", "json", "yaml", "markdown").contains(format)) {
      throw new Options.UsageException(
          "unknown --format '" + format + "'; expected one of text, json, yaml, markdown");
    }
    paths = git.defaultPaths(paths);
    AnalysisRequest.Builder request = input.toRequest(paths, externalDns, console.in());
    AnalysisResult result;
    try (GitRepository repo = git.applyTo(request, paths)) {
      result = Analyzer.run(request.build());
    }
    PlansReport report = new PlansReport(result);
    report.sourceFailureWarnings().forEach(w -> console.err().println("gwdns: warning: " + w));
    try (OutputStream out =
        output == null ? new NonClosing(console.out()) : Files.newOutputStream(output)) {
      switch (format) {
        case "json" -> report.writeJson(out);
        case "yaml" -> report.writeYaml(out);
        case "markdown" ->
            report.writeMarkdown(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        default ->
            report.writeText(
                new OutputStreamWriter(out, StandardCharsets.UTF_8),
                output == null && Options.color(global, console));
      }
    }
    if (output != null) {
      console.wrote("the " + format + " plan", output);
    }
    return ExitCode.after(ExitCode.OK, console, result);
  }
}
