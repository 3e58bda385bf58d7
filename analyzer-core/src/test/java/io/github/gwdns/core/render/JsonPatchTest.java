package io.github.gwdns.core.render;

import static io.github.gwdns.core.render.Trees.at;
import static io.github.gwdns.core.render.Trees.list;
import static io.github.gwdns.core.render.Trees.object;
import static io.github.gwdns.core.render.Trees.text;
import static io.github.gwdns.core.render.Trees.texts;
import static io.github.gwdns.core.render.Trees.where;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.load.ManifestMap;
import org.junit.jupiter.api.Test;

class JsonPatchTest {
  private static final RenderedObject ROUTE =
      object(
          "route.yaml",
          """
      apiVersion: gateway.networking.k8s.io/v1
      kind: HTTPRoute
      metadata:
        name: web
        annotations:
          a/b: slash
          c~d: tilde
      spec:
        hostnames:
          - a.example.com
          - b.example.com
        rules:
          - backendRefs:
              - name: web
                port: 80
      """);

  private static JsonPatch.Result apply(String operations) {
    return JsonPatch.apply(ROUTE, list("ops.yaml", operations), "ops.yaml");
  }

  private static RenderedObject applied(String operations) {
    JsonPatch.Result result = apply(operations);
    assertThat(result.failure()).isNull();
    return result.object();
  }

  @Test
  void addSetsAMapKeyWithThePatchPosition() {
    RenderedObject route =
        applied(
            """
        - op: add
          path: /metadata/labels
          value:
            app: web
        """);
    assertThat(text(route, "metadata", "labels", "app")).isEqualTo("web");
    assertThat(where(route, "metadata", "labels", "app")).isEqualTo("ops.yaml:4:10");
    assertThat(where(route, "metadata", "name")).isEqualTo("route.yaml:4:9");
  }

  @Test
  void addInsertsAtAListIndexOrAppendsWithDash() {
    RenderedObject inserted =
        applied(
            """
        - op: add
          path: /spec/hostnames/1
          value: c.example.com
        """);
    assertThat(texts(inserted, "spec", "hostnames"))
        .containsExactly("a.example.com", "c.example.com", "b.example.com");
    assertThat(where(inserted, "spec", "hostnames", 1)).isEqualTo("ops.yaml:3:10");
    assertThat(where(inserted, "spec", "hostnames", 2)).isEqualTo("route.yaml:11:7");

    RenderedObject appended =
        applied(
            """
        - op: add
          path: /spec/hostnames/-
          value: c.example.com
        """);
    assertThat(texts(appended, "spec", "hostnames"))
        .containsExactly("a.example.com", "b.example.com", "c.example.com");
    assertThat(where(appended, "spec", "hostnames", 2)).isEqualTo("ops.yaml:3:10");
  }

  @Test
  void removeDropsAListItem() {
    RenderedObject route =
        applied(
            """
        - op: remove
          path: /spec/hostnames/0
        """);
    assertThat(texts(route, "spec", "hostnames")).containsExactly("b.example.com");
    assertThat(where(route, "spec", "hostnames", 0)).isEqualTo("route.yaml:11:7");
  }

  @Test
  void replaceSetsAnExistingValue() {
    RenderedObject route =
        applied(
            """
        - op: replace
          path: /spec/rules/0/backendRefs/0/port
          value: 8080
        """);
    assertThat(text(route, "spec", "rules", 0, "backendRefs", 0, "port")).isEqualTo("8080");
    assertThat(where(route, "spec", "rules", 0, "backendRefs", 0, "port"))
        .isEqualTo("ops.yaml:3:10");
    assertThat(where(route, "spec", "rules", 0, "backendRefs", 0, "name"))
        .isEqualTo("route.yaml:14:17");
  }

  @Test
  void moveAndCopyKeepTheValueWhereItIsWritten() {
    RenderedObject moved =
        applied(
            """
        - op: move
          from: /spec/hostnames/1
          path: /metadata/annotations/moved
        """);
    assertThat(texts(moved, "spec", "hostnames")).containsExactly("a.example.com");
    assertThat(text(moved, "metadata", "annotations", "moved")).isEqualTo("b.example.com");
    assertThat(where(moved, "metadata", "annotations", "moved")).isEqualTo("route.yaml:11:7");

    RenderedObject copied =
        applied(
            """
        - op: copy
          from: /spec/hostnames/0
          path: /spec/hostnames/-
        """);
    assertThat(texts(copied, "spec", "hostnames"))
        .containsExactly("a.example.com", "b.example.com", "a.example.com");
    assertThat(where(copied, "spec", "hostnames", 2)).isEqualTo("route.yaml:10:7");
  }

  @Test
  void testPassesOnAnEqualValueAndFailsOtherwise() {
    RenderedObject route =
        applied(
            """
        - op: test
          path: /spec/hostnames/0
          value: a.example.com
        - op: remove
          path: /spec/hostnames/0
        """);
    assertThat(texts(route, "spec", "hostnames")).containsExactly("b.example.com");

    JsonPatch.Result failed =
        apply(
            """
        - op: test
          path: /spec/hostnames/0
          value: z.example.com
        - op: remove
          path: /spec/hostnames/0
        """);
    assertThat(failed.failure()).isEqualTo("test of /spec/hostnames/0 failed");
    assertThat(failed.object()).isSameAs(ROUTE);
  }

  @Test
  void pointerEscapesNameKeysWithSlashAndTilde() {
    RenderedObject route =
        applied(
            """
        - op: replace
          path: /metadata/annotations/a~1b
          value: replaced
        - op: remove
          path: /metadata/annotations/c~0d
        """);
    assertThat(((ManifestMap) at(route, "metadata", "annotations")).entries())
        .extracting(ManifestMap.Entry::key)
        .containsExactly("a/b");
    assertThat(text(route, "metadata", "annotations", "a/b")).isEqualTo("replaced");
    assertThat(JsonPatch.pointer("/a~01/b~10")).containsExactly("a~1", "b/0");
    assertThat(JsonPatch.pointer("")).isEmpty();
    assertThat(JsonPatch.pointer("no-slash")).isNull();
  }

  @Test
  void aMissingPathFailsAndLeavesTheObjectUnchanged() {
    JsonPatch.Result replace =
        apply(
            """
        - op: add
          path: /metadata/labels
          value: {app: web}
        - op: replace
          path: /spec/missing/x
          value: y
        """);
    assertThat(replace.failure()).isEqualTo("`replace /spec/missing/x`: the path does not exist");
    assertThat(replace.object()).isSameAs(ROUTE);
    assertThat(at(replace.object(), "metadata", "labels")).isNull();

    assertThat(
            apply(
                    """
        - op: add
          path: /spec/missing/x
          value: y
        """)
                .failure())
        .isEqualTo("`add /spec/missing/x`: the path does not exist");
    assertThat(
            apply(
                    """
        - op: remove
          path: /spec/hostnames/5
        """)
                .failure())
        .isEqualTo("`remove /spec/hostnames/5`: the path does not exist");
    assertThat(
            apply(
                    """
        - op: move
          from: /spec/nothing
          path: /spec/else
        """)
                .failure())
        .isEqualTo("`from` /spec/nothing does not exist");
    assertThat(texts(ROUTE, "spec", "hostnames")).containsExactly("a.example.com", "b.example.com");
  }
}
