package io.github.gwdns.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gwdns.core.AnalysisException;
import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.Analyzer;
import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.finding.Suppression;
import io.github.gwdns.core.load.SourceFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gwdns.io/ignore} annotations and baselines. */
class SuppressionsTest {
  private static final String GATEWAY =
      """
      apiVersion: gateway.networking.k8s.io/v1
      kind: Gateway
      metadata: {name: public, namespace: infra}
      spec:
        gatewayClassName: envoy
        listeners:
        - {name: http, port: 80, protocol: HTTP, hostname: "*.example.com"}
      status:
        addresses: [{value: 203.0.113.10}]
      ---
      apiVersion: gateway.networking.k8s.io/v1
      kind: GatewayClass
      metadata: {name: envoy}
      spec: {controllerName: example.com/gateway}
      """;
  private static final String ROUTE =
      """
      apiVersion: gateway.networking.k8s.io/v1
      kind: HTTPRoute
      metadata:
        name: web
        namespace: shop
        annotations: {%s}
      spec:
        parentRefs: [{name: public, namespace: infra}]
        hostnames: [shop.example.org]
      """;

  @TempDir Path dir;

  private static AnalysisResult analyze(String ignore, AnalysisRequest.Builder request)
      throws AnalysisException {
    request.addSource(SourceFile.ofBytes("gateway.yaml", GATEWAY.getBytes(StandardCharsets.UTF_8)));
    request.addSource(
        SourceFile.ofBytes("route.yaml", ROUTE.formatted(ignore).getBytes(StandardCharsets.UTF_8)));
    return Analyzer.run(request.build());
  }

  private static List<String> active(AnalysisResult result) {
    return result.findings().stream()
        .filter(Finding::active)
        .map(f -> f.ruleId() + " " + f.location().display())
        .toList();
  }

  @Test
  void withoutAnnotationTheRejectionIsReported() throws AnalysisException {
    assertThat(active(analyze("", AnalysisRequest.builder())))
        .containsExactly("namespace-not-allowed route.yaml:8:16");
  }

  @Test
  void severalIdsShareOneReason() throws AnalysisException {
    AnalysisResult result =
        analyze(
            "gwdns.io/ignore: ' namespace-not-allowed , hostname-mismatch :  moved next sprint '",
            AnalysisRequest.builder());
    // hostname-mismatch does not fire: the route is refused before its hostnames are compared.
    assertThat(active(result)).containsExactly("invalid-manifest route.yaml:6:34");
    assertThat(result.suppressed()).isEqualTo(1);
    Finding suppressed =
        result.findings().stream().filter(f -> !f.active()).findFirst().orElseThrow();
    assertThat(suppressed.ruleId()).isEqualTo("namespace-not-allowed");
    assertThat(suppressed.suppression())
        .isEqualTo(new Suppression(Suppression.IN_SOURCE, "moved next sprint"));
  }

  @Test
  void suppressesOnlyTheNamedRuleAndSaysWhenItMatchesNothing() throws AnalysisException {
    AnalysisResult result =
        analyze("gwdns.io/ignore: 'dns-conflict: not this one'", AnalysisRequest.builder());
    assertThat(active(result))
        .containsExactly(
            "invalid-manifest route.yaml:6:34", "namespace-not-allowed route.yaml:8:16");
    Finding unused = result.findings().get(0);
    assertThat(unused.severity()).isEqualTo(io.github.gwdns.core.finding.Severity.NOTE);
    assertThat(unused.message())
        .isEqualTo(
            "HTTPRoute shop/web: its `gwdns.io/ignore` annotation hides a rule that finds nothing"
                + " here. annotation `gwdns.io/ignore` suppresses `dns-conflict`,"
                + " which reports nothing on this HTTPRoute: remove it from the annotation, so it cannot hide a later, real finding"
                + " (findings of a Gateway's routes are suppressed on each route).");
    // A rule turned off reports nothing anywhere: its suppression is not unused.
    AnalysisRequest.Builder off =
        AnalysisRequest.builder().rules(RuleSelection.defaults().with("dns-conflict", "off"));
    assertThat(active(analyze("gwdns.io/ignore: 'dns-conflict: not this one'", off)))
        .containsExactly("namespace-not-allowed route.yaml:8:16");
  }

