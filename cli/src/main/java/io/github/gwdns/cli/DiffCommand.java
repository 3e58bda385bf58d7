package io.github.gwdns.cli;

import io.github.gwdns.core.AnalysisException;
import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.Analyzer;
import io.github.gwdns.core.TreeInput;
import io.github.gwdns.core.change.FindingDiff;
import io.github.gwdns.core.change.PlanChanges;
import io.github.gwdns.core.change.RecordChange;
import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.git.GitRepository;
import io.github.gwdns.core.report.DiffReport;
import io.github.gwdns.core.report.ReportFormat;
import io.github.gwdns.core.report.Reports;
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

/**
 * {@code gwdns diff BASE [HEAD]}: what a change does to DNS and to the findings. The pull request
 * gate: it fails only on what the change introduces, so old problems need no baseline file.
 */
@Command(
    name = "diff",
    description =
        "Compare the DNS plan and the findings of two revisions (HEAD: the working tree by default).",
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class DiffCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(
      index = "0",
      paramLabel = "BASE",
      description = "The revision the change starts from, e.g. origin/main.")
  String base;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "HEAD",
      description = "The revision it ends at (default: the working tree).")
  String head;

  @Option(
      names = "--path",
      paramLabel = "PATH",
      description =
          "Files or directories to compare, relative to the current directory (repeatable; default: the current directory).")
  List<String> paths = new ArrayList<>();

  @Option(
      names = "--cached",
      description =
          "Compare with the index (what git commit would record) instead of the working tree.")
  boolean cached;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "text, json, markdown (a pull request comment) or sarif (the introduced findings) (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path output;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      defaultValue = "error",
      description =
          "Exit 1 when the change introduces a finding at or above LEVEL: error, warning, note or none (default: ${DEFAULT-VALUE}).")
  String failOn;

  @Option(
      names = "--fail-on-removal",
      description =
          "Exit 1 when the change removes DNS records: a name that stops being published (a type or target change is not a removal).")
  boolean failOnRemoval;

  @Option(
      names = "--repo",
      paramLabel = "DIR",
      description = "The Git repository (default: the one the current directory is in).")
  Path repo;

  @Mixin InputOptions input;

  @Mixin ExternalDnsFlags externalDns;

  @Mixin GlobalOptions global;

  DiffCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws AnalysisException, IOException {
    if (!List.of("text", "json", "markdown", "sarif").contains(format)) {
      throw new Options.UsageException(
          "unknown --format '" + format + "'; expected one of text, json, markdown, sarif");
    }
    if (cached && head != null) {
      throw new Options.UsageException("--cached compares with the index: give BASE only");
    }
    Severity threshold = Options.failOn(failOn);
    paths = GitOptions.defaultPaths(paths, repo);
    AnalysisRequest request = input.toRequest(paths, externalDns, console.in()).build();
    try (GitRepository git = GitRepository.find(repo != null ? repo : Path.of(""))) {
      List<String> roots = git.roots(GitOptions.asPaths(paths));
      AnalysisResult before =
          Analyzer.run(request.withGit(new TreeInput(git.tree(git.commit(base)), roots, false)));
      AnalysisResult after;
      String headName;
      if (head != null) {
        after =
            Analyzer.run(request.withGit(new TreeInput(git.tree(git.commit(head)), roots, false)));
        headName = head;
      } else if (cached) {
        after = Analyzer.run(request.withGit(new TreeInput(git.index(), roots, false)));
        headName = "the index";
      } else {
        if (git.isBare()) {
          throw new AnalysisException(
              "a bare repository has no working tree: name both revisions, gwdns diff BASE HEAD");
        }
        after = Analyzer.run(request);
        headName = "the working tree";
      }
      // Instance by instance: a public and a private external-dns each publish their own records.
      PlanChanges plan = PlanChanges.between(before.plans(), after.plans());
      FindingDiff findings = FindingDiff.between(before.findings(), after.findings());
      write(
          new DiffReport(base, headName, plan, findings), after, findings.introduced(), threshold);
      boolean failing =
          findings.introduced().stream()
                  .anyMatch(f -> threshold != null && f.severity().isAtLeast(threshold))
              || (failOnRemoval && !plan.of(RecordChange.Kind.REMOVED).isEmpty());
      return ExitCode.after(failing ? ExitCode.FINDINGS : ExitCode.OK, console, before, after);
    }
  }

  private void write(
      DiffReport report, AnalysisResult after, List<Finding> introduced, Severity threshold)
      throws IOException {
    try (OutputStream out =
        output == null ? new NonClosing(console.out()) : Files.newOutputStream(output)) {
      switch (format) {
        case "json" -> report.writeJson(out);
        case "markdown" ->
            report.writeMarkdown(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        case "sarif" ->
            Reports.write(
                ReportFormat.SARIF,
                after.withFindings(introduced),
                new Reports.Options(false, threshold, Reports.Options.DEFAULT_CATEGORY),
                out);
        default ->
            report.writeText(
                new OutputStreamWriter(out, StandardCharsets.UTF_8),
                output == null && Options.color(global, console));
      }
    }
    if (output != null) {
      console.wrote("the " + format + " diff", output);
    }
  }
}
