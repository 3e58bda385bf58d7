package io.github.gwdns.core.attach;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GatewayClassNamesTest {
  @Test
  void oneEditAwayIsATypo() {
    assertThat(GatewayClassNames.similar("envoy-gatway", "envoy-gateway")).isTrue();
    assertThat(GatewayClassNames.similar("cillium", "cilium")).isTrue();
    assertThat(GatewayClassNames.similar("ngnix", "nginx"))
        .isFalse(); // a transposition is two edits on a short name
    assertThat(GatewayClassNames.similar("Traefik", "traefik")).isTrue();
  }

  @Test
  void longNamesMayBeTwoEditsAway() {
    assertThat(
            GatewayClassNames.similar(
                "gke-l7-global-external-managd", "gke-l7-global-external-managed"))
        .isTrue();
    assertThat(GatewayClassNames.similar("envoy-gatewya", "envoy-gateway")).isTrue();
  }

  @Test
  void differentClassesAreNotTypos() {
    assertThat(GatewayClassNames.similar("internal", "external")).isFalse();
    assertThat(GatewayClassNames.similar("envoy", "envoy-gateway")).isFalse();
    assertThat(GatewayClassNames.similar("example", "example-gateway-class")).isFalse();
    assertThat(GatewayClassNames.similar("gateway-1", "gateway-2")).isFalse();
    assertThat(GatewayClassNames.similar("eg", "ea")).isFalse();
    assertThat(GatewayClassNames.similar("gke-l7-rilb", "gke-l7-gxlb")).isFalse();
  }

  @Test
  void distanceIsLevenshtein() {
    assertThat(GatewayClassNames.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(GatewayClassNames.distance("", "abc")).isEqualTo(3);
    assertThat(GatewayClassNames.distance("same", "same")).isZero();
  }
}
