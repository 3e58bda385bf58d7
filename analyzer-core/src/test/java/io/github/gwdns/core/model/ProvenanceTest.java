package io.github.gwdns.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.Inputs;
import io.github.gwdns.core.finding.SourceRange;
import org.junit.jupiter.api.Test;

class ProvenanceTest {
  private static final String ROUTE =
      """
      apiVersion: v1
      kind: Namespace
      metadata: {name: shop}
      ---
      apiVersion: gateway.networking.k8s.io/v1
      kind: HTTPRoute
      metadata:
        name: web
        namespace: shop
        annotations:
          external-dns.kubernetes.io/ttl: "60"
      spec:
        parentRefs:
        - name: public
        - name: internal
          namespace: infra
      """;

  private final Provenance route =
      Inputs.analyze("routes/web.yaml", ROUTE).manifests().routes().get(0).provenance();

  @Test
  void rangeOfPointsAtTheExactValue() {
    assertThat(route.rangeOf("spec.parentRefs[1].namespace"))
        .isEqualTo(new SourceRange("routes/web.yaml", 16, 16, 16, 21));
    assertThat(route.rangeOf("metadata.annotations[\"external-dns.kubernetes.io/ttl\"]"))
        .isEqualTo(new SourceRange("routes/web.yaml", 11, 37, 11, 41));
    assertThat(route.rangeOf("spec.parentRefs[0]").startLine()).isEqualTo(14);
  }

  @Test
  void missingPathsFallBackToTheNearestExistingAncestor() {
    assertThat(route.rangeOf("spec.parentRefs[0].sectionName"))
        .isEqualTo(route.rangeOf("spec.parentRefs[0]"));
    assertThat(route.rangeOf("spec.parentRefs[7]")).isEqualTo(route.rangeOf("spec.parentRefs"));
    assertThat(route.has(FieldPath.parse("spec.hostnames"))).isFalse();
  }

  @Test
  void keyRangeOfPointsAtTheKey() {
    assertThat(route.keyRangeOf(FieldPath.parse("spec.parentRefs")))
        .isEqualTo(new SourceRange("routes/web.yaml", 13, 3, 13, 13));
    assertThat(route.range().startLine()).isEqualTo(5);
    assertThat(route.document()).isEqualTo(1);
  }

  @Test
  void stdinInputsKeepPositionsToo() {
    AnalysisResult result = Inputs.analyze("<stdin>", ROUTE);
    assertThat(result.manifests().routes().get(0).provenance().rangeOf("metadata.name"))
        .isEqualTo(new SourceRange("<stdin>", 8, 9, 8, 12));
  }
}
