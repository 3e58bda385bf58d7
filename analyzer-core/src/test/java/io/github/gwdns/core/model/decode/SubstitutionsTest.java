package io.github.gwdns.core.model.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SubstitutionsTest {
  private static final Map<String, String> VALUES = Map.of("APP", "coder", "DOMAIN", "example.com");

  @Test
  void replacesKnownVariablesAndKeepsUnknownOnes() {
    assertThat(Substitutions.substitute("${APP}.${DOMAIN}", VALUES)).isEqualTo("coder.example.com");
    assertThat(Substitutions.substitute("vault.${SECRET_ONLY}", VALUES)).isEqualTo("vault.${SECRET_ONLY}");
    assertThat(Substitutions.substitute("no variables", VALUES)).isEqualTo("no variables");
    assertThat(Substitutions.substitute("$APP and ${unclosed", VALUES)).isEqualTo("$APP and ${unclosed");
  }

  @Test
  void defaultsMayNestAsFluxAllows() {
    assertThat(Substitutions.substitute("${APP_DOMAIN:=${APP_SUBDOMAIN:=${APP}}.${DOMAIN}}", VALUES)).isEqualTo("coder.example.com");
    assertThat(Substitutions.substitute("${APP_DOMAIN:=${APP}.${DOMAIN_APP}}", VALUES)).isEqualTo("coder.${DOMAIN_APP}");
    assertThat(Substitutions.substitute("${MISSING:-fallback}", VALUES)).isEqualTo("fallback");
    assertThat(Substitutions.substitute("${APP:=ignored}", VALUES)).isEqualTo("coder");
  }
}
