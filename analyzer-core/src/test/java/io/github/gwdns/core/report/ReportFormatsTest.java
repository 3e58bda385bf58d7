package io.github.gwdns.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.Inputs;
import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.finding.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The github, junit, markdown and graph reports on one small estate with one rejected route. */
class ReportFormatsTest {
  private static final String GATEWAY =
      """
      apiVersion: gateway.networking.k8s.io/v1
      kind: Gateway
      metadata: {name: public, namespace: infra}
      spec:
        gatewayClassName: envoy
        listeners:
        - {name: https, port: 443, protocol: HTTPS, hostname: "*.example.com", tls: {certificateRefs: [{name: c}]}, allowedRoutes: {namespaces: {from: Same}}}
      status:
        addresses: [{value: 203.0.113.10}]
      """;
  private static final String ROUTES =
      """
      apiVersion: gateway.networking.k8s.io/v1
      kind: HTTPRoute
      metadata: {name: web, namespace: shop}
      spec:
        parentRefs: [{name: public, namespace: infra}]
        hostnames: [shop.example.com]
      ---
      apiVersion: gateway.networking.k8s.io/v1
      kind: HTTPRoute
      metadata: {name: home, namespace: infra}
      spec:
        parentRefs: [{name: public}]
        hostnames: [www.example.com]
      """;

  private static AnalysisResult estate() {
    return Inputs.analyzeWithAllRules("infra/gateway.yaml", GATEWAY, "apps/a,b:c%.yaml", ROUTES);
  }

  private static String render(ReportFormat format, AnalysisResult result, Severity failOn)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Reports.write(
        format, result, new Reports.Options(false, failOn, Reports.Options.DEFAULT_CATEGORY), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void sarifLinksRelatedLocationsFromTheMessage() throws IOException {
    com.fasterxml.jackson.databind.JsonNode result =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(render(ReportFormat.SARIF, estate(), Severity.ERROR))
            .at("/runs/0/results")
            .findParent("relatedLocations");
    assertThat(result.at("/relatedLocations/0/id").asInt()).isEqualTo(1);
    assertThat(result.at("/relatedLocations/0/message/text").asText())
        .isEqualTo("listener `https` of Gateway infra/public");
    assertThat(result.at("/message/text").asText())
        .contains("[listener `https` of Gateway infra/public](1)")
        .doesNotContain("Related:");
  }

  @Test
  void jsonGivesTheFixAndTheRulesDocPageOfEachFinding() throws IOException {
    com.fasterxml.jackson.databind.JsonNode finding =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(render(ReportFormat.JSON, estate(), Severity.ERROR))
            .at("/findings")
            .findParent("fix");
    assertThat(finding.get("ruleId").asText()).isEqualTo("namespace-not-allowed");
    assertThat(finding.get("message").asText()).endsWith(". Fix: " + finding.get("fix").asText());
    assertThat(finding.get("fix").asText()).startsWith("add `allowedRoutes.namespaces.from: All`");
    assertThat(finding.get("help").asText())
        .isEqualTo("https://github.com/gwdns/gwdns/blob/main/docs/rules/namespace-not-allowed.md");
  }

  @Test
  void aRelatedLocationTheMessageDoesNotMentionIsLinkedAtTheEnd() {
    io.github.gwdns.core.finding.SourceRange at =
        io.github.gwdns.core.finding.SourceRange.at("a.yaml", 1, 1);
    Finding f =
        new Finding(
            "dns-conflict",
            Severity.WARNING,
            "HTTPRoute shop/a and HTTPRoute shop/b ask for a.example.com. Fix: pick one",
            at,
            null,
            List.of(
                new io.github.gwdns.core.finding.RelatedLocation(
                    at, "HTTPRoute shop/b, which asks too"),
                new io.github.gwdns.core.finding.RelatedLocation(at, "spec.hostnames[0] of it")),
            "fp",
            null);
    assertThat(SarifReport.linkedMessage(f))
        .isEqualTo(
            "HTTPRoute shop/a and [HTTPRoute shop/b](1) ask for a.example.com. Fix: pick one."
                + " Related: [spec.hostnames\\[0\\] of it](2).");
  }

  @Test
  void githubEscapesPropertiesAndData() throws IOException {
    String out = render(ReportFormat.GITHUB, estate(), Severity.ERROR);
    assertThat(out.lines().toList()).hasSize(2);
    assertThat(out)
        .startsWith(
            "::error file=apps/a%2Cb%3Ac%25.yaml,line=5,col=16,endLine=5,endColumn=48,"
                + "title=namespace-not-allowed::HTTPRoute shop/web gets no DNS record: Gateway"
                + " infra/public does not accept routes from namespace `shop`. parentRefs[0] (Gateway"
                + " infra/public): ");
    assertThat(GithubReport.data("50% done\r\nnext")).isEqualTo("50%25 done%0D%0Anext");
    assertThat(GithubReport.property("a:b,c")).isEqualTo("a%3Ab%2Cc");
  }

  @Test
  void githubShowsTenAnnotationsPerLevelAndCountsTheRest() throws IOException {
    StringBuilder routes = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      routes.append(ROUTES.split("---\n")[0].replace("name: web", "name: web" + i)).append("---\n");
    }
    String out =
        render(
            ReportFormat.GITHUB,
            Inputs.analyzeWithAllRules("g.yaml", GATEWAY, "r.yaml", routes.toString()),
            Severity.ERROR);
    assertThat(out.lines().filter(l -> l.startsWith("::error "))).hasSize(GithubReport.PER_LEVEL);
    assertThat(out)
        .endsWith(
            "::notice title=gwdns::2 more findings are not shown as annotations"
                + " (GitHub shows 10 per level); see the full report\n");
  }

