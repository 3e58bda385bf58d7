package io.github.gwdns.core.render;

import static io.github.gwdns.core.render.Trees.map;
import static io.github.gwdns.core.render.Trees.objects;
import static io.github.gwdns.core.render.Trees.text;
import static io.github.gwdns.core.render.Trees.where;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplacementsTest {
  private static final String NAMESPACE =
      """
      apiVersion: v1
      kind: Namespace
      metadata:
        name: media
      """;

  private static final String FLUX_KUSTOMIZATIONS =
      """
      apiVersion: kustomize.toolkit.fluxcd.io/v1
      kind: Kustomization
      metadata:
        name: jellyfin
      spec:
        path: ./apps/jellyfin
      ---
      apiVersion: kustomize.toolkit.fluxcd.io/v1
      kind: Kustomization
      metadata:
        name: plex
      spec:
        path: ./apps/plex
        targetNamespace: placeholder
      """;

  private static final String GATEWAY =
      """
      apiVersion: gateway.networking.k8s.io/v1
      kind: Gateway
      metadata:
        name: public
      spec:
        listeners:
          - name: http
            hostname: http.example.com
          - name: https
            hostname: web.example.com
      """;

  private static final String ROUTE =
      """
      apiVersion: gateway.networking.k8s.io/v1
      kind: HTTPRoute
      metadata:
        name: web
      spec:
        hostnames:
          - placeholder.example.org
        rules:
          - backendRefs:
              - name: web
              - name: api
      """;

  private static List<RenderedObject> all(String... fileAndText) {
    List<RenderedObject> all = new ArrayList<>();
    for (int i = 0; i < fileAndText.length; i += 2) {
      all.addAll(objects(fileAndText[i], fileAndText[i + 1]));
    }
    return all;
  }

  private static String apply(List<RenderedObject> objects, String replacement) {
    return Replacements.apply(
        objects, map("kustomization.yaml", replacement), "kustomization.yaml");
  }

  @Test
  void theNamespaceNameGoesIntoTargetNamespaceOfEveryFluxKustomizationCreatingTheField() {
    List<RenderedObject> objects = all("namespace.yaml", NAMESPACE, "ks.yaml", FLUX_KUSTOMIZATIONS);

    String failure =
        apply(
            objects,
            """
        source:
          kind: Namespace
          fieldPath: metadata.name
        targets:
          - select:
              kind: Kustomization
            fieldPaths:
              - spec.targetNamespace
            options:
              create: true
        """);

    assertThat(failure).isNull();
    assertThat(objects)
        .extracting(RenderedObject::name)
        .containsExactly("media", "jellyfin", "plex");
    for (RenderedObject ks : objects.subList(1, 3)) {
      assertThat(text(ks, "spec", "targetNamespace")).isEqualTo("media");
      assertThat(where(ks, "spec", "targetNamespace")).isEqualTo("namespace.yaml:4:9");
    }
    assertThat(where(objects.get(1), "spec", "path")).isEqualTo("ks.yaml:6:9");
    assertThat(where(objects.get(2), "spec", "path")).isEqualTo("ks.yaml:13:9");
    assertThat(text(objects.get(0), "spec", "targetNamespace")).isNull();
  }

  @Test
  void aMissingTargetFieldWithoutCreateIsAFailureAsInKustomize() {
    // Since kustomize 5.0 (kubernetes-sigs/kustomize#4789): "unable to find field
    // "spec.targetNamespace" in
    // replacement target"; the build fails. Only options.create adds the field.
    List<RenderedObject> objects = all("namespace.yaml", NAMESPACE, "ks.yaml", FLUX_KUSTOMIZATIONS);

    String failure =
        apply(
            objects,
            """
        source: {kind: Namespace}
        targets:
          - select: {kind: Kustomization}
            fieldPaths: [spec.targetNamespace]
        """);

    assertThat(failure).isNotNull();
    assertThat(text(objects.get(1), "spec", "targetNamespace")).isNull();
  }

  @Test
  void anExistingTargetFieldIsReplacedWithoutCreate() {
    List<RenderedObject> objects = all("namespace.yaml", NAMESPACE, "ks.yaml", FLUX_KUSTOMIZATIONS);

    assertThat(
            apply(
                objects,
                """
        source: {kind: Namespace}
        targets:
          - select: {kind: Kustomization, name: plex}
            fieldPaths: [spec.targetNamespace]
        """))
        .isNull();

    assertThat(text(objects.get(1), "spec", "targetNamespace")).isNull();
    assertThat(text(objects.get(2), "spec", "targetNamespace")).isEqualTo("media");
    assertThat(where(objects.get(2), "spec", "targetNamespace")).isEqualTo("namespace.yaml:4:9");
  }

  @Test
  void listItemsAreSelectedByAFieldValue() {
    List<RenderedObject> objects = all("gateway.yaml", GATEWAY, "route.yaml", ROUTE);

    assertThat(
            apply(
                objects,
                """
        source:
          kind: Gateway
          name: public
          fieldPath: spec.listeners.[name=https].hostname
        targets:
          - select: {kind: HTTPRoute}
            fieldPaths:
              - spec.hostnames.0
              - spec.rules.0.backendRefs.[name=api].name
        """))
        .isNull();

    RenderedObject route = objects.get(1);
    assertThat(text(route, "spec", "hostnames", 0)).isEqualTo("web.example.com");
    assertThat(where(route, "spec", "hostnames", 0)).isEqualTo("gateway.yaml:10:17");
    assertThat(text(route, "spec", "rules", 0, "backendRefs", 0, "name")).isEqualTo("web");
    assertThat(text(route, "spec", "rules", 0, "backendRefs", 1, "name"))
        .isEqualTo("web.example.com");
  }

  @Test
  void delimiterAndIndexPickAPartOfTheSourceAndReplaceAPartOfTheTarget() {
    List<RenderedObject> objects = all("gateway.yaml", GATEWAY, "route.yaml", ROUTE);

    assertThat(
            apply(
                objects,
                """
        source:
          kind: Gateway
          fieldPath: spec.listeners.1.hostname
          options:
            delimiter: "."
            index: 0
        targets:
          - select: {kind: HTTPRoute}
            fieldPaths: [spec.hostnames.0]
            options:
              delimiter: "."
              index: 0
        """))
        .isNull();

    // "web" of web.example.com replaces "placeholder" of placeholder.example.org.
    assertThat(text(objects.get(1), "spec", "hostnames", 0)).isEqualTo("web.example.org");
  }

  @Test
  void aTargetIndexOutsideThePartsPrependsOrAppendsAsKustomizeDoes() {
    // kustomize's setTargetValue: index < 0 prepends the value, index >= the number of parts
    // appends it.
    List<RenderedObject> objects = all("gateway.yaml", GATEWAY, "route.yaml", ROUTE);
    String replacement =
        """
        source: {kind: Gateway, fieldPath: spec.listeners.1.hostname, options: {delimiter: ".", index: 0}}
        targets:
          - select: {kind: HTTPRoute}
            fieldPaths: [spec.hostnames.0]
            options: {delimiter: ".", index: %s}
        """;

    assertThat(apply(objects, replacement.formatted("3"))).isNull();
    assertThat(text(objects.get(1), "spec", "hostnames", 0))
        .isEqualTo("placeholder.example.org.web");
    assertThat(apply(objects, replacement.formatted("-1"))).isNull();
    assertThat(text(objects.get(1), "spec", "hostnames", 0))
        .isEqualTo("web.placeholder.example.org.web");
  }

  @Test
  void aSourceIndexOutsideThePartsIsAFailureAsInKustomize() {
    // kustomize: "options.index 5 is out of bounds for value web.example.com"; the build fails.
    List<RenderedObject> objects = all("gateway.yaml", GATEWAY, "route.yaml", ROUTE);

    String failure =
        apply(
            objects,
            """
        source: {kind: Gateway, fieldPath: spec.listeners.1.hostname, options: {delimiter: ".", index: 5}}
        targets:
          - select: {kind: HTTPRoute}
            fieldPaths: [spec.hostnames.0]
        """);

    assertThat(failure).isNotNull();
    assertThat(text(objects.get(1), "spec", "hostnames", 0)).isEqualTo("placeholder.example.org");
  }

  @Test
  void aTargetValueReplacedInPartKeepsItsFileWithItsPosition() {
    // The node keeps the target's span (route.yaml 7:7); its file must be the one that span is in.
    List<RenderedObject> objects = all("gateway.yaml", GATEWAY, "route.yaml", ROUTE);

    assertThat(
            apply(
                objects,
                """
        source: {kind: Gateway, fieldPath: spec.listeners.1.hostname, options: {delimiter: ".", index: 0}}
        targets:
          - select: {kind: HTTPRoute}
            fieldPaths: [spec.hostnames.0]
            options: {delimiter: ".", index: 0}
        """))
        .isNull();

    assertThat(text(objects.get(1), "spec", "hostnames", 0)).isEqualTo("web.example.org");
    assertThat(where(objects.get(1), "spec", "hostnames", 0)).isEqualTo("route.yaml:7:7");
  }

  @Test
  void aSourceMatchingNoObjectOrTwoIsAFailure() {
    List<RenderedObject> objects = all("namespace.yaml", NAMESPACE, "ks.yaml", FLUX_KUSTOMIZATIONS);

    assertThat(
            apply(
                objects,
                """
        source: {kind: Namespace, name: missing}
        targets:
          - select: {kind: Kustomization}
            fieldPaths: [spec.targetNamespace]
        """))
        .isEqualTo("its source (kind=Namespace name=missing) matches no resource");
    assertThat(
            apply(
                objects,
                """
        source: {kind: Kustomization}
        targets:
          - select: {kind: Namespace}
            fieldPaths: [metadata.labels.app]
        """))
        .isEqualTo("its source (kind=Kustomization) matches 2 resources");
    assertThat(
            apply(
                objects,
                """
        source: {kind: Namespace, fieldPath: spec.none}
        targets: []
        """))
        .isEqualTo("its source field spec.none of Namespace media is not a value");
    assertThat(text(objects.get(2), "spec", "targetNamespace")).isEqualTo("placeholder");
  }

  @Test
  void rejectedObjectsAreLeftAlone() {
    List<RenderedObject> objects = all("namespace.yaml", NAMESPACE, "ks.yaml", FLUX_KUSTOMIZATIONS);

    assertThat(
            apply(
                objects,
                """
        source: {kind: Namespace}
        targets:
          - select: {kind: Kustomization}
            reject:
              - name: plex
            fieldPaths: [spec.targetNamespace]
            options: {create: true}
        """))
        .isNull();

    assertThat(text(objects.get(1), "spec", "targetNamespace")).isEqualTo("media");
    assertThat(text(objects.get(2), "spec", "targetNamespace")).isEqualTo("placeholder");
    assertThat(where(objects.get(2), "spec", "targetNamespace")).isEqualTo("ks.yaml:14:20");
  }
}