  @Test
  void aBaselineAcceptsTheFindingsAboutAnnotationsToo() throws Exception {
    AnalysisResult before =
        analyze("gwdns.io/ignore: namespace-not-allowed", AnalysisRequest.builder());
    assertThat(active(before)).contains("invalid-manifest route.yaml:6:34");
    Path file = dir.resolve("baseline.json");
    try (OutputStream out = Files.newOutputStream(file)) {
      Baseline.write(before.findings(), out);
    }
    assertThat(
            active(
                analyze(
                    "gwdns.io/ignore: namespace-not-allowed",
                    AnalysisRequest.builder().baseline(file))))
        .isEmpty();
  }

  @Test
  void malformedAnnotationsAreWarningsThatSuppressNothing() throws AnalysisException {
    AnalysisResult noReason =
        analyze("gwdns.io/ignore: namespace-not-allowed", AnalysisRequest.builder());
    assertThat(noReason.findings())
        .extracting(Finding::message)
        .contains(
            "HTTPRoute shop/web: its `gwdns.io/ignore` annotation suppresses nothing as written."
                + " annotation `gwdns.io/ignore` needs a reason: write `<rule-id>[,<rule-id>]: <why>`;"
                + " without one it suppresses nothing.");
    assertThat(active(noReason)).contains("namespace-not-allowed route.yaml:8:16");

    AnalysisResult unknown =
        analyze("gwdns.io/ignore: 'namespace-not-alowed: typo'", AnalysisRequest.builder());
    assertThat(unknown.findings())
        .extracting(Finding::message)
        .contains(
            "HTTPRoute shop/web: its `gwdns.io/ignore` annotation suppresses nothing as written."
                + " annotation `gwdns.io/ignore` names unknown rule `namespace-not-alowed`; did you mean"
                + " `namespace-not-allowed`? (see `gwdns rules`).");
    assertThat(
            unknown.findings().stream()
                .filter(f -> f.ruleId().equals("invalid-manifest"))
                .findFirst()
                .orElseThrow()
                .location()
                .display())
        .isEqualTo("route.yaml:6:34");
  }

  @Test
  void malformedAnnotationsAreNotReportedWhenInvalidManifestIsOff() throws AnalysisException {
    AnalysisRequest.Builder request =
        AnalysisRequest.builder().rules(RuleSelection.defaults().with("invalid-manifest", "off"));
    assertThat(active(analyze("gwdns.io/ignore: namespace-not-allowed", request)))
        .containsExactly("namespace-not-allowed route.yaml:8:16");
  }

  @Test
  void inlineSuppressionsCanBeIgnored() throws AnalysisException {
    assertThat(
            active(
                analyze(
                    "gwdns.io/ignore: 'namespace-not-allowed: why'",
                    AnalysisRequest.builder().inlineSuppressions(false))))
        .containsExactly("namespace-not-allowed route.yaml:8:16");
  }

  @Test
  void baselineRoundTripsAndSurvivesMovedLines() throws Exception {
    AnalysisResult before = analyze("", AnalysisRequest.builder());
    Path file = dir.resolve("baseline.json");
    try (OutputStream out = Files.newOutputStream(file)) {
      Baseline.write(before.findings(), out);
    }
    assertThat(Baseline.read(file)).hasSize(1);

    AnalysisRequest.Builder request = AnalysisRequest.builder().baseline(file);
    // Blank lines move every finding; fingerprints do not depend on lines.
    request.addSource(
        SourceFile.ofBytes("gateway.yaml", ("\n\n" + GATEWAY).getBytes(StandardCharsets.UTF_8)));
    request.addSource(
        SourceFile.ofBytes(
            "route.yaml", ("\n\n" + ROUTE.formatted("")).getBytes(StandardCharsets.UTF_8)));
    AnalysisResult after = Analyzer.run(request.build());
    assertThat(active(after)).isEmpty();
    assertThat(after.findings())
        .allSatisfy(
            f ->
                assertThat(f.suppression())
                    .isEqualTo(new Suppression(Suppression.EXTERNAL, "accepted in the baseline")));
  }

  @Test
  void aFileThatIsNotABaselineIsRefused() throws IOException {
    Path file = dir.resolve("other.json");
    Files.writeString(file, "{\"results\": []}");
    assertThatThrownBy(() -> Baseline.read(file))
        .isInstanceOf(IOException.class)
        .hasMessage(
            file
                + " is not a gwdns baseline (no \"findings\" list); write one with --write-baseline");
    Files.writeString(file, "{not json");
    assertThatThrownBy(() -> Baseline.read(file)).isInstanceOf(IOException.class);
  }
}
