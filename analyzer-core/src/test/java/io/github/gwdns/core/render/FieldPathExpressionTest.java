package io.github.gwdns.core.render;

import static io.github.gwdns.core.render.Trees.tree;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.load.ManifestNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldPathExpressionTest {
  private static final ManifestNode ROUTE =
      tree(
          "route.yaml",
          """
      metadata:
        annotations:
          external-dns.alpha.kubernetes.io/target: lb.example.com
      spec:
        rules:
          - matches: [{path: {value: /}}]
            backendRefs:
              - name: web
              - name: api
          - backendRefs:
              - name: api
      """);

  private static List<List<Object>> resolve(String path, boolean create) {
    return FieldPathExpression.parse(path).resolve(ROUTE, create);
  }

  @Test
  void bracketsKeepDotsOfAKeyAndSelectListItems() {
    assertThat(
            FieldPathExpression.parse(
                    "metadata.annotations.[external-dns.alpha.kubernetes.io/target]")
                .steps())
        .containsExactly("metadata", "annotations", "[external-dns.alpha.kubernetes.io/target]");
    assertThat(resolve("metadata.annotations.[external-dns.alpha.kubernetes.io/target]", false))
        .containsExactly(
            List.of("metadata", "annotations", "external-dns.alpha.kubernetes.io/target"));
    assertThat(resolve("spec.rules.*.backendRefs.[name=api].name", false))
        .containsExactly(
            List.of("spec", "rules", 0, "backendRefs", 1, "name"),
            List.of("spec", "rules", 1, "backendRefs", 0, "name"));
    assertThat(resolve("spec.rules.1.backendRefs.0", false))
        .containsExactly(List.of("spec", "rules", 1, "backendRefs", 0));
  }

  @Test
  void missingKeysResolveOnlyWhenCreating() {
    assertThat(resolve("spec.targetNamespace", false)).isEmpty();
    assertThat(resolve("spec.targetNamespace", true))
        .containsExactly(List.of("spec", "targetNamespace"));
    assertThat(resolve("metadata.labels.[app.kubernetes.io/name]", true))
        .containsExactly(List.of("metadata", "labels", "app.kubernetes.io/name"));
    assertThat(resolve("spec.rules.5.backendRefs", true)).isEmpty();
    assertThat(resolve("spec.rules.*.backendRefs.[name=none]", true)).isEmpty();
  }
}
