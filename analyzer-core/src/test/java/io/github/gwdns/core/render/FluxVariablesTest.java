package io.github.gwdns.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FluxVariablesTest {
  private static final Map<String, String> VALUES = Map.of("APP", "coder", "DOMAIN", "example.com");

  @Test
  void replacesKnownVariablesAndKeepsUnknownOnes() {
    assertThat(FluxVariables.substitute("${APP}.${DOMAIN}", VALUES)).isEqualTo("coder.example.com");
    assertThat(FluxVariables.substitute("vault.${SECRET_ONLY}", VALUES)).isEqualTo("vault.${SECRET_ONLY}");
    assertThat(FluxVariables.substitute("no variables", VALUES)).isEqualTo("no variables");
    assertThat(FluxVariables.substitute("$APP and ${unclosed", VALUES)).isEqualTo("$APP and ${unclosed");
  }

  @Test
  void defaultsMayNestAsFluxAllows() {
    assertThat(FluxVariables.substitute("${APP_DOMAIN:=${APP_SUBDOMAIN:=${APP}}.${DOMAIN}}", VALUES)).isEqualTo("coder.example.com");
    assertThat(FluxVariables.substitute("${APP_DOMAIN:=${APP}.${DOMAIN_APP}}", VALUES)).isEqualTo("coder.${DOMAIN_APP}");
    assertThat(FluxVariables.substitute("${MISSING:-fallback}", VALUES)).isEqualTo("fallback");
    assertThat(FluxVariables.substitute("${APP:=ignored}", VALUES)).isEqualTo("coder");
  }
}
