package io.github.gwdns.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.AnalysisException;
import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.Analyzer;
import io.github.gwdns.core.report.JsonReport;
import io.github.gwdns.core.report.TextReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Regenerates the committed reports of every sample repository and fails on any byte difference.
 * Run with {@code -Dgwdns.bless=true} to rewrite them, then review the diff.
 */
class SamplesTest {
  private static final Path SAMPLES = Path.of("samples");
  private static final Path REPORTS = Path.of("reports");
  private static final boolean BLESS = Boolean.getBoolean("gwdns.bless");

  static List<Path> samples() throws IOException {
    try (Stream<Path> dirs = Files.list(SAMPLES)) {
      return dirs.filter(Files::isDirectory).sorted().toList();
    }
  }

  static AnalysisResult analyze(Path sample) throws AnalysisException {
    return Analyzer.run(AnalysisRequest.builder().addPath(sample).baseDir(sample).build());
  }

  static String text(AnalysisResult result) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
    new TextReport(false).write(result, writer);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  static String json(AnalysisResult result) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new JsonReport().write(result, bytes);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @TestFactory
  Stream<DynamicTest> committedReportsMatchByteForByte() throws IOException {
    return samples().stream()
        .flatMap(
            sample -> {
              String name = sample.getFileName().toString();
              return Stream.of(
                  DynamicTest.dynamicTest(name + ".txt", () -> compare(REPORTS.resolve(name + ".txt"), text(analyze(sample)))),
                  DynamicTest.dynamicTest(name + ".json", () -> compare(REPORTS.resolve(name + ".json"), json(analyze(sample)))));
            });
  }

  @Test
  void sameInputGivesTheSameBytes() throws Exception {
    for (Path sample : samples()) {
      assertThat(json(analyze(sample))).isEqualTo(json(analyze(sample)));
    }
  }

  @Test
  void everyReportBelongsToASample() throws IOException {
    List<String> names = samples().stream().map(p -> p.getFileName().toString()).toList();
    try (Stream<Path> reports = Files.list(REPORTS)) {
      reports.forEach(
          report -> {
            String file = report.getFileName().toString();
            assertThat(names).as("sample for report %s", file).contains(file.substring(0, file.lastIndexOf('.')));
          });
    }
  }

  private static void compare(Path golden, String actual) throws IOException {
    if (BLESS) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(golden).as("golden report %s (run with -Dgwdns.bless=true to create it)", golden).exists();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
