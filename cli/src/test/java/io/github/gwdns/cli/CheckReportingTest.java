package io.github.gwdns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Report formats, suppressions, baselines and the config file through the real CLI. */
class CheckReportingTest {
  private static final String GATEWAY =
      """
      apiVersion: gateway.networking.k8s.io/v1
      kind: Gateway
      metadata: {name: public, namespace: infra}
      spec:
        gatewayClassName: envoy
        listeners:
        - {name: https, port: 443, protocol: HTTPS, hostname: "*.example.com", tls: {certificateRefs: [{name: c}]}}
      status:
        addresses: [{value: 203.0.113.10}]
      """;
  private static final String ROUTE =
      """
      apiVersion: gateway.networking.k8s.io/v1
      kind: HTTPRoute
      metadata:
        name: web
        namespace: shop
        annotations: %s
      spec:
        parentRefs: [{name: public, namespace: infra}]
        hostnames: [shop.example.com]
      """;

  @TempDir Path dir;
  @TempDir Path elsewhere;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final Map<String, String> env = new HashMap<>();

  @BeforeEach
  void write() throws IOException {
    Files.writeString(dir.resolve("gateway.yaml"), GATEWAY);
    route("{}");
  }

  private void route(String annotations) throws IOException {
    Files.writeString(dir.resolve("route.yaml"), ROUTE.formatted(annotations));
  }

