package io.github.gwdns.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.Inputs;
import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.finding.RelatedLocation;
import org.junit.jupiter.api.Test;

/**
 * A finding that rests on an object defined twice says so and points at the replaced definition.
 */
class DuplicateDefinitionsTest {
  private static final String GATEWAY =
      """
      apiVersion: gateway.networking.k8s.io/v1
      kind: Gateway
      metadata: {name: gateway, namespace: default}
      spec:
        gatewayClassName: envoy
        listeners:
        - {name: %s, port: 80, protocol: HTTP}
      status:
        addresses: [{value: 203.0.113.10}]
      """;
  private static final String ROUTE =
      """
      apiVersion: gateway.networking.k8s.io/v1
      kind: HTTPRoute
      metadata: {name: web, namespace: default}
      spec:
        parentRefs: [{name: gateway, sectionName: http}]
        hostnames: [web.example.com]
      """;

  @Test
  void theFindingNamesTheDuplicateAndItsReplacedDefinition() {
    AnalysisResult result =
        Inputs.analyzeWithAllRules(
            "a/gateway.yaml",
            GATEWAY.formatted("http"),
            "b/gateway.yaml",
            GATEWAY.formatted("web"),
            "route.yaml",
            ROUTE);
    Finding f =
        result.findings().stream()
            .filter(x -> x.ruleId().equals("section-not-found"))
            .findFirst()
            .orElseThrow();
    // The note sits before the fix, which always ends the message.
    assertThat(f.message())
        .contains(
            " (Gateway default/gateway is defined 2 times; gwdns uses the last definition, as"
                + " kubectl apply would) Fix: ");
    assertThat(f.related())
        .extracting(r -> r.range().file(), RelatedLocation::message)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "a/gateway.yaml",
                "an earlier definition of Gateway default/gateway, replaced by the last one"));
  }

  @Test
  void findingsOnObjectsDefinedOnceAreUnchanged() {
    AnalysisResult result =
        Inputs.analyzeWithAllRules("gateway.yaml", GATEWAY.formatted("web"), "route.yaml", ROUTE);
    Finding f =
        result.findings().stream()
            .filter(x -> x.ruleId().equals("section-not-found"))
            .findFirst()
            .orElseThrow();
    assertThat(f.message()).doesNotContain("defined 2 times");
    assertThat(f.related()).noneMatch(r -> r.message().startsWith("an earlier definition"));
  }
}
