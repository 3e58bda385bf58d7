package io.github.gwdns.cli;

import io.github.gwdns.core.AnalysisException;
import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.Analyzer;
import io.github.gwdns.core.TreeInput;
import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.git.GitRepository;
import io.github.gwdns.core.report.ReportFormat;
import io.github.gwdns.core.report.Reports;
import io.github.gwdns.core.rules.Baseline;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gwdns check}: findings about the manifests, in one or more formats. */
@Command(
    name = "check",
    description = "Analyze manifests and report findings.",
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class CheckCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = InputOptions.PATHS)
  List<String> paths = new ArrayList<>();

  /** A requested report: its format, and its file or null for standard output. */
  private static final class Request {
    final String format;
    Path output;

    Request(String format) {
      this.format = format;
    }
  }

  /** The reports in command-line order: each --output belongs to the --format before it. */
  private final List<Request> requests = new ArrayList<>();

  private String usage;

  // picocli calls these once per occurrence, in command-line order.
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "text (default), json, sarif, github, markdown or junit; repeatable, each followed by its own --output.")
  void format(String format) {
    if (implicitText && usage == null) {
      usage =
          "--output comes before any --format: put each --output after the --format it belongs to";
    }
    requests.add(new Request(format));
  }

  /** True when an --output came first and so belongs to the default text report. */
  private boolean implicitText;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write the report of the --format before it to FILE (default: standard output; without any --format, the text report).")
  void output(Path output) {
    if (requests.isEmpty() && usage == null) {
      requests.add(new Request("text"));
      implicitText = true;
    } else if (requests.isEmpty() || requests.get(requests.size() - 1).output != null) {
      usage =
          usage != null
              ? usage
              : "--output "
                  + output
                  + " follows a --format that already has one: give each --format its own --output";
      return;
    }
    requests.get(requests.size() - 1).output = output;
  }

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      defaultValue = "error",
      description =
          "Exit 1 when a finding is at or above LEVEL: error, warning, note or none (default: ${DEFAULT-VALUE}).")
  String failOn;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description = "Report the findings this baseline lists as suppressed.")
  Path baseline;

  @Option(
      names = "--write-baseline",
      paramLabel = "FILE",
      description =
          "Write the current findings as a baseline to FILE and exit 0: they are accepted from now on.")
  Path writeBaseline;

  @Option(
      names = "--new-since",
      paramLabel = "REV",
      description =
          "Report only findings not present at REV (e.g. origin/main); the others are marked suppressed.")
  String newSince;

  @Option(
      names = "--no-inline-suppressions",
      description = "Ignore gwdns.io/ignore annotations on objects.")
  boolean noInlineSuppressions;

  @Option(
      names = "--sarif-category",
      paramLabel = "CATEGORY",
      defaultValue = Reports.Options.DEFAULT_CATEGORY,
      description =
          "SARIF automationDetails.id, one per analysis uploaded for a commit (default: ${DEFAULT-VALUE}).")
  String sarifCategory;

  @Mixin InputOptions input;

  @Mixin GitOptions git;

  @Mixin ExternalDnsFlags externalDns;

  @Mixin GlobalOptions global;

  CheckCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws AnalysisException, IOException {
    if (usage != null) {
      throw new Options.UsageException(usage);
    }
    if (requests.isEmpty()) {
      requests.add(new Request("text"));
    }
    java.util.Set<Path> targets = new java.util.HashSet<>();
    for (Request r : requests) {
      if (r.output != null && !targets.add(r.output.toAbsolutePath().normalize())) {
        throw new Options.UsageException(
            "two reports would be written to " + r.output + ": give each --format its own file");
      }
    }
    List<ReportFormat> reportFormats = new ArrayList<>();
    List<Path> outputs = new ArrayList<>();
    for (Request r : requests) {
      reportFormats.add(Options.format(r.format));
      outputs.add(r.output);
    }
    boolean stepSummary = console.getenv("GITHUB_STEP_SUMMARY") != null;
    long toStdout = 0;
    for (int i = 0; i < reportFormats.size(); i++) {
      // In GitHub Actions, Markdown without a file goes to the step summary, not to standard
      // output.
      if (outputs.get(i) == null
          && !(stepSummary && reportFormats.get(i) == ReportFormat.MARKDOWN)) {
        toStdout++;
      }
    }
    if (toStdout > 1) {
      throw new Options.UsageException(
          "only one --format can go to standard output; give the others an --output");
    }
    Severity threshold = Options.failOn(failOn);
    paths = git.defaultPaths(paths);
    AnalysisRequest.Builder request =
        input
            .toRequest(paths, externalDns, console.in())
            .inlineSuppressions(!noInlineSuppressions)
            .baseline(baseline);
    AnalysisResult result;
    try (GitRepository repo = git.applyTo(request, paths)) {
      AnalysisRequest built = request.build();
      if (newSince != null) {
        built = withoutFindingsAt(built, newSince, repo);
      }
      result = Analyzer.run(built);
    }
    for (int i = 0; i < reportFormats.size(); i++) {
      ReportFormat format = reportFormats.get(i);
      Path output = outputs.get(i);
      if (output == null && format == ReportFormat.MARKDOWN && stepSummary) {
        // In GitHub Actions, the summary is where Markdown is read.
        try (OutputStream out =
            Files.newOutputStream(
                Path.of(console.getenv("GITHUB_STEP_SUMMARY")),
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
          Reports.write(format, result, options(threshold, false), out);
        }
        console.wrote("the markdown report", "the job summary (GITHUB_STEP_SUMMARY)");
      } else if (output == null) {
        Reports.write(
            format,
            result,
            options(threshold, Options.color(global, console)),
            new NonClosing(console.out()));
      } else {
        try (OutputStream out = Files.newOutputStream(output)) {
          Reports.write(format, result, options(threshold, false), out);
        }
        console.wrote("the " + format.id() + " report", output);
      }
    }
    if (writeBaseline != null) {
      int accepted;
      try (OutputStream out = Files.newOutputStream(writeBaseline)) {
        accepted = Baseline.write(result.findings(), out);
      }
      console.wrote(
          "a baseline of " + accepted + (accepted == 1 ? " finding" : " findings"),
          writeBaseline,
          "; pass --baseline " + writeBaseline + " to report only new ones");
      // The findings written are accepted from now on: writing them is not a failed gate.
      return ExitCode.after(ExitCode.OK, console, result);
    }
    return ExitCode.after(
        result.hasFindingsAtOrAbove(threshold) ? ExitCode.FINDINGS : ExitCode.OK, console, result);
  }

  /** The request with every finding also present at {@code rev} reported as suppressed. */
  private AnalysisRequest withoutFindingsAt(AnalysisRequest request, String rev, GitRepository open)
      throws AnalysisException {
    try (GitRepository own = open == null ? git.open() : null) {
      GitRepository repo = open != null ? open : own;
      TreeInput base =
          new TreeInput(repo.tree(repo.commit(rev)), repo.roots(GitOptions.asPaths(paths)), false);
      Set<String> present =
          Analyzer.run(request.withGit(base)).findings().stream()
              .filter(Finding::active)
              .map(Finding::fingerprint)
              .collect(Collectors.toSet());
      return request.withAccepted(present, "present at " + rev);
    }
  }

  private Reports.Options options(Severity threshold, boolean color) {
    return new Reports.Options(color, threshold, sarifCategory);
  }
}
