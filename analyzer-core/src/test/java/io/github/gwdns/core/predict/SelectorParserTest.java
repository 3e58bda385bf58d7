package io.github.gwdns.core.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gwdns.core.model.LabelSelector;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SelectorParserTest {
  @Test
  void everyOperatorOfLabelSelectorSyntax() {
    LabelSelector s =
        SelectorParser.parse("team=web, env in (prod,stage),tier!=db,!legacy,owner, app==shop");
    assertThat(s.matches(Map.of("team", "web", "env", "prod", "owner", "x", "app", "shop")))
        .isTrue();
    assertThat(s.matches(Map.of("team", "web", "env", "dev", "owner", "x", "app", "shop")))
        .isFalse();
    assertThat(
            s.matches(
                Map.of("team", "web", "env", "prod", "owner", "x", "app", "shop", "tier", "db")))
        .isFalse();
    assertThat(
            s.matches(
                Map.of("team", "web", "env", "prod", "owner", "x", "app", "shop", "legacy", "")))
        .isFalse();
    assertThat(s.matches(Map.of("team", "web", "env", "prod", "app", "shop"))).isFalse();
    assertThat(SelectorParser.parse("env notin (prod)").matches(Map.of())).isTrue();
    assertThat(SelectorParser.parse("a.b/c=").matches(Map.of("a.b/c", ""))).isTrue();
  }

  @Test
  void emptySelectsEverything() {
    assertThat(SelectorParser.parse("").matches(Map.of("a", "b"))).isTrue();
    assertThat(SelectorParser.parse("  ").isEmpty()).isTrue();
  }

  @Test
  void malformedSelectorsSayWhere() {
    assertThatThrownBy(() -> SelectorParser.parse("a in prod"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at column 6");
    assertThatThrownBy(() -> SelectorParser.parse("replicas>3"))
        .hasMessageContaining("not supported");
    assertThatThrownBy(() -> SelectorParser.parse("a=b,,c"))
        .hasMessageContaining("expected a label key");
  }
}
