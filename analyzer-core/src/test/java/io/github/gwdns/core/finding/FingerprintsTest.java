package io.github.gwdns.core.finding;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.Inputs;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fingerprints tell findings apart by rule, object and field, and survive moved lines and files.
 */
class FingerprintsTest {
  private static final String GATEWAY =
      """
      apiVersion: gateway.networking.k8s.io/v1
      kind: Gateway
      metadata: {name: public, namespace: infra}
      spec:
        gatewayClassName: envoy
        listeners:
        - {name: http, port: 80, protocol: HTTP}
        - {name: alt, port: 8080, protocol: HTTP}
      status:
        addresses: [{value: 203.0.113.10}]
      """;
  private static final String ROUTE =
      """
      apiVersion: gateway.networking.k8s.io/v1
      kind: HTTPRoute
      metadata: {name: web, namespace: shop}
      spec:
        parentRefs:
        - {name: public, namespace: infra, port: 80}
        - {name: public, namespace: infra, port: 8080}
        hostnames: [shop.example.com]
      """;

  private static List<String> fingerprints(AnalysisResult result, String rule) {
    return result.findings().stream()
        .filter(f -> f.ruleId().equals(rule))
        .map(Finding::fingerprint)
        .toList();
  }

  @Test
  void parentRefsThatDifferOnlyInPortHaveTheirOwnFindings() {
    AnalysisResult result =
        Inputs.analyzeWithAllRules("gateway.yaml", GATEWAY, "route.yaml", ROUTE);
    List<String> refused = fingerprints(result, "namespace-not-allowed");
    assertThat(refused).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void fingerprintsSurviveMovedLinesAndMovedFiles() {
    AnalysisResult before =
        Inputs.analyzeWithAllRules("gateway.yaml", GATEWAY, "route.yaml", ROUTE);
    AnalysisResult after =
        Inputs.analyzeWithAllRules(
            "infra/gateway.yaml",
            "# moved\n\n" + GATEWAY,
            "apps/shop/route.yaml",
            "---\n# moved\n" + ROUTE);
    assertThat(fingerprints(after, "namespace-not-allowed"))
        .isEqualTo(fingerprints(before, "namespace-not-allowed"));

    String broken =
        "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: bad, namespace: shop}\n"
            + "spec:\n  parentRefs: {name: public}\n";
    List<String> here = fingerprints(Inputs.analyze("a.yaml", broken), "invalid-manifest");
    List<String> moved =
        fingerprints(Inputs.analyze("b/c.yaml", "\n\n" + broken), "invalid-manifest");
    assertThat(here).hasSize(1).isEqualTo(moved);
  }

  @Test
  void aProblemWithoutAnObjectIsIdentifiedByItsFile() {
    // A manifest (it declares apiVersion and kind) that does not parse: no object can be named.
    String broken = "apiVersion: v1\nkind: ConfigMap\nmetadata: [1\n";
    List<String> a = fingerprints(Inputs.analyze("a.yaml", broken), "invalid-manifest");
    List<String> b = fingerprints(Inputs.analyze("b.yaml", broken), "invalid-manifest");
    assertThat(a).hasSize(1);
    assertThat(b).hasSize(1).doesNotContainAnyElementsOf(a);
  }
}
