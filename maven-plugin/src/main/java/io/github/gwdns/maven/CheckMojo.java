package io.github.gwdns.maven;

import io.github.gwdns.core.AnalysisException;
import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.load.RepositoryRoot;
import io.github.gwdns.core.report.ReportFormat;
import io.github.gwdns.core.report.Reports;
import io.github.gwdns.core.report.Summary;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn gwdns:check}: logs every finding the way the compiler plugin logs errors, writes the
 * reports, and fails the build on findings at or above {@code failOn}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractGwdnsMojo {
  static final String FAILED = "gwdns: findings at or above %s: %s";

  /** Fail the build on findings at or above this level: error, warning, note or none. */
  @Parameter(property = "gwdns.failOn", defaultValue = "error")
  String failOn;

  /**
   * Report files to write in outputDirectory: sarif (gwdns.sarif), json (gwdns.json), text
   * (gwdns.txt), markdown (gwdns.md), junit (TEST-gwdns.xml). Findings are always logged.
   */
  @Parameter(property = "gwdns.formats", defaultValue = "sarif")
  List<String> formats = new ArrayList<>();

  /**
   * A baseline file (written by the CLI's --write-baseline): the findings it lists are suppressed.
   */
  @Parameter(property = "gwdns.baseline")
  File baseline;

  /** Whether gwdns.io/ignore annotations suppress findings. */
  @Parameter(property = "gwdns.inlineSuppressions", defaultValue = "true")
  boolean inlineSuppressions = true;

  /** SARIF automationDetails.id; give each analysis of one commit its own. */
  @Parameter(property = "gwdns.sarifCategory", defaultValue = Reports.Options.DEFAULT_CATEGORY)
  String sarifCategory = Reports.Options.DEFAULT_CATEGORY;

  @Override
  AnalysisRequest.Builder toRequest() throws AnalysisException, MojoExecutionException {
    reportFormats(); // a mistyped format fails before the analysis, not after it
    if (baseline != null && !baseline.isFile()) {
      throw new MojoExecutionException("gwdns: baseline '" + baseline + "' does not exist");
    }
    return super.toRequest()
        .inlineSuppressions(inlineSuppressions)
        .baseline(baseline == null ? null : baseline.toPath());
  }

  @Override
  void report(AnalysisResult result)
      throws IOException, MojoFailureException, MojoExecutionException {
    Severity threshold = threshold(failOn);
    Set<ReportFormat> files = reportFormats();
    Path base = basedirOfFindings();
    for (Finding f : result.findings()) {
      if (!f.active()) {
        continue;
      }
      String line =
          base.resolve(f.location().file()).normalize()
              + ":["
              + f.location().startLine()
              + ","
              + f.location().startColumn()
              + "] "
              + f.ruleId()
              + ": "
              + io.github.gwdns.core.report.SafeText.of(f.message());
      if (threshold != null && f.severity().isAtLeast(threshold)) {
        // What fails the build is logged as an error, so `mvn -q` still shows it.
        getLog().error(line);
      } else {
        switch (f.severity()) {
          case ERROR -> getLog().error(line);
          case WARNING -> getLog().warn(line);
          case NOTE -> getLog().info(line);
        }
      }
    }
    for (ReportFormat format : files) {
      Path file = outputDirectory.toPath().resolve(fileName(format));
      try (OutputStream out = Files.newOutputStream(file)) {
        Reports.write(format, result, new Reports.Options(false, threshold, sarifCategory), out);
      }
      getLog().info("gwdns: wrote " + file);
    }
    String summary =
        Summary.line(result)
            + (result.suppressed() > 0 ? "; " + result.suppressed() + " suppressed" : "");
    failOnUnreadable(result);
    if (result.hasFindingsAtOrAbove(threshold)) {
      throw new MojoFailureException(String.format(Locale.ROOT, FAILED, threshold.id(), summary));
    }
    getLog().info("gwdns: " + summary);
  }

  /**
   * Findings are relative to the repository root; the log shows absolute paths, which IDEs link.
   */
  private Path basedirOfFindings() {
    return RepositoryRoot.of(basedir.toPath());
  }

  Set<ReportFormat> reportFormats() throws MojoExecutionException {
    Set<ReportFormat> result = new LinkedHashSet<>();
    for (String name : formats) {
      if (name.isBlank()) {
        continue;
      }
      ReportFormat format;
      try {
        format = ReportFormat.parse(name);
      } catch (IllegalArgumentException e) {
        // Only the formats a file can hold: github is refused below, so it is not offered.
        List<String> accepted = new ArrayList<>();
        for (ReportFormat f : ReportFormat.values()) {
          if (f != ReportFormat.GITHUB) {
            accepted.add(f.id());
          }
        }
        throw new MojoExecutionException(
            "gwdns: formats: unknown format '"
                + name.trim()
                + "'; expected one of "
                + String.join(", ", accepted)
                + io.github.gwdns.core.finding.Spelling.didYouMean(name.trim(), accepted),
            e);
      }
      if (format == ReportFormat.GITHUB) {
        throw new MojoExecutionException(
            "gwdns: formats: github writes workflow commands to standard output;"
                + " use the CLI in GitHub Actions, or sarif with github/codeql-action/upload-sarif");
      }
      result.add(format);
    }
    return result;
  }

  static String fileName(ReportFormat format) {
    return switch (format) {
      case SARIF -> "gwdns.sarif";
      case JSON -> "gwdns.json";
      case TEXT -> "gwdns.txt";
      case MARKDOWN -> "gwdns.md";
      case JUNIT -> "TEST-gwdns.xml";
      case GITHUB -> throw new IllegalArgumentException("github has no file");
    };
  }

  static Severity threshold(String failOn) throws MojoExecutionException {
    if ("none".equalsIgnoreCase(failOn.trim())) {
      return null;
    }
    try {
      return Severity.parse(failOn);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("gwdns: failOn: " + e.getMessage() + " (or none)", e);
    }
  }
}
