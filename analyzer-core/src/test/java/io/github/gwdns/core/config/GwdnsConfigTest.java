package io.github.gwdns.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gwdns.core.AnalysisException;
import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.model.RouteKind;
import io.github.gwdns.core.predict.ExternalDnsOptions;
import io.github.gwdns.core.predict.StatusMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GwdnsConfigTest {
  @TempDir Path dir;

  private GwdnsConfig load(String text) throws IOException, AnalysisException {
    Path file = dir.resolve(".gwdns.yaml");
    Files.writeString(file, text);
    return GwdnsConfig.load(file);
  }

  private void assertError(String text, String message) {
    assertThatThrownBy(
            () -> {
              GwdnsConfig config = load(text);
              config.applyTo(AnalysisRequest.builder());
              config.applyTo(ExternalDnsOptions.builder());
            })
        .isInstanceOf(AnalysisException.class)
        .hasMessage("config " + dir.resolve(".gwdns.yaml") + ":" + message);
  }

  @Test
  void everySettingReachesTheRequestAndTheExternalDnsOptions() throws Exception {
    GwdnsConfig config =
        load(
            """
        rules:
          dns-conflict: error
          no-hostname: off
        include: ["**/*.yaml"]
        exclude: "**/charts/**"
        defaultNamespace: apps
        externalDns:
          source: [gateway-httproute, gateway-grpcroute]
          gatewayName: public
          gatewayNamespace: infra
          gatewayLabelFilter: tier=edge
          gatewayListenerSets: true
          namespace: shop
          labelFilter: team=web
          annotationFilter: dns=public
          annotationPrefix: external-dns.alpha.kubernetes.io/
          ignoreHostnameAnnotation: true
          fqdnTemplate: "{{.Name}}.example.com"
          combineFqdnAnnotation: true
          statusMode: predicted
        """);
    AnalysisRequest.Builder builder = AnalysisRequest.builder();
    config.applyTo(builder);
    AnalysisRequest request = builder.build();
    assertThat(request.rules().level("dns-conflict")).isEqualTo(Severity.ERROR);
    assertThat(request.rules().enabled("no-hostname")).isFalse();
    assertThat(request.rules().enabled("namespace-not-allowed")).isTrue();
    assertThat(request.includes()).containsExactly("**/*.yaml");
    assertThat(request.excludes()).containsExactly("**/charts/**");
    assertThat(request.defaultNamespace()).isEqualTo("apps");

    ExternalDnsOptions.Builder dns = ExternalDnsOptions.builder();
    config.applyTo(dns);
    ExternalDnsOptions o = dns.build();
    assertThat(o.sources()).containsExactlyInAnyOrder(RouteKind.HTTP, RouteKind.GRPC);
    assertThat(
            List.of(
                o.gatewayName(),
                o.gatewayNamespace(),
                o.gatewayLabelFilter(),
                o.namespace(),
                o.labelFilter(),
                o.annotationFilter(),
                o.annotationPrefix()))
        .containsExactly(
            "public",
            "infra",
            "tier=edge",
            "shop",
            "team=web",
            "dns=public",
            "external-dns.alpha.kubernetes.io/");
    assertThat(o.gatewayListenerSets()).isTrue();
    assertThat(o.ignoreHostnameAnnotation()).isTrue();
    assertThat(o.combineFqdnAnnotation()).isTrue();
    assertThat(o.fqdnTemplates()).containsExactly("{{.Name}}.example.com");
    assertThat(o.statusMode()).isEqualTo(StatusMode.PREDICTED);
    assertThat(o.origin(io.github.gwdns.core.predict.ExternalDnsOption.GATEWAY_NAME))
        .isEqualTo(".gwdns.yaml");
    assertThat(o.origin(io.github.gwdns.core.predict.ExternalDnsOption.DOMAIN_FILTER))
        .isEqualTo("default");
  }

  @Test
  void anEmptyFileChangesNothing() throws Exception {
    GwdnsConfig config = load("# nothing yet\n");
    AnalysisRequest.Builder builder = AnalysisRequest.builder();
    config.applyTo(builder);
    ExternalDnsOptions.Builder dns = ExternalDnsOptions.builder();
    config.applyTo(dns);
    assertThat(dns.build()).isEqualTo(ExternalDnsOptions.DEFAULTS);
    assertThat(builder.build().includes()).isEqualTo(AnalysisRequest.builder().build().includes());
  }

  /** The keys of externalDns: the option catalog's, sorted, and the instance. */
  private static final String EXTERNAL_DNS_KEYS =
      String.join(
          ", ",
          java.util.stream.Stream.concat(
                  java.util.Arrays.stream(io.github.gwdns.core.predict.ExternalDnsOption.values())
                      .map(io.github.gwdns.core.predict.ExternalDnsOption::key),
                  java.util.stream.Stream.of("instance"))
              .sorted()
              .toList());

  @Test
  void mistakesNameTheirPosition() {
    assertError(
        "rule:\n  dns-conflict: off\n",
        "1:1: unknown key `rule`; did you mean `rules`? (known: charts, clusters, defaultNamespace, exclude, externalDns, include, rules, variables)");
    assertError(
        "externalDns:\n  sources: [gateway-httproute]\n",
        "2:3: unknown key `externalDns.sources`; did you mean `externalDns.source`? (known: "
            + EXTERNAL_DNS_KEYS
            + ")");
    assertError(
        "externalDns:\n  version: v0.21.0\n",
        "2:3: unknown key `externalDns.version` (known: " + EXTERNAL_DNS_KEYS + ")");
    assertError(
        "externalDns:\n  externalDnsVersion: latest\n",
        "2:23: `externalDns.externalDnsVersion`: 'latest' is not a version like v0.21.0");
    assertError("rules: [dns-conflict]\n", "1:8: `rules` must be a mapping");
    assertError(
        "rules:\n  dns-conflict: loud\n",
        "2:17: rule dns-conflict: 'loud' is not off, error, warning or note");
    assertError(
        "externalDns:\n  gatewayListenerSets: yes please\n",
        "2:24: `externalDns.gatewayListenerSets` must be true or false");
    assertError(
        "externalDns:\n  source: [gateway-ingress]\n",
        "2:11: `externalDns.source`: unknown source 'gateway-ingress'; gwdns models gateway-httproute, gateway-grpcroute, gateway-tlsroute, gateway-tcproute, gateway-udproute");
    assertError("- a\n", "1:1: the file must be a mapping");
    // Chart descriptors are checked when the file is read, each mistake at its line.
    assertError(
        "charts:\n  - chart: myapp\n    routes:\n      - values: gateway\n        hostname: host\n",
        "5:9: unknown key `hostname` in a route of a chart descriptor (keys: apiVersion, chartName, each, enabled, extraRules,"
            + " hostnames, kind, name, namespace, parentRefs, scope, templated, values, when)");
    assertError(
        "charts:\n  - chart: myapp\n    routes:\n      - values: gateway\n        name: '{{ .Release.Name'\n",
        "5:15: `name` is not a template gwdns can read: unclosed action at 1:17");
    assertError(
        "charts:\n  - chart: myapp\n    model: bitnami\n",
        "3:12: `model: bitnami` is not a model gwdns has; use app-template or bjw-s-common");
    assertError(
        "charts:\n  - chart: hello\n    like: helm-scaffold\n",
        "3:11: `like: helm-scaffold` names no chart descriptor; the"
            + " built-in ones are helm-create, grafana, kube-prometheus-stack, authentik, victoria-logs-single, victoria-metrics-single,"
            + " home-operations, flux-operator, renovate-operator, rook-ceph-cluster");
    assertError(
        "charts:\n  - chart: myapp\n",
        "2:5: chart descriptor `myapp` needs `routes` (where its values hold routes), `objects`"
            + " (where they hold whole manifests), `model`, or `like`");
  }

  @Test
  void chartDescriptorsReachTheRequest() throws Exception {
    GwdnsConfig config =
        load(
            """
        charts:
          - chart: memini
            model: bjw-s-common
            commonVersion: 4.1.1
          - chart: hello
            like: helm-create
        """);
    AnalysisRequest.Builder builder = AnalysisRequest.builder();
    config.applyTo(builder);
    List<io.github.gwdns.core.render.chart.ChartDescriptor> charts = builder.build().charts();
    assertThat(charts)
        .extracting(io.github.gwdns.core.render.chart.ChartDescriptor::id)
        .containsExactly("memini", "hello");
    assertThat(charts.get(0).model()).isEqualTo("bjw-s-common");
    assertThat(charts.get(0).commonVersion()).isEqualTo("4.1.1");
    assertThat(charts.get(1).routes()).hasSize(1);
    assertThat(charts.get(1).routes().get(0).values()).isEqualTo("httpRoute");
  }

  /**
   * The first ```yaml block of {@code doc} after {@code heading} whose text starts with {@code
   * start}.
   */
  private static String yamlBlock(String doc, String heading, String start) throws IOException {
    String text = Files.readString(Path.of("..").resolve(doc));
    int from = text.indexOf(heading);
    assertThat(from).as("%s in %s", heading, doc).isGreaterThanOrEqualTo(0);
    for (int open = text.indexOf("```yaml\n", from);
        open >= 0;
        open = text.indexOf("```yaml\n", open + 1)) {
      String block = text.substring(open + 8, text.indexOf("```", open + 8));
      if (block.startsWith(start)) {
        return block;
      }
    }
    throw new AssertionError(
        "no ```yaml block starting with " + start + " after " + heading + " in " + doc);
  }

  @Test
  void theDocumentedSettingsFilesAreValid() throws Exception {
    for (String[] example :
        List.of(
            new String[] {"README.md", "## Configuration", "rules:"},
            new String[] {"docs/charts.md", "## Describing a chart", "charts:"})) {
      GwdnsConfig config = load(yamlBlock(example[0], example[1], example[2]));
      AnalysisRequest.Builder request = AnalysisRequest.builder();
      config.applyTo(request);
      config.applyTo(ExternalDnsOptions.builder());
      assertThat(request.build().charts()).as("charts of %s", example[0]).isNotEmpty();
    }
  }
}
