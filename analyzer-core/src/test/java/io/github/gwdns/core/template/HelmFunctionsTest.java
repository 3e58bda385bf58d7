package io.github.gwdns.core.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gwdns.core.template.GoTemplate.TemplateException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The functions chart values use through Helm's {@code tpl}; expected outputs are what Helm 3
 * (Sprig v3) renders for the same template and data.
 */
class HelmFunctionsTest {
  private static final Map<String, Object> DATA =
      Map.of(
          "Release", Map.of("Name", "atuin", "Namespace", "default"),
          "Chart", Map.of("Name", "app-template", "Version", "5.1.0"),
          "Values",
              Map.of(
                  "domain", "Example.COM", "empty", "", "port", 8080L, "list", List.of("a", "b")));

  private static String render(String template) throws TemplateException {
    return GoTemplate.parse(template, TemplateFunctions.HELM).execute(DATA);
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '#',
      value = {
        "{{ .Release.Name }}.example.com => atuin.example.com",
        "{{ .Release.Name }}.{{ .Values.domain | lower }} => atuin.example.com",
        "{{ upper .Release.Namespace }} => DEFAULT",
        "{{ .Values.empty | default \"fallback\" }} => fallback",
        "{{ .Values.missing | default .Release.Name }} => atuin",
        "{{ default \"x\" .Values.domain }} => Example.COM",
        "{{ printf \"%s-%s\" .Release.Name \"web\" }} => atuin-web",
        "{{ .Release.Name | quote }} => \"atuin\"",
        "{{ squote .Release.Name }} => 'atuin'",
        "{{ trunc 3 .Release.Name }} => atu",
        "{{ trunc -2 .Release.Name }} => in",
        "{{ .Chart.Name | trimSuffix \"-template\" }} => app",
        "{{ trimPrefix \"app-\" .Chart.Name }} => template",
        "{{ replace \"-\" \".\" .Chart.Name }} => app.template",
        "{{ contains \"tem\" .Chart.Name }} => true",
        "{{ hasPrefix \"app\" .Chart.Name }} => true",
        "{{ toString .Values.port }} => 8080",
        "{{ ternary \"yes\" \"no\" (eq .Release.Name \"atuin\") }} => yes",
        "{{ `{{HOMEPAGE_VAR_KEY}}` }} => {{HOMEPAGE_VAR_KEY}}",
        "{{ required \"domain is required\" .Values.domain }} => Example.COM",
      })
  void evaluatesWhatValuesUseAsHelmDoes(String template, String expected) throws TemplateException {
    assertThat(render(template)).isEqualTo(expected);
  }

  @Test
  void aMissingValuePrintsNoValueWhichHelmThenRemoves() throws TemplateException {
    // Go prints <no value>; Helm replaces it with "" after rendering: the caller's job.
    assertThat(render("{{ .Values.missing }}")).isEqualTo("<no value>");
  }

  @Test
  void aFunctionGwdnsDoesNotEvaluateIsUnsupportedNotAnError() {
    assertThatThrownBy(() -> render("{{ .Values.domain | sha256sum }}"))
        .isInstanceOfSatisfying(TemplateException.class, e -> assertThat(e.unsupported()).isTrue())
        .hasMessageContaining("sha256sum");
    assertThatThrownBy(() -> render("{{ include \"common.names.fullname\" . }}"))
        .isInstanceOfSatisfying(TemplateException.class, e -> assertThat(e.unsupported()).isTrue());
  }

  @Test
  void requiredAndFailFailTheRenderAsHelmDoes() {
    assertThatThrownBy(() -> render("{{ required \"host is required\" .Values.missing }}"))
        .isInstanceOfSatisfying(TemplateException.class, e -> assertThat(e.unsupported()).isFalse())
        .hasMessageContaining("host is required");
    assertThatThrownBy(() -> render("{{ fail \"no\" }}"))
        .isInstanceOfSatisfying(TemplateException.class, e -> assertThat(e.unsupported()).isFalse())
        .hasMessageContaining("no");
  }

  @Test
  void externalDnsKeepsItsOwnArgumentOrderAndUnknownNamesAreErrors() throws TemplateException {
    // external-dns's trimSuffix is strings.TrimSuffix(s, suffix); Sprig's takes the suffix first.
    assertThat(
            GoTemplate.parse("{{ trimSuffix \"web.example.com\" \".example.com\" }}").execute(null))
        .isEqualTo("web");
    assertThatThrownBy(() -> GoTemplate.parse("{{ lower \"A\" }}"))
        .isInstanceOfSatisfying(TemplateException.class, e -> assertThat(e.unsupported()).isFalse())
        .hasMessageContaining("function \"lower\" not defined");
  }
}
