package io.github.gwdns.cli;

import io.github.gwdns.core.AnalysisException;
import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.git.GitRepository;
import io.github.gwdns.core.history.History;
import io.github.gwdns.core.history.HistoryWalker;
import io.github.gwdns.core.report.HistoryReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gwdns history}: for each finding present now, the commit that introduced it; and the DNS
 * log, the plan's changes commit by commit.
 */
@Command(
    name = "history",
    description =
        "Name the commit that introduced each finding, and log DNS changes commit by commit.",
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class HistoryCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Files or directories to follow (default: the current directory).")
  List<String> paths = new ArrayList<>();

  @Option(
      names = {"-n", "--max-count"},
      paramLabel = "N",
      defaultValue = "0",
      description = "Walk at most N commits (default: all).")
  int maxCount;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description = "Only commits on or after DATE (2026-01-31, or an ISO instant).")
  String since;

  @Option(
      names = "--rev",
      paramLabel = "REV",
      defaultValue = "HEAD",
      description = "Walk back from REV (default: ${DEFAULT-VALUE}).")
  String rev;

  @Option(
      names = "--repo",
      paramLabel = "DIR",
      description = "The Git repository (default: the one the current directory is in).")
  Path repo;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path output;

  @Mixin InputOptions input;

  @Mixin ExternalDnsFlags externalDns;

  @Mixin GlobalOptions global;

  HistoryCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws AnalysisException, IOException {
    if (!List.of("text", "json").contains(format)) {
      throw new Options.UsageException("unknown --format '" + format + "'; expected text or json");
    }
    if (maxCount < 0) {
      throw new Options.UsageException("--max-count must be 0 (all) or more");
    }
    paths = GitOptions.defaultPaths(paths, repo);
    AnalysisRequest template = input.toRequest(paths, externalDns, console.in()).build();
    History history;
    try (GitRepository git = GitRepository.find(repo != null ? repo : Path.of(""))) {
      ProgressLine progress = new ProgressLine(console);
      history =
          HistoryWalker.walk(
              git,
              git.commit(rev),
              template,
              git.roots(GitOptions.asPaths(paths)),
              maxCount,
              sinceInstant(),
              progress::update);
      progress.finish();
    }
    HistoryReport report = new HistoryReport(history);
    try (OutputStream out =
        output == null ? new NonClosing(console.out()) : Files.newOutputStream(output)) {
      if (format.equals("json")) {
        report.writeJson(out);
      } else {
        report.writeText(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      }
    }
    if (output != null) {
      console.wrote("the " + format + " history", output);
    }
    return ExitCode.OK.code();
  }

  private Instant sinceInstant() {
    if (since == null) {
      return null;
    }
    try {
      return since.contains("T")
          ? Instant.parse(since)
          : LocalDate.parse(since).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      throw new Options.UsageException(
          "--since '"
              + since
              + "' is not a date (2026-01-31) or an instant (2026-01-31T12:00:00Z)");
    }
  }
}