  private int run(String... args) {
    out.reset();
    err.reset();
    return Main.run(
        args,
        new Console(
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            false,
            env));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private static JsonNode json(String text) throws IOException {
    return new ObjectMapper().readTree(text);
  }

  @Test
  void writesSeveralFormatsInOneRun() throws IOException {
    Path sarif = dir.resolve("gwdns.sarif");
    Path json = dir.resolve("gwdns.json");
    assertThat(
            run(
                "check",
                "--format",
                "sarif",
                "-o",
                sarif.toString(),
                "--format",
                "json",
                "-o",
                json.toString(),
                "--format",
                "text",
                dir.toString()))
        .isEqualTo(1);
    JsonNode run = json(Files.readString(sarif)).get("runs").get(0);
    assertThat(run.get("results")).hasSize(2);
    // Sorted by file: gateway.yaml before route.yaml.
    assertThat(run.get("results").get(0).get("ruleId").asText())
        .isEqualTo("gatewayclass-not-found");
    assertThat(run.get("results").get(1).get("ruleId").asText()).isEqualTo("namespace-not-allowed");
    assertThat(run.get("automationDetails").get("id").asText()).isEqualTo("gwdns/");
    assertThat(json(Files.readString(json)).get("summary").get("errors").asInt()).isEqualTo(1);
    assertThat(out())
        .contains("error   [namespace-not-allowed] HTTPRoute shop/web")
        .endsWith("gwdns: 1 error, 0 warnings, 1 note in 2 files (2 objects)\n");
    assertThat(err())
        .isEqualTo(
            "gwdns: wrote the sarif report to "
                + sarif
                + "\ngwdns: wrote the json report to "
                + json
                + "\n");
  }

  @Test
  void reportsWrittenUnderTheAnalyzedDirectoryAreNotReadAsInput() throws IOException {
    run(
        "check",
        "--format",
        "sarif",
        "-o",
        dir.resolve("gwdns.sarif.json").toString(),
        "--format",
        "json",
        "-o",
        dir.resolve("report.json").toString(),
        "--write-baseline",
        dir.resolve("gwdns-baseline.json").toString(),
        dir.toString());
    assertThat(run("check", "--format", "json", dir.toString())).isEqualTo(1);
    JsonNode report = json(out());
    assertThat(report.get("findings").findValuesAsText("ruleId"))
        .containsExactly("gatewayclass-not-found", "namespace-not-allowed");
    assertThat(report.get("files").findValuesAsText("role"))
        .containsExactly("gwdns-output", "gwdns-output", "gwdns-output");
    run("check", dir.toString());
    assertThat(out())
        .contains(
            "notice: 3 files are not Kubernetes objects and not analyzed as such: 3 gwdns baselines and reports\n");
  }

  @Test
  void sarifCategoryNamesTheAnalysis() throws IOException {
    run("check", "--format", "sarif", "--sarif-category", "gwdns/prod", dir.toString());
    assertThat(json(out()).get("runs").get(0).get("automationDetails").get("id").asText())
        .isEqualTo("gwdns/prod/");
  }

  @Test
  void refusesOutputsThatDoNotPairWithFormats() {
    assertThat(run("check", "--format", "json", "--format", "sarif", dir.toString())).isEqualTo(2);
    assertThat(err())
        .isEqualTo(
            "gwdns: only one --format can go to standard output; give the others an --output\n");
    err.reset();
    assertThat(run("check", "-o", "a", "-o", "b", dir.toString())).isEqualTo(2);
    assertThat(err())
        .isEqualTo(
            "gwdns: --output b follows a --format that already has one: give each --format its own --output\n");
    err.reset();
    assertThat(run("check", "-o", "x.txt", "--format", "json", dir.toString())).isEqualTo(2);
    assertThat(err())
        .isEqualTo(
            "gwdns: --output comes before any --format: put each --output after the --format it belongs to\n");
    err.reset();
    assertThat(
            run(
                "check",
                "--format",
                "json",
                "-o",
                "same.out",
                "--format",
                "sarif",
                "-o",
                "same.out",
                dir.toString()))
        .isEqualTo(2);
    assertThat(err())
        .isEqualTo(
            "gwdns: two reports would be written to same.out: give each --format its own file\n");
  }

  @Test
  void eachOutputBelongsToTheFormatBeforeIt() throws IOException {
    // The README's example: github goes to standard output, markdown to its file.
    Path sarif = dir.resolve("gwdns.sarif");
    Path markdown = dir.resolve("summary.md");
    assertThat(
            run(
                "check",
                "--format",
                "sarif",
                "-o",
                sarif.toString(),
                "--format",
                "github",
                "--format",
                "markdown",
                "-o",
                markdown.toString(),
                dir.toString()))
        .isEqualTo(1);
    assertThat(json(Files.readString(sarif)).get("version").asText()).isEqualTo("2.1.0");
    assertThat(Files.readString(markdown)).startsWith("## gwdns\n");
    assertThat(out()).startsWith("::notice file=");
    out.reset();
    Path text = dir.resolve("report.txt");
    assertThat(run("check", "-o", text.toString(), dir.toString())).isEqualTo(1);
    assertThat(Files.readString(text))
        .endsWith("gwdns: 1 error, 0 warnings, 1 note in 2 files (2 objects)\n");
    assertThat(out()).isEmpty();
    assertThat(err()).isEqualTo("gwdns: wrote the text report to " + text + "\n");
  }

  @Test
  void theReadmeWorkflowStepWritesSarifAndTheStepSummary() throws IOException {
    // The README's GitHub Actions step: sarif to a file, markdown to the step summary, text to the
    // log.
    Path summary = dir.resolve("step-summary.md");
    env.put("GITHUB_ACTIONS", "true");
    env.put("GITHUB_STEP_SUMMARY", summary.toString());
    Path sarif = dir.resolve("gwdns.sarif");
    assertThat(
            run(
                "check",
                "--format",
                "sarif",
                "-o",
                sarif.toString(),
                "--format",
                "markdown",
                "--format",
                "text",
                dir.toString()))
        .isEqualTo(1);
    assertThat(err())
        .isEqualTo(
            "gwdns: wrote the sarif report to "
                + sarif
                + "\ngwdns: wrote the markdown report to the job summary (GITHUB_STEP_SUMMARY)\n");
    assertThat(json(Files.readString(sarif)).get("runs").get(0).get("results")).hasSize(2);
    assertThat(Files.readString(summary)).startsWith("## gwdns\n");
    assertThat(out()).endsWith("gwdns: 1 error, 0 warnings, 1 note in 2 files (2 objects)\n");
  }

  @Test
  void githubFormatWritesWorkflowCommands() {
    assertThat(run("check", "--format", "github", dir.toString())).isEqualTo(1);
    String[] lines = out().split("\n");
    assertThat(lines).hasSize(2);
    assertThat(lines[0]).startsWith("::notice file=").contains("title=gatewayclass-not-found::");
    assertThat(lines[1])
        .matches(
            "::error file=.*route\\.yaml,line=8,col=16,endLine=8,endColumn=48,"
                + "title=namespace-not-allowed::HTTPRoute shop/web gets no DNS record: .*");
  }

  @Test
  void junitFormatHasOneSuitePerRule() throws Exception {
    run("check", "--format", "junit", dir.toString());
    Document xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(out.toByteArray()));
    assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("1");
    assertThat(xml.getElementsByTagName("testsuite").getLength())
        .isEqualTo(io.github.gwdns.core.rules.BuiltInRules.ALL.size());
    assertThat(
            xml.getElementsByTagName("failure")
                .item(0)
                .getAttributes()
                .getNamedItem("type")
                .getNodeValue())
        .isEqualTo("error");
  }

