package io.github.gwdns.core.render;

import static io.github.gwdns.core.render.Trees.map;
import static io.github.gwdns.core.render.Trees.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetTest {
  private static final Map<String, String> LABELS = Map.of("app", "web", "tier", "front");

  private static final RenderedObject ROUTE =
      object(
          "route.yaml",
          """
      apiVersion: gateway.networking.k8s.io/v1beta1
      kind: HTTPRoute
      metadata:
        name: app-web
        namespace: apps
        labels:
          app: web
        annotations:
          external-dns.alpha.kubernetes.io/target: lb.example.com
      """);

  private static final RenderedObject SERVICE =
      object(
          "service.yaml",
          """
      apiVersion: v1
      kind: Service
      metadata:
        name: web
      """);

  private static boolean matches(String selector, RenderedObject object) {
    return Target.of(map("kustomization.yaml", selector)).matches(object);
  }

  @Test
  void equalityAndInequalityTerms() {
    assertThat(Target.selects("app=web", LABELS)).isTrue();
    assertThat(Target.selects("app==web", LABELS)).isTrue();
    assertThat(Target.selects("app = web", LABELS)).isTrue();
    assertThat(Target.selects("app=api", LABELS)).isFalse();
    assertThat(Target.selects("missing=web", LABELS)).isFalse();
    assertThat(Target.selects("app!=api", LABELS)).isTrue();
    assertThat(Target.selects("app!=web", LABELS)).isFalse();
    assertThat(Target.selects("missing!=web", LABELS)).isTrue();
  }

  @Test
  void setTerms() {
    assertThat(Target.selects("app in (api,web)", LABELS)).isTrue();
    assertThat(Target.selects("app in (api, db)", LABELS)).isFalse();
    assertThat(Target.selects("missing in (web)", LABELS)).isFalse();
    assertThat(Target.selects("app notin (api,db)", LABELS)).isTrue();
    assertThat(Target.selects("app notin (api,web)", LABELS)).isFalse();
    assertThat(Target.selects("missing notin (web)", LABELS)).isTrue();
  }

  @Test
  void existenceTermsAndConjunction() {
    assertThat(Target.selects("app", LABELS)).isTrue();
    assertThat(Target.selects("missing", LABELS)).isFalse();
    assertThat(Target.selects("!missing", LABELS)).isTrue();
    assertThat(Target.selects("!app", LABELS)).isFalse();
    assertThat(Target.selects("app in (web,api),tier=front,!missing", LABELS)).isTrue();
    assertThat(Target.selects("app in (web,api),tier=back", LABELS)).isFalse();
    assertThat(Target.selects("", LABELS)).isTrue();
    assertThat(Target.selects(null, LABELS)).isTrue();
  }

  @Test
  void namesAreAnchoredRegularExpressions() {
    assertThat(matches("name: app-.*", ROUTE)).isTrue();
    assertThat(matches("name: app", ROUTE)).isFalse();
    assertThat(matches("name: web", ROUTE)).isFalse();
    assertThat(matches("name: (app|api)-web", ROUTE)).isTrue();
    assertThat(matches("namespace: app.", ROUTE)).isTrue();
    assertThat(matches("name: app-web\nnamespace: other", ROUTE)).isFalse();
  }

  @Test
  void replacementSelectorsMatchNamesExactlyAsKustomizeDoes() {
    assertThat(Target.exact(map("kustomization.yaml", "name: app-.*")).matches(ROUTE)).isFalse();
    assertThat(Target.exact(map("kustomization.yaml", "name: " + ROUTE.name())).matches(ROUTE))
        .isTrue();
    assertThat(Target.exact(map("kustomization.yaml", "kind: Service")).matches(ROUTE)).isFalse();
  }

  @Test
  void groupVersionAndKindMatchTheApiVersionParts() {
    assertThat(
            matches("group: gateway.networking.k8s.io\nversion: v1beta1\nkind: HTTPRoute", ROUTE))
        .isTrue();
    assertThat(matches("group: gateway.networking.k8s.io\nversion: v1", ROUTE)).isFalse();
    assertThat(matches("kind: Gateway", ROUTE)).isFalse();
    assertThat(matches("kind: HTTPRoute|GRPCRoute", ROUTE)).isTrue();
    assertThat(matches("version: v1\nkind: Service", SERVICE)).isTrue();
    assertThat(matches("group: apps\nkind: Service", SERVICE)).isFalse();
    assertThat(matches("{}", SERVICE)).isTrue();
  }

  @Test
  void labelAndAnnotationSelectorsReadTheObjectMetadata() {
    assertThat(matches("labelSelector: app=web", ROUTE)).isTrue();
    assertThat(matches("labelSelector: app notin (web)", ROUTE)).isFalse();
    assertThat(
            matches(
                "annotationSelector: external-dns.alpha.kubernetes.io/target=lb.example.com",
                ROUTE))
        .isTrue();
    assertThat(matches("annotationSelector: external-dns.alpha.kubernetes.io/target", SERVICE))
        .isFalse();
    assertThat(Target.of(Trees.tree("f.yaml", "- not a mapping"))).isNull();
  }
}
