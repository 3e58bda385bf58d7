package io.github.gwdns.cli;

import io.github.gwdns.core.AnalysisException;
import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.Analyzer;
import io.github.gwdns.core.git.GitRepository;
import io.github.gwdns.core.report.ExplainReport;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code gwdns explain KIND/NAMESPACE/NAME}: why a route gets its records, or none. */
@Command(
    name = "explain",
    description = "Explain, step by step, why a route gets its DNS records or none.",
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class ExplainCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(
      index = "0",
      paramLabel = "KIND/NAMESPACE/NAME",
      description = "The route (or Gateway), e.g. HTTPRoute/shop/web.")
  String target;

  @Parameters(index = "1..*", paramLabel = "PATH", arity = "0..*", description = InputOptions.PATHS)
  List<String> paths = new ArrayList<>();

  @Mixin InputOptions input;

  @Mixin GitOptions git;

  @Mixin ExternalDnsFlags externalDns;

  @Mixin GlobalOptions global;

  ExplainCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws AnalysisException, IOException {
    paths = git.defaultPaths(paths);
    AnalysisRequest.Builder request = input.toRequest(paths, externalDns, console.in());
    AnalysisResult result;
    try (GitRepository repo = git.applyTo(request, paths)) {
      result = Analyzer.run(request.build());
    }
    Writer out = new OutputStreamWriter(new NonClosing(console.out()), StandardCharsets.UTF_8);
    if (!ExplainReport.explain(result, target, out, Options.color(global, console))) {
      String parent = ExplainReport.listenerSetParent(result, target);
      throw new Options.UsageException(
          parent != null
              ? target
                  + " is a ListenerSet: explain its routes, or its parent Gateway "
                  + parent
                  + " (whose explanation covers the ListenerSets it admits)"
              : "no route or Gateway "
                  + target
                  + " in the input"
                  + didYouMean(result)
                  + " (expected KIND/NAMESPACE/NAME, e.g. HTTPRoute/shop/web)");
    }
    return ExitCode.after(ExitCode.OK, console, result);
  }

  private String didYouMean(AnalysisResult result) {
    String closest = ExplainReport.closestTarget(result, target);
    return closest == null ? "" : "; did you mean " + closest + "?";
  }
}
