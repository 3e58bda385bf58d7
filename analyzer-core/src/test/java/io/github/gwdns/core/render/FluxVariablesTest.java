package io.github.gwdns.core.render;

import static io.github.gwdns.core.render.Trees.object;
import static io.github.gwdns.core.render.Trees.text;
import static io.github.gwdns.core.render.Trees.where;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FluxVariablesTest {
  private static final Map<String, String> VALUES = Map.of("APP", "coder", "DOMAIN", "example.com");

  @Test
  void replacesKnownVariablesAndKeepsUnknownOnes() {
    assertThat(FluxVariables.substitute("${APP}.${DOMAIN}", VALUES)).isEqualTo("coder.example.com");
    assertThat(FluxVariables.substitute("vault.${SECRET_ONLY}", VALUES))
        .isEqualTo("vault.${SECRET_ONLY}");
    assertThat(FluxVariables.substitute("no variables", VALUES)).isEqualTo("no variables");
    assertThat(FluxVariables.substitute("$APP and ${unclosed", VALUES))
        .isEqualTo("$APP and ${unclosed");
  }

  @Test
  void defaultsMayNestAsFluxAllows() {
    assertThat(
            FluxVariables.substitute("${APP_DOMAIN:=${APP_SUBDOMAIN:=${APP}}.${DOMAIN}}", VALUES))
        .isEqualTo("coder.example.com");
    assertThat(FluxVariables.substitute("${APP_DOMAIN:=${APP}.${DOMAIN_APP}}", VALUES))
        .isEqualTo("coder.${DOMAIN_APP}");
    assertThat(FluxVariables.substitute("${MISSING:-fallback}", VALUES)).isEqualTo("fallback");
    assertThat(FluxVariables.substitute("${APP:=ignored}", VALUES)).isEqualTo("coder");
  }

  @Test
  void aDefaultMayBeAVariableItself() {
    assertThat(FluxVariables.substitute("${MISSING:-${APP}}", VALUES)).isEqualTo("coder");
    assertThat(FluxVariables.substitute("${MISSING:-${OTHER}}", VALUES)).isEqualTo("${OTHER}");
    assertThat(FluxVariables.substitute("${MISSING:=}", VALUES)).isEqualTo("");
    assertThat(FluxVariables.substitute("a${APP}b${MISSING}c", VALUES))
        .isEqualTo("acoderb${MISSING}c");
  }

  @Test
  void onlyBracedVariablesAreSubstituted() {
    assertThat(FluxVariables.substitute("$APP", VALUES)).isEqualTo("$APP");
    assertThat(FluxVariables.substitute("${APP", VALUES)).isEqualTo("${APP");
    assertThat(FluxVariables.substitute("${APP}${", VALUES)).isEqualTo("coder${");
    assertThat(FluxVariables.substitute("${1APP}", VALUES)).isEqualTo("${1APP}");
    assertThat(FluxVariables.substitute((String) null, VALUES)).isNull();
  }

  @Test
  void anEmptyValueTakesTheDefaultAsFluxDoes() {
    // Flux's envsubst (toDefault): ${VAR:-default} and ${VAR:=default} give the default when VAR is
    // unset or empty.
    Map<String, String> values = Map.of("SUFFIX", "");
    assertThat(FluxVariables.substitute("web${SUFFIX:-.example.com}", values))
        .isEqualTo("web.example.com");
    assertThat(FluxVariables.substitute("web${SUFFIX:=.example.com}", values))
        .isEqualTo("web.example.com");
    assertThat(FluxVariables.substitute("web${SUFFIX}", values)).isEqualTo("web");
  }

  @Test
  void anObjectKeepsThePositionsOfItsSubstitutedStrings() {
    RenderedObject route =
        object(
            "route.yaml",
            """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: ${APP}
        spec:
          hostnames:
            - "${APP}.${DOMAIN}"
        """);

    RenderedObject substituted = FluxVariables.substitute(route, VALUES);

    assertThat(text(substituted, "metadata", "name")).isEqualTo("coder");
    assertThat(text(substituted, "spec", "hostnames", 0)).isEqualTo("coder.example.com");
    assertThat(where(substituted, "spec", "hostnames", 0)).isEqualTo("route.yaml:7:7");
    assertThat(FluxVariables.substitute(substituted, VALUES)).isSameAs(substituted);
  }

  @Test
  void anObjectThatDisablesSubstitutionIsLeftAlone() {
    RenderedObject route =
        object(
            "route.yaml",
            """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: ${APP}
          annotations:
            kustomize.toolkit.fluxcd.io/substitute: disabled
        """);

    assertThat(FluxVariables.substitute(route, VALUES)).isSameAs(route);
  }
}