  @Test
  void markdownGoesToTheGithubStepSummaryWhenThereIsOne() throws IOException {
    Path summary = dir.resolve("summary.md");
    Files.writeString(summary, "earlier step\n");
    env.put("GITHUB_STEP_SUMMARY", summary.toString());
    assertThat(run("check", "--format", "markdown", dir.toString())).isEqualTo(1);
    assertThat(out()).isEmpty();
    assertThat(Files.readString(summary))
        .startsWith("earlier step\n## gwdns\n")
        .contains("| :x: error | `namespace-not-allowed` | HTTPRoute/shop/web |");
    env.clear();
    run("check", "--format", "markdown", dir.toString());
    assertThat(out()).startsWith("## gwdns\n");
  }

  @Test
  void inlineSuppressionNeedsAReasonAndCanBeIgnored() throws IOException {
    route(
        "{gwdns.io/ignore: 'namespace-not-allowed: tenant namespaces are labelled by the operator'}");
    assertThat(run("check", dir.toString())).isZero();
    assertThat(out())
        .doesNotContain("namespace-not-allowed")
        .endsWith("gwdns: 0 errors, 0 warnings, 1 note in 2 files (2 objects); 1 suppressed\n");
    assertThat(run("check", "--no-inline-suppressions", dir.toString())).isEqualTo(1);

    route("{gwdns.io/ignore: namespace-not-allowed}");
    assertThat(run("check", dir.toString())).isEqualTo(1);
    assertThat(out())
        .contains(
            "warning [invalid-manifest] HTTPRoute shop/web: its `gwdns.io/ignore` annotation suppresses nothing as written. annotation `gwdns.io/ignore` needs a reason");
  }

  @Test
  void suppressedFindingsStayInSarifWithTheirJustification() throws IOException {
    route(
        "{gwdns.io/ignore: 'namespace-not-allowed: tenant namespaces are labelled by the operator'}");
    run("check", "--format", "sarif", dir.toString());
    JsonNode result = json(out()).get("runs").get(0).get("results").get(1);
    assertThat(result.get("ruleId").asText()).isEqualTo("namespace-not-allowed");
    JsonNode suppression = result.get("suppressions").get(0);
    assertThat(suppression.get("kind").asText()).isEqualTo("inSource");
    assertThat(suppression.get("justification").asText())
        .isEqualTo("tenant namespaces are labelled by the operator");
  }

  @Test
  void baselineAcceptsTodaysFindingsAndReportsNewOnes() throws IOException {
    Path baseline = elsewhere.resolve("gwdns-baseline.json");
    assertThat(run("check", "--write-baseline", baseline.toString(), dir.toString())).isZero();
    assertThat(err())
        .isEqualTo(
            "gwdns: wrote a baseline of 2 findings to "
                + baseline
                + "; pass --baseline "
                + baseline
                + " to report only new ones\n");
    JsonNode written = json(Files.readString(baseline));
    assertThat(written.get("findings").findValuesAsText("ruleId"))
        .containsExactlyInAnyOrder("gatewayclass-not-found", "namespace-not-allowed");
    assertThat(written.get("findings").findValuesAsText("fingerprint")).isSorted();

    assertThat(run("check", "--baseline", baseline.toString(), dir.toString())).isZero();
    assertThat(out())
        .endsWith("gwdns: 0 errors, 0 warnings, 0 notes in 2 files (2 objects); 2 suppressed\n");

    Files.writeString(
        dir.resolve("route2.yaml"), ROUTE.formatted("{}").replace("name: web", "name: shop"));
    assertThat(run("check", "--baseline", baseline.toString(), dir.toString())).isEqualTo(1);
    assertThat(out())
        .contains("[namespace-not-allowed] HTTPRoute shop/shop")
        .doesNotContain("HTTPRoute shop/web:");
  }

