package io.github.gwdns.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgoTemplateTest {
  /**
   * The parameters of a git directory generator for apps/media/jellyfin, as ArgoWalk makes them.
   */
  private static final Map<String, String> PARAMS =
      Map.of(
          "path", "apps/media/jellyfin",
          "path.path", "apps/media/jellyfin",
          "path.basename", "jellyfin",
          "path[0]", "apps",
          "path[1]", "media",
          "path.segments.0", "apps",
          "path.segments.1", "media",
          "path.segments.2", "jellyfin");

  @Test
  void fasttemplateReplacesParametersByName() {
    Set<String> unknown = new LinkedHashSet<>();
    assertThat(ArgoTemplate.render("{{path.basename}}.example.com", PARAMS, false, unknown))
        .isEqualTo("jellyfin.example.com");
    assertThat(ArgoTemplate.render("{{ path.basename }}-{{path[1]}}", PARAMS, false, unknown))
        .isEqualTo("jellyfin-media");
    assertThat(ArgoTemplate.render("no template", PARAMS, false, unknown)).isEqualTo("no template");
    assertThat(unknown).isEmpty();
  }

  @Test
  void goTemplateReadsFieldsAndIndexes() {
    Set<String> unknown = new LinkedHashSet<>();
    assertThat(ArgoTemplate.render("{{ .path.path }}", PARAMS, true, unknown))
        .isEqualTo("apps/media/jellyfin");
    assertThat(ArgoTemplate.render("{{.path.basename}}.example.com", PARAMS, true, unknown))
        .isEqualTo("jellyfin.example.com");
    assertThat(ArgoTemplate.render("ns-{{ index .path.segments 1 }}", PARAMS, true, unknown))
        .isEqualTo("ns-media");
    assertThat(unknown).isEmpty();
  }

  @Test
  void anUnknownExpressionIsLeftAsWrittenAndNamed() {
    Set<String> unknown = new LinkedHashSet<>();

    assertThat(
            ArgoTemplate.render("{{ .path.basename | upper }}.example.com", PARAMS, true, unknown))
        .isEqualTo("{{ .path.basename | upper }}.example.com");
    assertThat(ArgoTemplate.render("{{values.env}}-{{path.basename}}", PARAMS, false, unknown))
        .isEqualTo("{{values.env}}-jellyfin");
    // A fasttemplate tag in a goTemplate ApplicationSet is no field reference.
    assertThat(ArgoTemplate.render("{{path.basename}}", PARAMS, true, unknown))
        .isEqualTo("{{path.basename}}");
    assertThat(ArgoTemplate.render("{{ index .path.segments 7 }}", PARAMS, true, unknown))
        .isEqualTo("{{ index .path.segments 7 }}");

    assertThat(unknown)
        .containsExactly(
            "`{{ .path.basename | upper }}`",
            "`{{values.env}}`",
            "`{{path.basename}}`",
            "`{{ index .path.segments 7 }}`");
  }
}
