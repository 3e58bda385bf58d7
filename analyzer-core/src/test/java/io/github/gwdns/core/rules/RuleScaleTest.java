package io.github.gwdns.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.Inputs;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * 12,000 routes that share five hostnames on three Gateways, with missing parents and Gateways of a
 * missing class: the shape that made the rules that compared every endpoint or cause with every
 * route (dns-conflict, gatewayclass-not-found, parent-not-found) and the merge of sources
 * quadratic. This test holds their results exact at that size; the benchmark (docs/performance.md)
 * measures the cost, which a unit test never does.
 */
class RuleScaleTest {
  @Test
  void manyRoutesSharingFewNamesGiveExactFindings() {
    StringBuilder text =
        new StringBuilder(
            "apiVersion: gateway.networking.k8s.io/v1\nkind: GatewayClass\nmetadata: {name: envoy}\n"
                + "spec: {controllerName: example.com/controller}\n");
    for (int g = 0; g < 100; g++) {
      text.append(
              "---\napiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: gw-")
          .append(g)
          .append(", namespace: infra}\nspec:\n  gatewayClassName: ")
          .append(g < 3 ? "envoy" : "missing")
          .append(
              "\n  listeners: [{name: http, port: 80, protocol: HTTP, allowedRoutes: {namespaces: {from: All}}}]\n")
          .append("status: {addresses: [{value: 10.0.0.")
          .append(g + 1)
          .append("}]}\n");
    }
    int routes = 12_000;
    for (int i = 0; i < routes; i++) {
      String parent = i % 20 == 0 ? "ghost" : i % 10 == 0 ? "gw-" + (3 + i % 97) : "gw-" + i % 3;
      text.append(
              "---\napiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: r-")
          .append(i)
          .append(", namespace: ns-")
          .append(i % 100)
          .append(i % 7 == 0 ? ", annotations: {external-dns.kubernetes.io/ttl: \"60\"}" : "")
          .append("}\nspec: {parentRefs: [{name: ")
          .append(parent)
          .append(", namespace: infra}], hostnames: [h")
          .append(i % 5)
          .append(".example.com]}\n");
    }
    AnalysisResult result = Inputs.analyzeWithAllRules("many.yaml", text.toString());
    Map<String, Long> byRule =
        result.findings().stream()
            .collect(Collectors.groupingBy(f -> f.ruleId(), Collectors.counting()));
    assertThat(byRule)
        .containsEntry("parent-not-found", 600L)
        .containsEntry("gatewayclass-not-found", 97L)
        .containsEntry("dns-conflict", 15L);
    assertThat(result.plan().endpoints()).hasSize(10);
  }
}