  @Test
  void missingBaselineIsAnInputError() {
    assertThat(run("check", "--baseline", dir.resolve("none.json").toString(), dir.toString()))
        .isEqualTo(2);
    assertThat(err()).startsWith("gwdns: ").contains("none.json").doesNotContain("Exception");
  }

  @Test
  void configFileSetsRuleLevelsAndCommandLineWins() throws IOException {
    Files.writeString(
        dir.resolve(".gwdns.yaml"),
        "rules:\n  namespace-not-allowed: warning\n  gatewayclass-not-found: off\n");
    assertThat(run("check", dir.toString())).isZero();
    assertThat(out())
        .contains("warning [namespace-not-allowed]")
        .doesNotContain("gatewayclass-not-found")
        .endsWith("gwdns: 0 errors, 1 warning, 0 notes in 2 files (2 objects)\n");
    assertThat(run("check", "--fail-on", "warning", dir.toString())).isEqualTo(1);

    Path other = dir.resolve("other.yaml.conf");
    Files.writeString(other, "rules: {namespace-not-allowed: off}\n");
    assertThat(run("check", "--config", other.toString(), dir.toString())).isZero();
    assertThat(out()).doesNotContain("namespace-not-allowed").contains("[gatewayclass-not-found]");
  }

  @Test
  void theRepositorysConfigAppliesToASubdirectoryAndIsNamed() throws IOException {
    Files.createDirectory(dir.resolve(".git"));
    Path apps = Files.createDirectory(dir.resolve("apps"));
    Files.move(dir.resolve("route.yaml"), apps.resolve("route.yaml"));
    Files.move(dir.resolve("gateway.yaml"), apps.resolve("gateway.yaml"));
    Files.writeString(dir.resolve(".gwdns.yaml"), "rules:\n  namespace-not-allowed: warning\n");
    assertThat(run("check", apps.toString())).isZero();
    assertThat(out())
        .contains("warning [namespace-not-allowed]")
        .contains(dir.resolve(".gwdns.yaml") + ": notice: settings read from this file\n");
  }

  @Test
  void configMistakesArePointedAt() throws IOException {
    Files.writeString(
        dir.resolve(".gwdns.yaml"),
        "rules:\n  namespace-not-allowed: warning\n  no-such-rule: off\n");
    assertThat(run("check", dir.toString())).isEqualTo(2);
    assertThat(err())
        .endsWith(".gwdns.yaml:3:17: unknown rule `no-such-rule` (see `gwdns rules`)\n");
    Files.writeString(dir.resolve(".gwdns.yaml"), "rules: {}\nexlude: [x]\n");
    assertThat(run("check", dir.toString())).isEqualTo(2);
    assertThat(err())
        .contains(".gwdns.yaml:2:1: unknown key `exlude`; did you mean `exclude`? (known:");
    Files.writeString(dir.resolve(".gwdns.yaml"), "rules:\n  namespace-not-alowed: off\n");
    assertThat(run("check", dir.toString())).isEqualTo(2);
    assertThat(err())
        .endsWith(
            ".gwdns.yaml:2:25: unknown rule `namespace-not-alowed`; did you mean"
                + " `namespace-not-allowed`? (see `gwdns rules`)\n");
  }

  @Test
  void rulesCommandListsTheCatalog() {
    assertThat(run("rules")).isZero();
    assertThat(out().lines().filter(l -> l.contains("namespace-not-allowed"))).hasSize(1);
    assertThat(run("rules", "--format", "markdown")).isZero();
    assertThat(out())
        .startsWith("| Id | Level | Also | Summary |")
        .contains(
            "| [`namespace-not-allowed`](docs/rules/namespace-not-allowed.md) | error | note |");
  }

  @Test
  void graphCommandDrawsMermaidAndDot() {
    assertThat(run("graph", dir.toString())).isZero();
    assertThat(out()).startsWith("flowchart LR\n").contains("-. \"namespace-not-allowed\" .->");
    assertThat(run("graph", "--format", "dot", dir.toString())).isZero();
    assertThat(out()).startsWith("digraph gwdns {").contains("namespace-not-allowed");
    assertThat(run("graph", "--format", "svg", dir.toString())).isEqualTo(2);
    assertThat(err()).isEqualTo("gwdns: unknown --format 'svg'; expected mermaid or dot\n");
  }
}
