package io.github.gwdns.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.render.Variables;
import org.junit.jupiter.api.Test;

class VariablesTest {
  @Test
  void fluxVariablesAndVaultPlaceholdersAreVariables() {
    assertThat(Variables.hasVariable("${SECRET_DOMAIN}")).isTrue();
    assertThat(Variables.hasVariable("web.${SECRET_DOMAIN:=example.com}")).isTrue();
    assertThat(Variables.hasVariable("<path:kv/data/x#k>")).isTrue();
    assertThat(Variables.hasVariable("<name>.example.com")).isTrue();
    assertThat(Variables.hasVariable("$SECRET_DOMAIN")).isFalse();
    assertThat(Variables.hasVariable("a < b")).isFalse();
    assertThat(Variables.hasVariable("<two words>")).isFalse();
    assertThat(Variables.hasVariable(null)).isFalse();
  }

  @Test
  void namesAreWhatVarGivesValuesFor() {
    assertThat(Variables.names("${A}.${B:=x}.<path:kv/data/x#k>.<name>.${A}"))
        .containsExactly("A", "B", "path:kv/data/x#k", "name");
    assertThat(Variables.names("no variables")).isEmpty();
  }

  @Test
  void writtenIsHowTheTextSpellsTheVariable() {
    assertThat(Variables.written("api.<name>", "name")).isEqualTo("<name>");
    assertThat(Variables.written("x <path:kv/data/x#k>", "path:kv/data/x#k"))
        .isEqualTo("<path:kv/data/x#k>");
    assertThat(Variables.written("${X}", "X")).isEqualTo("${X}");
    assertThat(Variables.written("${X:=default}", "X")).isEqualTo("${X}");
    assertThat(Variables.isVaultPlaceholder("api.<name>", "name")).isTrue();
    assertThat(Variables.isVaultPlaceholder("${X}", "X")).isFalse();
  }
}
