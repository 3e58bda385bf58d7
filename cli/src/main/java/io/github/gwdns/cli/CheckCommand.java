package io.github.gwdns.cli;

import io.github.gwdns.core.AnalysisException;
import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.Analyzer;
import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.report.JsonReport;
import io.github.gwdns.core.report.ReportFormat;
import io.github.gwdns.core.report.TextReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
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

/** {@code gwdns check}: findings about the manifests. */
@Command(
    name = "check",
    description = "Analyze manifests and report findings.",
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class CheckCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = InputOptions.PATHS)
  List<String> paths = new ArrayList<>();

  @Mixin InputOptions input;

  @Mixin ExternalDnsFlags externalDns;

  @Mixin GlobalOptions global;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Report format: text or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  Path output;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      defaultValue = "error",
      description = "Exit 1 when a finding is at or above LEVEL: error, warning, note or none (default: ${DEFAULT-VALUE}).")
  String failOn;

  CheckCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws AnalysisException, IOException {
    ReportFormat reportFormat = Options.format(format);
    Severity threshold = Options.failOn(failOn);
    AnalysisRequest.Builder request = AnalysisRequest.builder();
    input.applyTo(request, paths, console.in());
    externalDns.applyTo(request);
    AnalysisResult result = Analyzer.run(request.build());
    if (output == null) {
      write(result, reportFormat, console.out(), Options.color(global, console));
    } else {
      try (OutputStream out = Files.newOutputStream(output)) {
        write(result, reportFormat, out, false);
      }
    }
    return (result.hasFindingsAtOrAbove(threshold) ? ExitCode.FINDINGS : ExitCode.OK).code();
  }

  private static void write(AnalysisResult result, ReportFormat format, OutputStream out, boolean color)
      throws IOException {
    switch (format) {
      case TEXT -> {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        new TextReport(color).write(result, writer);
        writer.flush();
      }
      case JSON -> new JsonReport().write(result, out);
    }
    out.flush();
  }
}
