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
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  private static final String GOOD = "apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n";
  private static final String BROKEN =
      "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: web, namespace: shop}\nspec:\n  parentRefs: {name: x}\n";

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private String stdin = "";

  @BeforeEach
  void files() throws IOException {
    Files.writeString(dir.resolve("good.yaml"), GOOD);
  }

  private int run(String... args) {
    return Main.run(
        args,
        new Console(
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            false,
            Map.of()));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void cleanInputExitsZeroWithASummary() {
    assertThat(run("check", dir.toString())).isZero();
    assertThat(out()).endsWith("gwdns: 0 errors, 0 warnings, 0 notes in 1 file (1 object)\n");
    assertThat(err()).isEmpty();
  }

  @Test
  void findingsExitOneInEveryFormatAndFailOnNoneExitsZero() throws IOException {
    Files.writeString(dir.resolve("route.yaml"), BROKEN);
    assertThat(run("check", dir.toString())).isEqualTo(1);
    assertThat(out())
        .contains(
            "route.yaml\n  5:15    error   [invalid-manifest] HTTPRoute shop/web is refused by the cluster as written, so it is never applied. `spec.parentRefs` must be a list");
    assertThat(run("check", "--format", "json", dir.toString())).isEqualTo(1);
    assertThat(run("check", "--fail-on", "none", dir.toString())).isZero();
    assertThat(
            run(
                "check",
                "--fail-on",
                "note",
                "--format",
                "json",
                dir.resolve("good.yaml").toString()))
        .isZero();
  }

  @Test
  void jsonReportHasTheDocumentedShape() throws IOException {
    Files.writeString(dir.resolve("route.yaml"), BROKEN);
    run("check", "--format", "json", dir.toString());
    JsonNode json = new ObjectMapper().readTree(out());
    JsonNode finding = json.get("findings").get(0);
    assertThat(finding.get("ruleId").asText()).isEqualTo("invalid-manifest");
    assertThat(finding.get("level").asText()).isEqualTo("error");
    assertThat(finding.get("resource").asText()).isEqualTo("HTTPRoute/shop/web");
    assertThat(finding.get("file").asText()).endsWith("route.yaml");
    assertThat(finding.get("line").asInt()).isEqualTo(5);
    assertThat(finding.get("column").asInt()).isEqualTo(15);
    assertThat(finding.get("fingerprint").asText()).hasSize(32);
    assertThat(json.get("summary").get("errors").asInt()).isEqualTo(1);
    assertThat(json.get("summary").get("objectsByKind").get("Namespace").asInt()).isEqualTo(1);
  }

  @Test
  void readsStandardInput() {
    stdin = GOOD + "---\n" + BROKEN;
    assertThat(run("check", "-")).isEqualTo(1);
    assertThat(out()).contains("<stdin>\n  9:15    error   [invalid-manifest]");
    assertThat(out()).contains("in 1 file (1 object)");
  }

  @Test
  void sarifOfStandardInputSaysWhenNoFileIsKnownAndStdinNameNamesIt() throws IOException {
    stdin = GOOD + "---\n" + BROKEN;
    run("check", "--format", "sarif", "-");
    JsonNode unnamed = new ObjectMapper().readTree(out()).get("runs").get(0);
    assertThat(unnamed.get("properties").get("gwdns/standardInput").asText())
        .contains("--stdin-name");
    assertThat(
            unnamed
                .get("results")
                .get(0)
                .get("locations")
                .get(0)
                .get("physicalLocation")
                .get("artifactLocation")
                .get("uri")
                .asText())
        .isEqualTo("%3Cstdin%3E");
    assertThat(out()).contains("2 objects of standard input name no file they were rendered from");

    out.reset();
    err.reset();
    assertThat(run("check", "--format", "sarif", "--stdin-name", "rendered/all.yaml", "-"))
        .isEqualTo(1);
    JsonNode named = new ObjectMapper().readTree(out()).get("runs").get(0);
    assertThat(named.get("properties")).isNull();
    assertThat(
            named
                .get("results")
                .get(0)
                .get("locations")
                .get(0)
                .get("physicalLocation")
                .get("artifactLocation")
                .get("uri")
                .asText())
        .endsWith("rendered/all.yaml");
    assertThat(out()).doesNotContain("rendered from (a Helm");
  }

  @Test
  void writesTheReportToAFile() throws IOException {
    Path report = dir.resolve("out/report.json");
    Files.createDirectories(report.getParent());
    assertThat(
            run(
                "check",
                "--format",
                "json",
                "-o",
                report.toString(),
                dir.resolve("good.yaml").toString()))
        .isZero();
    assertThat(Files.readString(report)).contains("\"findings\" : [ ]").contains("\"errors\" : 0");
    assertThat(out()).isEmpty();
  }

  @Test
  void usageAndInputErrorsExitTwoWithOneLineAndNoStackTrace() {
    assertThat(run("check", dir.resolve("missing").toString())).isEqualTo(2);
    assertThat(err()).isEqualTo("gwdns: path '" + dir.resolve("missing") + "' does not exist\n");
    err.reset();
    assertThat(run("check", "--cluster", dir.resolve("nope").toString(), dir.toString()))
        .isEqualTo(2);
    assertThat(err())
        .isEqualTo("gwdns: cluster directory '" + dir.resolve("nope") + "' does not exist\n");
    err.reset();
    assertThat(run("check", "--format", "xml", dir.toString())).isEqualTo(2);
    assertThat(err()).startsWith("gwdns: unknown --format 'xml'");
    err.reset();
    assertThat(run("check", "--no-such-option")).isEqualTo(2);
    assertThat(err())
        .isEqualTo("gwdns: Unknown option: '--no-such-option' (see 'gwdns check --help')\n");
    err.reset();
    assertThat(run("check", "--formt=json", dir.toString())).isEqualTo(2);
    assertThat(err())
        .isEqualTo(
            "gwdns: Unknown option: '--formt=json'; did you mean --format? (see 'gwdns check"
                + " --help')\n");
    err.reset();
    assertThat(run("chek", dir.toString())).isEqualTo(2);
    assertThat(err())
        .isEqualTo("gwdns: unknown command 'chek'; did you mean check? (see 'gwdns --help')\n");
    err.reset();
    assertThat(run("check", "--max-file-size", "lots", dir.toString())).isEqualTo(2);
    assertThat(err()).contains("invalid size 'lots'");
    assertThat(err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(err().lines()).hasSize(1);
    err.reset();
    assertThat(run("check", "--default-namespace", "BAD NS", dir.toString())).isEqualTo(2);
    assertThat(err()).startsWith("gwdns: default namespace 'BAD NS' is not a namespace name");
    err.reset();
    assertThat(run("check", "--exclude", "[", dir.toString())).isEqualTo(2);
    assertThat(err()).startsWith("gwdns: invalid glob '[': ");
    assertThat(err().lines()).hasSize(1);
  }

  private static final String EXTERNAL_DNS =
      "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: external-dns, namespace: dns}\n"
          + "spec:\n  template:\n    spec:\n      containers:\n      - name: external-dns\n"
          + "        image: registry.k8s.io/external-dns/external-dns:v0.21.0\n"
          + "        args: [--source=gateway-httproute, --provider=aws]\n";

  @Test
  void aRefusedFlagIsBlamedOnWhereItsValueCameFrom() throws Exception {
    Files.writeString(dir.resolve("external-dns.yaml"), EXTERNAL_DNS);
    assertThat(run("check", "--label-filter", "a b!", dir.toString())).isEqualTo(2);
    assertThat(err())
        .isEqualTo(
            "gwdns: --label-filter: invalid selector 'a b!' at column 3: expected =, ==, !=, in or"
                + " notin after key `a`\n");
    err.reset();
    Files.writeString(dir.resolve(".gwdns.yaml"), "externalDns:\n  regexDomainFilter: '['\n");
    assertThat(run("check", dir.toString())).isEqualTo(2);
    assertThat(err())
        .isEqualTo(
            "gwdns: .gwdns.yaml: --regex-domain-filter '[' is not a regular expression: Unclosed"
                + " character class\n");
    err.reset();
    Files.delete(dir.resolve(".gwdns.yaml"));
    Files.writeString(
        dir.resolve("external-dns.yaml"),
        EXTERNAL_DNS.replace("--provider=aws", "--provider=aws, '--fqdn-template={{.Name'"));
    // The Deployment's own value is not a usage error: that external-dns does not start.
    assertThat(run("check", dir.toString())).isEqualTo(1);
    assertThat(err()).isEmpty();
    assertThat(out())
        .contains(
            "error   [externaldns-will-not-start] Deployment dns/external-dns publishes no DNS"
                + " record at all")
        .contains("(invalid --fqdn-template: unclosed action at 1:8)");
  }

  @Test
  void aMalformedVarSaysWhatItExpects() {
    assertThat(run("check", "--var", "CLUSTER", dir.toString())).isEqualTo(2);
    assertThat(err())
        .isEqualTo(
            "gwdns: Invalid value for option '--var' (KEY=VALUE): 'CLUSTER' is not KEY=VALUE"
                + " (e.g. --var CLUSTER_DOMAIN=example.com) (see 'gwdns check --help')\n");
  }

  @Test
  void aMissingBaselineIsNamed() {
    Path missing = dir.resolve("baseline.json");
    assertThat(run("check", "--baseline", missing.toString(), dir.toString())).isEqualTo(2);
    assertThat(err())
        .isEqualTo(
            "gwdns: baseline file '"
                + missing
                + "' does not exist (write one with --write-baseline)\n");
  }

  @Test
  void aBaselineThatIsNotJsonIsOneLine() throws Exception {
    Path bad = Files.writeString(dir.resolve("baseline.json"), "{\"findings\": [1,\n");
    assertThat(run("check", "--baseline", bad.toString(), dir.toString())).isEqualTo(2);
    assertThat(err())
        .startsWith(
            "gwdns: cannot read baseline " + bad + ": " + bad + " is not a gwdns baseline: ")
        .contains("at line 2");
    assertThat(err().lines()).hasSize(1);
  }

  @Test
  void maxFileSizeRefusesLargerFiles() {
    assertThat(run("check", "--max-file-size", "10", dir.toString())).isEqualTo(1);
    assertThat(out()).contains("file not read: it is 54 bytes, more than the limit of 10 bytes");
  }

  @Test
  void helpAndVersion() {
    assertThat(run("--help")).isZero();
    assertThat(out())
        .contains("check")
        .contains("plan")
        .contains("status")
        .contains("explain")
        .contains("Exit codes:");
    out.reset();
    assertThat(run("--version")).isZero();
    assertThat(out()).startsWith("gwdns ");
    out.reset();
    assertThat(run("check", "--help")).isZero();
    assertThat(out()).contains("--fail-on").contains("--exclude").contains("--default-namespace");
  }

  @Test
  void noCommandIsAUsageError() {
    assertThat(run()).isEqualTo(2);
    assertThat(err()).contains("a command is required");
  }
}
