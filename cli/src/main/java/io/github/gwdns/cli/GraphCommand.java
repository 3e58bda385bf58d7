package io.github.gwdns.cli;

import io.github.gwdns.core.AnalysisException;
import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.Analyzer;
import io.github.gwdns.core.git.GitRepository;
import io.github.gwdns.core.report.GraphReport;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gwdns graph}: Gateways, listeners, routes and DNS names as a picture. */
@Command(
    name = "graph",
    description = "Draw Gateways, listeners, routes and DNS names; rejected attachments in red.",
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class GraphCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = InputOptions.PATHS)
  List<String> paths = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "mermaid",
      description = "mermaid or dot (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--only-findings", description = "Draw only the objects that have findings.")
  boolean onlyFindings;

  @Mixin InputOptions input;

  @Mixin GitOptions git;

  @Mixin ExternalDnsFlags externalDns;

  @Mixin GlobalOptions global;

  GraphCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws AnalysisException, IOException {
    if (!List.of("mermaid", "dot").contains(format)) {
      throw new Options.UsageException(
          "unknown --format '" + format + "'; expected mermaid or dot");
    }
    paths = git.defaultPaths(paths);
    AnalysisRequest.Builder request = input.toRequest(paths, externalDns, console.in());
    AnalysisResult result;
    try (GitRepository repo = git.applyTo(request, paths)) {
      result = Analyzer.run(request.build());
    }
    Writer out = new OutputStreamWriter(new NonClosing(console.out()), StandardCharsets.UTF_8);
    GraphReport graph = new GraphReport(result, onlyFindings);
    if (format.equals("dot")) {
      graph.writeDot(out);
    } else {
      graph.writeMermaid(out);
    }
    out.flush();
    return ExitCode.after(ExitCode.OK, console, result);
  }
}
