package io.github.gwdns.core.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gwdns.core.AnalysisException;
import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.Analyzer;
import io.github.gwdns.core.InstancePlan;
import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.load.SourceFile;
import io.github.gwdns.core.model.RouteKind;
import io.github.gwdns.core.predict.Endpoint;
import io.github.gwdns.core.predict.ExternalDnsOptions;
import io.github.gwdns.core.predict.ExternalDnsVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * external-dns instances read from the manifests: a public and a private one, an old and a new
 * image, charts.
 */
class ExternalDnsDeploymentTest {
  static String deployment(String name, String image, String... args) {
    return """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: %s, namespace: dns}
        spec:
          selector: {matchLabels: {app: %s}}
          template:
            metadata: {labels: {app: %s}}
            spec:
              serviceAccountName: %s
              containers:
              - name: external-dns
                image: registry.k8s.io/external-dns/external-dns:%s
                args: [%s]
        """
        .formatted(name, name, name, name, image, String.join(", ", args));
  }

  static final String ESTATE =
      """
      apiVersion: gateway.networking.k8s.io/v1
      kind: Gateway
      metadata: {name: public, namespace: infra}
      spec:
        gatewayClassName: envoy
        listeners:
        - {name: http, port: 80, protocol: HTTP, allowedRoutes: {namespaces: {from: All}}}
      status:
        addresses: [{value: 192.0.2.7}]
      ---
      apiVersion: gateway.networking.k8s.io/v1
      kind: HTTPRoute
      metadata: {name: shop, namespace: apps}
      spec:
        parentRefs: [{name: public, namespace: infra}]
        hostnames: [shop.example.com]
      ---
      apiVersion: gateway.networking.k8s.io/v1
      kind: HTTPRoute
      metadata:
        name: wiki
        namespace: apps
        annotations: {external-dns.alpha.kubernetes.io/ttl: "60"}
      spec:
        parentRefs: [{name: public, namespace: infra}]
        hostnames: [wiki.internal.example.com]
      ---
      apiVersion: gateway.networking.k8s.io/v1
      kind: HTTPRoute
      metadata: {name: lost, namespace: apps}
      spec:
        parentRefs: [{name: public, namespace: infra}]
        hostnames: [lost.example.org]
      """;

  static final String INSTANCES =
      deployment(
              "public",
              "v0.22.0",
              "--source=gateway-httproute",
              "--policy=sync",
              "--domain-filter=example.com",
              "--exclude-domains=internal.example.com",
              "--provider=cloudflare")
          + "---\n"
          + deployment(
              "private",
              "v0.21.0",
              "--source=gateway-httproute",
              "--domain-filter",
              "internal.example.com",
              "--provider=rfc2136");

