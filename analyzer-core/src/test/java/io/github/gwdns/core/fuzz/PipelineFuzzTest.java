package io.github.gwdns.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.gwdns.core.AnalysisException;
import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.Analyzer;
import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.finding.ManifestProblem;
import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.load.LoadLimits;
import io.github.gwdns.core.load.ManifestLoader;
import io.github.gwdns.core.load.SourceFile;
import io.github.gwdns.core.report.PlansReport;
import io.github.gwdns.core.report.ReportFormat;
import io.github.gwdns.core.report.Reports;
import io.github.gwdns.core.report.StatusReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

/**
 * Coverage-guided fuzz tests of the loader and of the whole pipeline, with Jazzer. In the normal
 * build they replay the inputs under {@code
 * src/test/resources/.../PipelineFuzzTestInputs/<method>/} (a seed corpus taken from the rule
 * fixtures, plus every crash ever found, kept as regression cases); {@code mvn -Pfuzz ...} (docs in
 * SECURITY.md) fuzzes them for a bounded time.
 *
 * <p>The properties: nothing throws; every problem is located inside the file; every report of
 * every format is written; and the same input gives the same bytes twice.
 */
class PipelineFuzzTest {
  /** Smaller than the defaults, so the fuzzer spends its time on structure, not on size. */
  private static final LoadLimits LIMITS = LoadLimits.DEFAULTS.withMaxFileBytes(1 << 20);

  @FuzzTest(maxDuration = "5m")
  void loaderLocatesEveryProblemAndNeverThrows(byte[] input) {
    ManifestLoader.Result result =
        new ManifestLoader(LIMITS).load(List.of(SourceFile.ofBytes("f.yaml", input)));
    // Line breaks as YAML counts them: LF, CR LF, and a lone CR (found by the fuzzer: a file of
    // CRs has as many lines).
    long lines = 1;
    for (int i = 0; i < input.length; i++) {
      if (input[i] == '\n'
          || (input[i] == '\r' && (i + 1 >= input.length || input[i + 1] != '\n'))) {
        lines++;
      }
    }
    for (ManifestProblem p : result.problems()) {
      assertThat(p.range().file()).isEqualTo("f.yaml");
      assertThat(p.range().startLine()).isBetween(1, (int) Math.max(1, lines + 1));
      assertThat(p.range().startColumn()).isPositive();
      assertThat(p.message()).isNotBlank();
    }
  }

  @FuzzTest(maxDuration = "5m")
  void pipelineReportsEverythingDeterministically(byte[] input)
      throws AnalysisException, IOException {
    byte[] first = analyzeAndReport(input);
    byte[] second = analyzeAndReport(input);
    assertThat(Arrays.equals(first, second)).as("the same input gives the same bytes").isTrue();
  }

  private static byte[] analyzeAndReport(byte[] input) throws AnalysisException, IOException {
    AnalysisResult result =
        Analyzer.run(
            AnalysisRequest.builder()
                .addSource(SourceFile.ofBytes("m.yaml", input))
                .limits(LIMITS)
                .build());
    for (Finding f : result.findings()) {
      assertThat(f.location().startLine()).isPositive();
      assertThat(f.message()).isNotBlank();
      assertThat(f.fingerprint()).isNotBlank();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (ReportFormat format : ReportFormat.values()) {
      Reports.write(
          format,
          result,
          new Reports.Options(false, Severity.ERROR, Reports.Options.DEFAULT_CATEGORY),
          out);
    }
    PlansReport plan = new PlansReport(result);
    plan.writeJson(out);
    plan.writeYaml(out);
    StringWriter text = new StringWriter();
    plan.writeText(text);
    new StatusReport(result.inventory(), result.attachments()).writeYaml(out);
    out.write(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
