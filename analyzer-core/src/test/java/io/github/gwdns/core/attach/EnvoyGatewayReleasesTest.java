package io.github.gwdns.core.attach;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.Analyzer;
import io.github.gwdns.core.load.SourceFile;
import org.junit.jupiter.api.Test;

/** Which Envoy Gateway release the manifests install, read as the chart and the cluster would. */
class EnvoyGatewayReleasesTest {
  private static EnvoyGatewayRelease release(String text) throws Exception {
    return Analyzer.run(
            AnalysisRequest.builder().addSource(SourceFile.ofText("eg.yaml", text)).build())
        .attachments()
        .envoyGatewayRelease();
  }

  private static String helmRelease(String version, String values) {
    return """
        apiVersion: helm.toolkit.fluxcd.io/v2
        kind: HelmRelease
        metadata: {name: envoy-gateway, namespace: network}
        spec:
          chart:
            spec: {chart: gateway-helm, version: "%s", sourceRef: {kind: HelmRepository, name: envoy}}
        %s"""
        .formatted(version, values == null ? "" : "  values:\n" + values.indent(4));
  }

  @Test
  void aHelmReleaseChartVersionWithOrWithoutTheV() throws Exception {
    EnvoyGatewayRelease r = release(helmRelease("v1.8.1", null));
    assertThat(r.version()).isEqualTo("v1.8.1");
    assertThat(r.pinned()).isTrue();
    assertThat(r.describe())
        .isEqualTo(
            "Envoy Gateway v1.8.1, from chart version v1.8.1 of HelmRelease network/envoy-gateway (eg.yaml)");
    assertThat(release(helmRelease("1.7.3", null)).version()).isEqualTo("v1.7.3");
  }

  @Test
  void theDevelopmentChartIsModeledAsTheNewestRelease() throws Exception {
    EnvoyGatewayRelease r = release(helmRelease("0.0.0-latest", null));
    assertThat(r.version()).isEqualTo("v1.9.0");
    assertThat(r.pinned()).isTrue();
    assertThat(r.source()).endsWith("(the development head, modeled as v1.9.0)");
  }

  @Test
  void anOciRepositoryTagThroughChartRef() throws Exception {
    EnvoyGatewayRelease r =
        release(
            """
        apiVersion: source.toolkit.fluxcd.io/v1
        kind: OCIRepository
        metadata: {name: envoy-gateway, namespace: network}
        spec:
          url: oci://mirror.gcr.io/envoyproxy/gateway-helm
          ref: {tag: v1.8.2}
        ---
        apiVersion: helm.toolkit.fluxcd.io/v2
        kind: HelmRelease
        metadata: {name: envoy-gateway, namespace: network}
        spec:
          chartRef: {kind: OCIRepository, name: envoy-gateway}
        """);
    assertThat(r.version()).isEqualTo("v1.8.2");
    assertThat(r.source())
        .isEqualTo(
            "tag v1.8.2 of OCIRepository network/envoy-gateway (eg.yaml), the chart of HelmRelease network/envoy-gateway (eg.yaml)");
  }

  @Test
  void theImageTheValuesSetWinsAsTheChartTemplatePicksIt() throws Exception {
    String repositoryAndTag =
        "deployment:\n  envoyGateway:\n    image: {repository: docker.io/envoyproxy/gateway, tag: v1.7.4}\n";
    assertThat(release(helmRelease("v1.9.0", repositoryAndTag)).version()).isEqualTo("v1.7.4");
    // The chart ignores a tag without a repository.
    String tagOnly = "deployment:\n  envoyGateway:\n    image: {tag: v1.7.4}\n";
    assertThat(release(helmRelease("v1.9.0", tagOnly)).version()).isEqualTo("v1.9.0");
    String global =
        "global:\n  images:\n    envoyGateway: {image: docker.io/envoyproxy/gateway:v1.8.3}\n";
    EnvoyGatewayRelease r = release(helmRelease("v1.9.0", global));
    assertThat(r.version()).isEqualTo("v1.8.3");
    assertThat(r.source())
        .startsWith(
            "image `global.images.envoyGateway.image` docker.io/envoyproxy/gateway:v1.8.3 in the values of HelmRelease");
  }

  @Test
  void aDeploymentImage() throws Exception {
    EnvoyGatewayRelease r =
        release(
            """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: envoy-gateway, namespace: envoy-gateway-system}
        spec:
          template:
            spec:
              containers:
              - {name: envoy-gateway, image: "docker.io/envoyproxy/gateway:v1.6.7@sha256:0123"}
              - {name: sidecar, image: "docker.io/envoyproxy/ratelimit:1e50889b"}
        """);
    assertThat(r.version()).isEqualTo("v1.6.7");
    assertThat(r.source())
        .startsWith(
            "image docker.io/envoyproxy/gateway:v1.6.7@sha256:0123 of Deployment envoy-gateway-system/envoy-gateway");
  }

  @Test
  void noPinSeveralPinsOrARangeLeaveTheNewestAssumedAndSayWhy() throws Exception {
    EnvoyGatewayRelease none =
        release("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x, namespace: y}\n");
    assertThat(none.pinned()).isFalse();
    assertThat(none.describe())
        .isEqualTo("Envoy Gateway v1.9.0 assumed: the manifests pin no Envoy Gateway release");
    EnvoyGatewayRelease several =
        release(
            helmRelease("v1.8.1", null)
                + "---\n"
                + helmRelease("v1.9.0", null).replace("name: envoy-gateway,", "name: eg2,"));
    assertThat(several.pinned()).isFalse();
    assertThat(several.source())
        .startsWith(
            "the manifests pin several releases (v1.8.1 by chart version v1.8.1 of HelmRelease network/envoy-gateway");
    EnvoyGatewayRelease range = release(helmRelease("1.8.x", null));
    assertThat(range.pinned()).isFalse();
    assertThat(range.source())
        .isEqualTo(
            "its version is not an exact release: `1.8.x`, the chart version 1.8.x of HelmRelease network/envoy-gateway (eg.yaml)");
  }

  @Test
  void anArgoApplicationChart() throws Exception {
    EnvoyGatewayRelease r =
        release(
            """
        apiVersion: argoproj.io/v1alpha1
        kind: Application
        metadata: {name: envoy-gateway, namespace: argocd}
        spec:
          sources:
          - {repoURL: docker.io/envoyproxy, chart: gateway-helm, targetRevision: v1.7.0}
        """);
    assertThat(r.version()).isEqualTo("v1.7.0");
  }
}
