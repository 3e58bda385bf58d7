package io.github.gwdns.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterNamesTest {
  @Test
  void theCommonPrefixAndSuffixAreRemoved() {
    assertThat(ClusterNames.of(List.of("kubernetes/main/flux", "kubernetes/utility/flux")))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("kubernetes/main/flux", "main", "kubernetes/utility/flux", "utility"));
    assertThat(ClusterNames.of(List.of("clusters/prod", "clusters/staging")))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("clusters/prod", "prod", "clusters/staging", "staging"));
    assertThat(ClusterNames.of(List.of("clusters/prod/eu", "clusters/staging")))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("clusters/prod/eu", "prod/eu", "clusters/staging", "staging"));
  }

  @Test
  void aSingleKeyKeepsItsWholePath() {
    assertThat(ClusterNames.of(List.of("kubernetes/main/flux")))
        .containsExactly(Map.entry("kubernetes/main/flux", "kubernetes/main/flux"));
    assertThat(ClusterNames.of(List.of(""))).containsExactly(Map.entry("", "."));
  }

  @Test
  void argoKeysAreShownWithoutTheirSchemeAndPrefix() {
    assertThat(
            ClusterNames.of(
                List.of(
                    "argo:https://prod.example.com:6443", "argo:https://staging.example.com:6443")))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "argo:https://prod.example.com:6443", "prod.example.com:6443",
                "argo:https://staging.example.com:6443", "staging.example.com:6443"));
    assertThat(ClusterNames.of(List.of("argo:prod", "clusters/staging")))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("argo:prod", "prod", "clusters/staging", "clusters/staging"));
  }

  @Test
  void collidingNamesFallBackToTheirFullKeys() {
    // A Flux cluster directory and an Argo CD destination with the same name: two clusters, two
    // names.
    Map<String, String> names = ClusterNames.of(List.of("staging", "argo:staging"));

    assertThat(names.get("staging")).isEqualTo("staging");
    assertThat(names.get("argo:staging")).isNotEqualTo("staging");
  }
}
