package io.github.gwdns.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.Analyzer;
import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.finding.Notice;
import io.github.gwdns.core.load.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rendered manifests on standard input ({@code helm template | gwdns check -}, {@code kustomize
 * build | gwdns check -}) are reported at the files they were rendered from, at the lines of the
 * fields there, never at {@code <stdin>} when an origin is known.
 */
class RenderedInputTest {
  @TempDir Path repo;

  private static final String GATEWAY =
      """
      apiVersion: gateway.networking.k8s.io/v1
      kind: Gateway
      metadata:
        name: public
        namespace: infra
      spec:
        gatewayClassName: envoy
        listeners:
          - name: https
            protocol: HTTPS
            port: 443
            hostname: "*.example.com"
            allowedRoutes:
              namespaces:
                from: All
      """;

  private static final String TEMPLATE =
      """
      {{- if .Values.httpRoute.enabled -}}
      {{- $fullName := include "shop.fullname" . -}}
      apiVersion: gateway.networking.k8s.io/v1
      kind: HTTPRoute
      metadata:
        name: {{ $fullName }}
        labels:
          {{- include "shop.labels" . | nindent 4 }}
      spec:
        parentRefs:
          {{- toYaml .Values.httpRoute.parentRefs | nindent 4 }}
        hostnames:
          {{- toYaml .Values.httpRoute.hostnames | nindent 4 }}
      {{- end }}
      """;

  /** What {@code helm template shop charts/shop} prints for TEMPLATE. */
  private static final String HELM_OUTPUT =
      """
      ---
      # Source: shop/templates/gateway.yaml
      %s---
      # Source: shop/templates/httproute.yaml
      apiVersion: gateway.networking.k8s.io/v1
      kind: HTTPRoute
      metadata:
        name: shop
        labels:
          app.kubernetes.io/name: shop
          app.kubernetes.io/instance: shop
      spec:
        parentRefs:
          - name: public
            namespace: infra
        hostnames:
          - shop.example.org
      """
          .formatted(GATEWAY);

  /**
   * {@code stream} as standard input, named {@code stdinName} (a path in the repository, or null)
   * with --stdin-name.
   */
  private AnalysisResult run(String stdinName, String stream) throws Exception {
    return Analyzer.run(
        AnalysisRequest.builder()
            .addSource(SourceFile.ofText(SourceFile.STDIN, stream))
            .stdinName(stdinName == null ? null : repo.resolve(stdinName).toString())
            .baseDir(repo)
            .build());
  }

  private static Finding only(AnalysisResult result, String rule) {
    List<Finding> found = result.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    assertThat(found).as("%s findings", rule).hasSize(1);
    return found.get(0);
  }