  @Test
  void theSummaryTakesOneOfTheTenNoticePlaces() throws IOException {
    // Twelve Gateways of a class the manifests do not define: twelve notes.
    StringBuilder gateways = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      gateways
          .append(GATEWAY.replace("name: public", "name: public" + i).replace("envoy", "class" + i))
          .append("---\n");
    }
    AnalysisResult result = Inputs.analyzeWithAllRules("g.yaml", gateways.toString());
    long notes = result.findings().stream().filter(f -> f.severity() == Severity.NOTE).count();
    assertThat(notes).isEqualTo(12);
    String out = render(ReportFormat.GITHUB, result, Severity.ERROR);
    assertThat(out.lines().filter(l -> l.startsWith("::notice "))).hasSize(GithubReport.PER_LEVEL);
    assertThat(out)
        .endsWith(
            "::notice title=gwdns::3 more findings are not shown as annotations"
                + " (GitHub shows 10 per level); see the full report\n");
  }

  @Test
  void controlCharactersFromManifestsAreEscapedInEveryTextReport() throws Exception {
    // An ANSI escape and a bell in a hostname: the API server refuses it, and the message quotes
    // it.
    String routes = ROUTES.replace("[shop.example.com]", "[\"shop\\e[31m\\a.example.com\"]");
    AnalysisResult result =
        Inputs.analyzeWithAllRules("infra/gateway.yaml", GATEWAY, "apps/r.yaml", routes);
    assertThat(result.findings())
        .anySatisfy(f -> assertThat(f.message()).contains("\u001b[31m\u0007"));
    for (ReportFormat format :
        List.of(
            ReportFormat.TEXT, ReportFormat.GITHUB, ReportFormat.MARKDOWN, ReportFormat.JUNIT)) {
      String out = render(format, result, Severity.ERROR);
      assertThat(out)
          .as(format.name())
          .doesNotContain("\u001b")
          .doesNotContain("\u0007")
          .contains("\\u001b[31m\\u0007");
    }
    parse(render(ReportFormat.JUNIT, result, Severity.ERROR));
    // A line break in a value cannot forge a line: every finding stays on one.
    String broken = ROUTES.replace("[shop.example.com]", "[\"shop\\nFORGED line.example.com\"]");
    AnalysisResult lines =
        Inputs.analyzeWithAllRules("infra/gateway.yaml", GATEWAY, "apps/r.yaml", broken);
    assertThat(lines.findings()).allSatisfy(f -> assertThat(f.message()).doesNotContain("\n"));
    assertThat(render(ReportFormat.TEXT, lines, Severity.ERROR).lines())
        .noneMatch(l -> l.startsWith("FORGED"));
    StringWriter plan = new StringWriter();
    new PlansReport(result).writeText(plan);
    assertThat(plan.toString()).doesNotContain("\u001b");
  }

  @Test
  void junitHasASuitePerRuleAndFailsAtTheThreshold() throws Exception {
    Document xml = parse(render(ReportFormat.JUNIT, estate(), Severity.ERROR));
    Element root = xml.getDocumentElement();
    assertThat(root.getAttribute("failures")).isEqualTo("1");
    assertThat(xml.getElementsByTagName("testsuite").getLength())
        .isEqualTo(io.github.gwdns.core.rules.BuiltInRules.ALL.size());
    Element failure = (Element) xml.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("error");
    assertThat(((Element) failure.getParentNode()).getAttribute("classname"))
        .isEqualTo("gwdns.namespace-not-allowed");
    assertThat(((Element) failure.getParentNode()).getAttribute("file"))
        .isEqualTo("apps/a,b:c%.yaml");

    Document none = parse(render(ReportFormat.JUNIT, estate(), null));
    assertThat(none.getDocumentElement().getAttribute("failures")).isEqualTo("0");
    assertThat(none.getElementsByTagName("system-out").getLength()).isEqualTo(2);
  }

  @Test
  void markdownHasTheFindingsThePlanAndTheGraph() throws IOException {
    String md = render(ReportFormat.MARKDOWN, estate(), Severity.ERROR);
    assertThat(md)
        .startsWith("## gwdns\n\n**1 error, 0 warnings, 1 note in 2 files (3 objects)**\n")
        .contains(
            "| :x: error | `namespace-not-allowed` | HTTPRoute/shop/web | `apps/a,b:c%.yaml:5:16` |")
        .contains("### Predicted DNS records")
        .contains("| `www.example.com` | A | 203.0.113.10 |  | HTTPRoute/infra/home |")
        .contains("```mermaid\nflowchart LR\n")
        .contains("-. \"namespace-not-allowed\" .->");
    assertThat(MarkdownReport.cell("a|b\nc\\d")).isEqualTo("a\\|b c\\\\d");
  }

  @Test
  void planMarkdownListsRecordsAndPendingNames() throws IOException {
    StringWriter md = new StringWriter();
    new PlanReport(estate().plan()).writeMarkdown(md);
    assertThat(md.toString())
        .isEqualTo(
            """
        ## Predicted DNS records

        | Name | Type | Targets | TTL | Sources |
        |---|---|---|---|---|
        | `www.example.com` | A | 203.0.113.10 |  | HTTPRoute/infra/home |

        1 endpoint, 0 pending
        """);
    StringWriter pending = new StringWriter();
    new PlanReport(
            Inputs.analyzeWithAllRules(
                    "g.yaml",
                    GATEWAY.replace("status:\n  addresses: [{value: 203.0.113.10}]\n", ""),
                    "r.yaml",
                    ROUTES)
                .plan())
        .writeMarkdown(pending);
    assertThat(pending.toString())
        .contains(
            "| `www.example.com` | pending | address of Gateway infra/public | | HTTPRoute/infra/home |")
        .endsWith("0 endpoints, 1 pending\n");
  }

  @Test
  void graphDrawsAttachedRoutesTheirNamesAndRejectedEdges() throws IOException {
    StringWriter mermaid = new StringWriter();
    new GraphReport(estate(), false).writeMermaid(mermaid);
    assertThat(mermaid.toString())
        .isEqualTo(
            """
        flowchart LR
          subgraph n2["Gateway infra/public"]
            n0[/"Gateway infra/public"/]
            n1("https HTTPS :443 *.example.com")
          end
          n3["HTTPRoute infra/home"]
          n4["HTTPRoute shop/web"]
          n5(["www.example.com A"])
          n3 --> n1
          n4 -. "namespace-not-allowed" .-> n1
          n3 --> n5
          linkStyle 1 stroke:#d73a49,color:#d73a49
        """);
    StringWriter only = new StringWriter();
    new GraphReport(estate(), true).writeMermaid(only);
    assertThat(only.toString())
        .contains("HTTPRoute shop/web")
        .doesNotContain("HTTPRoute infra/home");
  }

  private static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