  private static AnalysisResult analyze(AnalysisRequest.Builder request, String... pathsAndTexts)
      throws AnalysisException {
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      request.addSource(SourceFile.ofText(pathsAndTexts[i], pathsAndTexts[i + 1]));
    }
    return Analyzer.run(request.build());
  }

  private static List<String> records(InstancePlan p) {
    return p.plan().endpoints().stream().map(ExternalDnsDeploymentTest::record).toList();
  }

  private static String record(Endpoint e) {
    return e.dnsName()
        + " "
        + e.recordType()
        + " "
        + String.join(",", e.targets())
        + (e.recordTtl() == 0 ? "" : " ttl=" + e.recordTtl());
  }

  @Test
  void eachInstanceGetsItsOwnPlanWithItsFiltersAndItsVersionsDefaults() throws AnalysisException {
    AnalysisResult result =
        analyze(AnalysisRequest.builder(), "estate.yaml", ESTATE, "external-dns.yaml", INSTANCES);
    assertThat(result.plans())
        .extracting(InstancePlan::label)
        .containsExactly("Deployment dns/private", "Deployment dns/public");
    // v0.21.0 reads the alpha prefix, so the private instance honours the TTL annotation.
    assertThat(records(result.plans().get(0)))
        .containsExactly("wiki.internal.example.com A 192.0.2.7 ttl=60");
    assertThat(records(result.plans().get(1))).containsExactly("shop.example.com A 192.0.2.7");
    assertThat(result.plans().get(1).plan().filtered())
        .extracting(f -> f.endpoint().dnsName() + ": " + f.reason())
        .containsExactly(
            "lost.example.org: `lost.example.org` is outside --domain-filter example.com",
            "wiki.internal.example.com: `wiki.internal.example.com` is inside --exclude-domains internal.example.com");
    // Only the name no instance publishes is a finding; wiki's alpha TTL works for the instance
    // that publishes it.
    assertThat(result.findings())
        .filteredOn(Finding::active)
        .extracting(f -> f.ruleId() + " " + f.resource())
        .containsExactly(
            "gatewayclass-not-found Gateway/infra/public", "domain-filtered HTTPRoute/apps/lost");
  }

  @Test
  void aRouteAnotherInstanceWouldPublishOnceItsVariableResolvesIsNotFiltered()
      throws AnalysisException {
    // The public instance follows only Gateway edge; the private one takes every Gateway, and the
    // route's name waits for a Flux variable from a Secret.
    String instances =
        deployment("public", "v0.21.0", "--source=gateway-httproute", "--gateway-name=edge")
            + "---\n"
            + deployment("private", "v0.21.0", "--source=gateway-httproute");
    String route =
        ESTATE.substring(0, ESTATE.indexOf("---"))
            + """
        ---
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata: {name: coder, namespace: apps}
        spec:
          parentRefs: [{name: public, namespace: infra}]
          hostnames: ["coder.${DOMAIN_APP}"]
        """;
    AnalysisResult result =
        analyze(AnalysisRequest.builder(), "estate.yaml", route, "external-dns.yaml", instances);
    assertThat(result.findings())
        .extracting(f -> f.ruleId())
        .doesNotContain("gateway-filtered")
        .contains("unresolved-variable");
  }

  @Test
  void theGraphDrawsTheNamesOfEveryInstanceAndOnlyTheRejectionsCheckReports() throws Exception {
    AnalysisResult result =
        analyze(AnalysisRequest.builder(), "estate.yaml", ESTATE, "external-dns.yaml", INSTANCES);
    java.io.StringWriter mermaid = new java.io.StringWriter();
    new io.github.gwdns.core.report.GraphReport(result, false).writeMermaid(mermaid);
    assertThat(mermaid.toString())
        .contains("shop.example.com A")
        .contains("wiki.internal.example.com A");
    java.util.Set<String> rules =
        result.findings().stream()
            .filter(f -> f.active())
            .map(f -> f.ruleId())
            .collect(java.util.stream.Collectors.toSet());
    java.util.regex.Matcher red =
        java.util.regex.Pattern.compile("-\\. \"([a-z-]+)\" \\.->").matcher(mermaid.toString());
    while (red.find()) {
      assertThat(rules).as("rejected edge %s", red.group(1)).contains(red.group(1));
    }
  }

  @Test
  void planYamlNamesOneDnsEndpointPerInstance() throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    new io.github.gwdns.core.report.PlansReport(
            analyze(
                AnalysisRequest.builder(), "estate.yaml", ESTATE, "external-dns.yaml", INSTANCES))
        .writeYaml(out);
    assertThat(
            out.toString(java.nio.charset.StandardCharsets.UTF_8)
                .lines()
                .filter(l -> l.startsWith("  name: ")))
        .containsExactly("  name: gwdns-plan-dns-private", "  name: gwdns-plan-dns-public");
    out.reset();
    new io.github.gwdns.core.report.PlansReport(
            analyze(AnalysisRequest.builder(), "estate.yaml", ESTATE))
        .writeYaml(out);
    assertThat(
            out.toString(java.nio.charset.StandardCharsets.UTF_8)
                .lines()
                .filter(l -> l.startsWith("  name: ")))
        .containsExactly("  name: gwdns-plan");
  }

  @Test
  void planJsonHasOneShapeForOneInstanceOrSeveral() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper mapper =
        new com.fasterxml.jackson.databind.ObjectMapper();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    new io.github.gwdns.core.report.PlansReport(
            analyze(
                AnalysisRequest.builder(), "estate.yaml", ESTATE, "external-dns.yaml", INSTANCES))
        .writeJson(out);
    com.fasterxml.jackson.databind.JsonNode several = mapper.readTree(out.toByteArray());
    assertThat(several.get("endpoints"))
        .extracting(e -> e.get("dnsName").asText() + " " + e.get("externalDns").asText())
        .containsExactly(
            "shop.example.com Deployment dns/public",
            "wiki.internal.example.com Deployment dns/private");
    assertThat(several.get("pending")).isEmpty();
    assertThat(several.get("filtered")).hasSize(4);
    assertThat(several.get("instances"))
        .extracting(i -> i.get("name").asText() + " " + i.get("version").asText())
        .containsExactly("dns/private v0.21.0", "dns/public v0.22.0");
    out.reset();
    new io.github.gwdns.core.report.PlansReport(
            analyze(AnalysisRequest.builder(), "estate.yaml", ESTATE))
        .writeJson(out);
    com.fasterxml.jackson.databind.JsonNode one = mapper.readTree(out.toByteArray());
    assertThat(one.fieldNames())
        .toIterable()
        .containsExactly("endpoints", "pending", "filtered", "unresolved", "instances");
    assertThat(one.get("endpoints"))
        .extracting(e -> e.get("externalDns").asText())
        .containsExactly("options", "options", "options");
    assertThat(one.get("instances"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.get("externalDns").asText()).isEqualTo("options");
              assertThat(i.get("name").asText()).isEmpty();
            });
  }

  @Test
  void anInstanceThatDoesNotStartPublishesNothingAndThePlanSaysSo() throws Exception {
    String instances =
        deployment(
                "public",
                "v0.22.0",
                "--source=gateway-httproute",
                "--domain-filter=example.com",
                "--exclude-domains=internal.example.com",
                "--provider=cloudflare")
            + "---\n"
            + deployment(
                "private",
                "v0.21.0",
                "--source=gateway-httproute",
                "--domain-filter",
                "internal.example.com",
                "--provider=rfc2136");
    AnalysisResult result =
        analyze(AnalysisRequest.builder(), "estate.yaml", ESTATE, "external-dns.yaml", instances);
    InstancePlan pub = result.plans().get(1);
    assertThat(pub.starts()).isFalse();
    assertThat(records(pub)).isEmpty();
    assertThat(pub.plan().filtered())
        .extracting(f -> f.endpoint().dnsName() + ": " + f.reason())
        .contains(
            "shop.example.com: Deployment dns/public does not start (config validation failed: --policy must be set"
                + " explicitly (one of: sync, upsert-only, create-only))");
    assertThat(result.plans().get(0).starts()).isTrue();
    assertThat(records(result.plans().get(0)))
        .containsExactly("wiki.internal.example.com A 192.0.2.7 ttl=60");
    // The start-up failure is the one finding on what the instance would have published.
    assertThat(result.findings())
        .filteredOn(Finding::active)
        .extracting(f -> f.ruleId() + " " + f.resource())
        .containsExactly(
            "gatewayclass-not-found Gateway/infra/public",
            "domain-filtered HTTPRoute/apps/lost",
            "externaldns-will-not-start Deployment/dns/public");
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    new io.github.gwdns.core.report.PlansReport(result).writeJson(out);
    com.fasterxml.jackson.databind.JsonNode json =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toByteArray());
    assertThat(json.get("instances"))
        .extracting(
            i ->
                i.get("name").asText()
                    + " "
                    + i.get("starts").asBoolean()
                    + " "
                    + (i.has("startup") ? i.get("startup").get(0).get("check").asText() : "-"))
        .containsExactly("dns/private true -", "dns/public false policy-required");
    java.io.StringWriter text = new java.io.StringWriter();
    new io.github.gwdns.core.report.PlansReport(result).writeText(text);
    assertThat(text.toString())
        .contains("external-dns Deployment dns/public (v0.22.0), does not start:\n");
  }

  @Test
  void explicitOptionsWinAndOneInstanceCanBeChosen() throws AnalysisException {
    ExternalDnsOptions explicit =
        ExternalDnsOptions.builder().domainFilters(List.of("example.org")).build();
    AnalysisResult result =
        analyze(
            AnalysisRequest.builder().externalDns(explicit).externalDnsInstance("dns/public"),
            "estate.yaml",
            ESTATE,
            "external-dns.yaml",
            INSTANCES);
    assertThat(result.plans())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(records(p)).containsExactly("lost.example.org A 192.0.2.7");
              assertThat(
                      p.plan()
                          .options()
                          .origin(io.github.gwdns.core.predict.ExternalDnsOption.DOMAIN_FILTER))
                  .isEqualTo("command line");
              assertThat(
                      p.plan()
                          .options()
                          .origin(io.github.gwdns.core.predict.ExternalDnsOption.EXCLUDE_DOMAINS))
                  .isEqualTo("Deployment dns/public");
              assertThat(p.plan().options().version())
                  .isEqualTo(ExternalDnsVersion.parse("v0.22.0"));
            });
    assertThatThrownBy(
            () ->
                analyze(
                    AnalysisRequest.builder().externalDnsInstance("dns/nope"),
                    "external-dns.yaml",
                    INSTANCES))
        .hasMessage(
            "no external-dns instance 'dns/nope' in the manifests; found: dns/private, dns/public");
    AnalysisResult ignored =
        analyze(
            AnalysisRequest.builder().discoverExternalDns(false),
            "estate.yaml",
            ESTATE,
            "external-dns.yaml",
            INSTANCES);
    assertThat(ignored.plans()).singleElement().satisfies(p -> assertThat(p.instance()).isNull());
  }

  @Test
  void helmReleaseValuesBecomeArgsAsTheChartRendersThem() throws AnalysisException {
    String release =
        """
        apiVersion: source.toolkit.fluxcd.io/v1
        kind: OCIRepository
        metadata: {name: external-dns, namespace: dns}
        spec:
          url: oci://registry.example/charts/external-dns
          ref: {tag: 1.21.1}
        ---
        apiVersion: helm.toolkit.fluxcd.io/v2
        kind: HelmRelease
        metadata: {name: cloudflare, namespace: dns}
        spec:
          chartRef: {kind: OCIRepository, name: external-dns}
          values:
            provider: {name: cloudflare}
            sources: [gateway-httproute, service, "${EXTRA_SOURCE}"]
            domainFilters: [example.com]
            txtOwnerId: home
            namespaced: true
            extraArgs:
              - --gateway-listener-sets
              - --annotation-filter=dns in (public)
        ---
        apiVersion: helm.toolkit.fluxcd.io/v2
        kind: HelmRelease
        metadata: {name: tagged, namespace: dns}
        spec:
          chart: {spec: {chart: external-dns, version: 1.20.0, sourceRef: {kind: HelmRepository, name: x}}}
          values:
            image: {tag: v0.22.0}
            extraArgs: {gateway-name: public, managed-record-types: [A, CNAME, TXT]}
        ---
        apiVersion: helm.toolkit.fluxcd.io/v2
        kind: HelmRelease
        metadata: {name: grafana, namespace: dns}
        spec:
          chart: {spec: {chart: grafana, sourceRef: {kind: HelmRepository, name: x}}}
        """;
    AnalysisResult result = analyze(AnalysisRequest.builder(), "release.yaml", release);
    assertThat(result.instances())
        .extracting(ExternalDnsInstance::label)
        .containsExactly("HelmRelease dns/cloudflare", "HelmRelease dns/tagged");
    ExternalDnsInstance cloudflare = result.instances().get(0);
    ExternalDnsOptions o = cloudflare.options();
    assertThat(o.sources()).containsExactly(RouteKind.HTTP);
    assertThat(cloudflare.sources()).containsExactly("gateway-httproute", "service");
    assertThat(cloudflare.unread())
        .extracting(ExternalDnsInstance.Unread::explain)
        .containsExactly("sources: not read (${EXTRA_SOURCE}); pass --var EXTRA_SOURCE=...");
    assertThat(o.origin(io.github.gwdns.core.predict.ExternalDnsOption.EXTERNAL_DNS_VERSION))
        .isEqualTo(
            "chart 1.21.1 from spec.ref.tag of OCIRepository dns/external-dns (release.yaml),"
                + " which ships external-dns v0.21.0");
    assertThat(o.domainFilters()).containsExactly("example.com");
    assertThat(o.provider()).isEqualTo("cloudflare");
    assertThat(o.txtOwnerId()).isEqualTo("home");
    assertThat(o.namespace()).isEqualTo("dns");
    assertThat(o.gatewayListenerSets()).isTrue();
    assertThat(o.annotationFilter()).isEqualTo("dns in (public)");
    assertThat(o.version()).isEqualTo(ExternalDnsVersion.parse("v0.21.0"));
    assertThat(cloudflare.rbacFromChart()).isTrue();
    ExternalDnsOptions tagged = result.instances().get(1).options();
    assertThat(tagged.version()).isEqualTo(ExternalDnsVersion.parse("v0.22.0"));
    assertThat(tagged.gatewayName()).isEqualTo("public");
    assertThat(tagged.managedRecordTypes()).containsExactly("A", "CNAME", "TXT");
    // The chart's default sources are service and ingress: no Gateway source.
    assertThat(tagged.sources()).isEmpty();
  }

  @Test
  void explainShowsEveryInstanceWhatItCouldNotReadAndWhereTheVersionComesFrom() throws Exception {
    String releases =
        """
        apiVersion: source.toolkit.fluxcd.io/v1
        kind: OCIRepository
        metadata: {name: external-dns, namespace: dns}
        spec:
          url: oci://ghcr.io/home-operations/charts-mirror/external-dns
          ref: {tag: 1.20.0}
        ---
        apiVersion: helm.toolkit.fluxcd.io/v2
        kind: HelmRelease
        metadata: {name: public, namespace: dns}
        spec:
          chartRef: {kind: OCIRepository, name: external-dns}
          values:
            sources: [gateway-httproute]
            domainFilters: ["${SECRET_DOMAIN}"]
            txtOwnerId: "{{ .Values.owner }}"
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: private, namespace: dns}
        spec:
          template:
            spec:
              containers:
              - name: external-dns
                image: registry.k8s.io/external-dns/external-dns:v0.22.0
                args: [--source=gateway-httproute, --domain-filter=internal.example.com, --provider=aws, --policy=sync]
        """;
    AnalysisResult result =
        analyze(AnalysisRequest.builder(), "estate.yaml", ESTATE, "external-dns.yaml", releases);
    java.io.StringWriter out = new java.io.StringWriter();
    io.github.gwdns.core.report.ExplainReport explain =
        new io.github.gwdns.core.report.ExplainReport(result);
    explain.write(
        io.github.gwdns.core.report.ExplainReport.find(result, "HTTPRoute/apps/shop"), out);
    String text = out.toString();
    assertThat(text)
        .startsWith(
            "=== external-dns Deployment dns/private (v0.22.0) (1 of 2; --external-dns dns/private for this one only) ===\n")
        .contains(
            "\n=== external-dns HelmRelease dns/public (v0.20.0) (2 of 2; --external-dns dns/public for this one only) ===\n")
        .contains(
            "external-dns: Deployment dns/private, v0.22.0 (Deployment dns/private, image"
                + " registry.k8s.io/external-dns/external-dns:v0.22.0)\n")
        .contains(
            "external-dns: HelmRelease dns/public, v0.20.0 (chart 1.20.0 from spec.ref.tag of OCIRepository dns/external-dns"
                + " (external-dns.yaml), which ships external-dns v0.20.0)\n")
        .contains("\n   domainFilters: not read (${SECRET_DOMAIN}); pass --var SECRET_DOMAIN=...\n")
        .contains(
            "\n   txtOwnerId: not read ({{ .Values.owner }}); a Helm template gwdns does not render; give the option on the"
                + " command line or in .gwdns.yaml\n");
    // Each section follows its own instance: the private one drops shop.example.com, the public one
    // publishes it.
    assertThat(text.split("=== external-dns HelmRelease")[0]).contains("FILTERED");
    assertThat(text.split("=== external-dns HelmRelease")[1])
        .contains("shop.example.com  A  192.0.2.7")
        .doesNotContain("FILTERED");
  }

  @Test
  void versionsDecideDefaults() {
    assertThat(ExternalDnsVersion.parse("v0.21.0").defaultAnnotationPrefix())
        .isEqualTo(ExternalDnsOptions.LEGACY_ANNOTATION_PREFIX);
    assertThat(ExternalDnsVersion.parse("0.22.1-debian-12").defaultAnnotationPrefix())
        .isEqualTo(ExternalDnsOptions.DEFAULT_ANNOTATION_PREFIX);
    assertThat(ExternalDnsVersion.parse("v0.20.0").supportsListenerSets()).isFalse();
    assertThat(ExternalDnsVersion.parse("v0.21.0").tlsRouteVersion()).isEqualTo("v1alpha2");
    assertThat(ExternalDnsVersion.parse("v0.22.0").tlsRouteVersion()).isEqualTo("v1");
    assertThat(ExternalDnsVersion.parse("latest")).isNull();
    assertThat(ExternalDnsVersion.ofChart("1.21.1")).isEqualTo(ExternalDnsVersion.parse("v0.21.0"));
    assertThat(
            ExternalDnsArgs.imageVersion(
                "registry.k8s.io/external-dns/external-dns:v0.22.0@sha256:abc"))
        .isEqualTo(ExternalDnsVersion.parse("v0.22.0"));
    assertThat(ExternalDnsArgs.imageVersion("localhost:5000/external-dns")).isNull();
  }
}