  private void write(String path, String text) throws IOException {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void helmTemplateOutputIsReportedAtTheTemplateLineThatPrintedTheField() throws Exception {
    write("charts/shop/Chart.yaml", "apiVersion: v2\nname: shop\nversion: 1.0.0\n");
    write("charts/shop/templates/httproute.yaml", TEMPLATE);
    write("charts/shop/templates/gateway.yaml", GATEWAY);

    Finding mismatch = only(run("charts/shop/Chart.yaml", HELM_OUTPUT), "hostname-mismatch");

    // hostnames come from the toYaml line 13 of the template, its item at the indentation of the
    // output.
    assertThat(mismatch.location().file()).isEqualTo("charts/shop/templates/httproute.yaml");
    assertThat(mismatch.location().startLine()).isEqualTo(13);
    assertThat(only(run("charts/shop", HELM_OUTPUT), "hostname-mismatch").location())
        .isEqualTo(mismatch.location());
  }

  @Test
  void aParentRefOfHelmOutputPointsAtItsTemplateLines() throws Exception {
    write("charts/shop/templates/httproute.yaml", TEMPLATE);
    write("charts/shop/templates/gateway.yaml", GATEWAY);
    String unknownParent = HELM_OUTPUT.replace("- name: public", "- name: private");

    Finding parent = only(run("charts/shop/Chart.yaml", unknownParent), "parent-not-found");

    assertThat(parent.location().file()).isEqualTo("charts/shop/templates/httproute.yaml");
    assertThat(parent.location().startLine()).isEqualTo(11);
  }

  @Test
  void helmSourcePathsAreTakenFromTheRepositoryRootWithoutStdinName() throws Exception {
    write("shop/templates/httproute.yaml", TEMPLATE);

    AnalysisResult result = run(null, HELM_OUTPUT);

    assertThat(only(result, "hostname-mismatch").location().file())
        .isEqualTo("shop/templates/httproute.yaml");
    assertThat(result.notices())
        .extracting(Notice::message)
        .noneMatch(m -> m.contains("name no file"));
  }

  @Test
  void aTemplateNotInTheRepositoryIsStillNamedWithTheLinesOfItsRenderedDocument() throws Exception {
    Finding mismatch = only(run(null, HELM_OUTPUT), "hostname-mismatch");

    assertThat(mismatch.location().file()).isEqualTo("shop/templates/httproute.yaml");
    // Line 14 of the rendered document, counted from the line after its `---`.
    assertThat(mismatch.location().startLine()).isEqualTo(14);
  }

  @Test
  void kustomizeOriginAnnotationsNameTheResourceFileAndItsFieldPositions() throws Exception {
    String route =
        """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: shop
        spec:
          parentRefs:
            - name: public
              namespace: infra
          hostnames:
            - shop.example.org
        """;
    write("apps/base/route.yaml", "# the shop's route\n" + route);
    write(
        "apps/prod/kustomization.yaml",
        "resources:\n  - ../base/route.yaml\nbuildMetadata: [originAnnotations]\n");
    String built =
        GATEWAY
            + "---\n"
            + route.replace(
                "  name: shop\n",
                """
          name: shop
          namespace: shop
          annotations:
            config.kubernetes.io/origin: |
              path: ../base/route.yaml
        """);

    Finding mismatch = only(run("apps/prod/kustomization.yaml", built), "hostname-mismatch");

    assertThat(mismatch.location().file()).isEqualTo("apps/base/route.yaml");
    assertThat(mismatch.location().startLine()).isEqualTo(11);
    // The hostname's list item, as when apps/base/route.yaml itself is analyzed.
    assertThat(mismatch.location().startColumn()).isEqualTo(5);
  }

  @Test
  void aRemoteOriginAndNoOriginStayAtTheStreamAndTheUserIsTold() throws Exception {
    String remote =
        GATEWAY
            + "---\n"
            + """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: shop
          namespace: infra
          annotations:
            config.kubernetes.io/origin: |
              path: examples/route.yaml
              repo: https://github.com/example/shop
              ref: v1.0.0
        spec:
          parentRefs:
            - name: public
          hostnames:
            - shop.example.org
        """;

    AnalysisResult result = run(null, remote);

    assertThat(only(result, "hostname-mismatch").location().file()).isEqualTo(SourceFile.STDIN);
    assertThat(only(result, "hostname-mismatch").location().startLine()).isEqualTo(31);
    assertThat(result.notices())
        .extracting(Notice::message)
        .anyMatch(
            m ->
                m.startsWith("2 objects of standard input name no file they were rendered from")
                    && m.contains("--stdin-name"));
  }

  @Test
  void stdinNameNamesTheStreamWhenNoOriginIsKnown() throws Exception {
    String plain =
        GATEWAY
            + "---\n"
            + """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: shop
          namespace: infra
        spec:
          parentRefs:
            - name: public
          hostnames:
            - shop.example.org
        """;

    AnalysisResult result = run("rendered/all.yaml", plain);

    assertThat(only(result, "hostname-mismatch").location().file()).isEqualTo("rendered/all.yaml");
    assertThat(result.notices())
        .extracting(Notice::message)
        .noneMatch(m -> m.contains("name no file"));
  }
}
