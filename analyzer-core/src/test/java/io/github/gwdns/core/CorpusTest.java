package io.github.gwdns.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.model.Gateway;
import io.github.gwdns.core.model.KubeObject;
import io.github.gwdns.core.report.ExplainReport;
import io.github.gwdns.core.report.PlanReport;
import io.github.gwdns.core.report.StatusReport;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs gwdns over every file of the real-world corpus in ../shared/corpus/real. The corpus lives
 * beside the project, not in it: where it is absent the test is skipped, with a message saying so.
 */
public class CorpusTest {
  /** The corpus directory, or null when it is not on this machine. */
  static Path corpusDirectory() {
    Path path = configuredCorpus();
    return Files.isDirectory(path) ? path : null;
  }

  private static Path configuredCorpus() {
    return Path.of(System.getProperty("gwdns.corpus", "../../shared/corpus/real"))
        .toAbsolutePath()
        .normalize();
  }

  /**
   * The corpus, or the test is skipped, visibly: in each test rather than in a {@code @BeforeAll},
   * so surefire counts the skips.
   */
  public static Path corpusOrSkip(String test) {
    Path corpus = corpusDirectory();
    if (corpus == null) {
      System.err.println(test + " SKIPPED: no real-world corpus at " + configuredCorpus());
    }
    Assumptions.assumeTrue(
        corpus != null, "real-world corpus (" + configuredCorpus() + ") is absent: skipped");
    return corpus;
  }

  @Test
  void everyFileLoadsWithoutCrashAndEveryGatewayApiKindIsFound() throws AnalysisException {
    Path corpus = corpusOrSkip("CorpusTest");
    AnalysisResult result =
        Analyzer.run(AnalysisRequest.builder().addPath(corpus).baseDir(corpus).build());
    try (var files = Files.walk(corpus)) {
      long manifests =
          files
              .filter(Files::isRegularFile)
              .filter(p -> p.toString().matches(".*\\.(yaml|yml|json)$"))
              .filter(p -> !hidden(corpus.relativize(p)))
              .count();
      assertThat(result.stats().files()).isEqualTo((int) manifests);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    Map<String, Integer> kinds = result.stats().objectsByKind();
    for (String kind :
        new String[] {
          "Gateway",
          "HTTPRoute",
          "TLSRoute",
          "TCPRoute",
          "UDPRoute",
          "GRPCRoute",
          "ListenerSet",
          "ReferenceGrant"
        }) {
      assertThat(kinds.getOrDefault(kind, 0)).as("objects of kind %s", kind).isPositive();
    }
    // Every finding points into a real file, at a real line.
    assertThat(result.findings())
        .allSatisfy(
            f -> {
              assertThat(corpus.resolve(f.location().file())).isRegularFile();
              assertThat(f.location().startLine()).isPositive();
            });
  }

  @Test
  void planStatusAndExplainRunOnEveryRepository() throws Exception {
    Path corpus = corpusOrSkip("CorpusTest");
    List<Path> repositories;
    try (var dirs = Files.list(corpus)) {
      repositories = dirs.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(repositories).hasSizeGreaterThan(5);
    for (Path repository : repositories) {
      AnalysisResult result =
          Analyzer.run(AnalysisRequest.builder().addPath(repository).baseDir(corpus).build());
      OutputStream sink = OutputStream.nullOutputStream();
      PlanReport plan = new PlanReport(result.plan());
      plan.writeText(new OutputStreamWriter(sink, StandardCharsets.UTF_8));
      plan.writeJson(sink);
      plan.writeYaml(sink);
      StatusReport status = new StatusReport(result.inventory(), result.attachments());
      status.writeYaml(sink);
      status.writeJson(sink);
      ExplainReport explain = new ExplainReport(result);
      for (KubeObject object : result.inventory().routes()) {
        explain.write(object, new StringWriter());
      }
      for (Gateway gateway : result.manifests().gateways()) {
        explain.write(gateway, new StringWriter());
      }
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
