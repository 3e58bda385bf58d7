package io.github.gwdns.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArgoWalkTest {
  @Test
  void aStarMatchesAcrossDirectories() {
    assertThat(ArgoWalk.globs("*-test.yaml", "route-test.yaml")).isTrue();
    assertThat(ArgoWalk.globs("*-test.yaml", "sub/dir/route-test.yaml")).isTrue();
    assertThat(ArgoWalk.globs("*-test.yaml", "route-test.yml")).isFalse();
    assertThat(ArgoWalk.globs("*-test.yaml", "route.yaml")).isFalse();
    assertThat(ArgoWalk.globs("route?.yaml", "route1.yaml")).isTrue();
    assertThat(ArgoWalk.globs("*.yaml", "route.yamlx")).isFalse();
  }

  @Test
  void bracesAreAlternatives() {
    assertThat(ArgoWalk.globs("{a.yaml,drafts/*}", "a.yaml")).isTrue();
    assertThat(ArgoWalk.globs("{a.yaml,drafts/*}", "drafts/route.yaml")).isTrue();
    assertThat(ArgoWalk.globs("{a.yaml,drafts/*}", "drafts/deep/route.yaml")).isTrue();
    assertThat(ArgoWalk.globs("{a.yaml,drafts/*}", "b.yaml")).isFalse();
    assertThat(ArgoWalk.globs("{a.yaml,drafts/*}", "other/a.yaml")).isFalse();
    assertThat(ArgoWalk.globs("{a.yaml,drafts/*}", "xa.yaml")).isFalse();
  }

  @Test
  void regexCharactersOfThePatternAreLiteral() {
    assertThat(ArgoWalk.globs("a+b.yaml", "a+b.yaml")).isTrue();
    assertThat(ArgoWalk.globs("a+b.yaml", "aab.yaml")).isFalse();
    assertThat(ArgoWalk.globs("(x).yaml", "(x).yaml")).isTrue();
  }
}
