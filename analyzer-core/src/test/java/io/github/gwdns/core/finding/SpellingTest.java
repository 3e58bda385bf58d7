package io.github.gwdns.core.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingTest {
  private static final List<String> OPTIONS =
      List.of("--format", "--fail-on", "--label-filter", "--gateway-label-filter", "--output");

  @Test
  void suggestsTheClosestNameWithinATypo() {
    assertThat(Spelling.closest("--formt", OPTIONS)).isEqualTo("--format");
    assertThat(Spelling.closest("--lable-filter", OPTIONS)).isEqualTo("--label-filter");
    assertThat(Spelling.closest("--FAIL-ON", OPTIONS)).isEqualTo("--fail-on");
    assertThat(Spelling.closest("--fail-onn", OPTIONS)).isEqualTo("--fail-on");
  }

  @Test
  void suggestsNothingForAnUnrelatedName() {
    assertThat(Spelling.closest("--verbose", OPTIONS)).isNull();
    assertThat(Spelling.closest("x", List.of("y"))).isNull();
    assertThat(Spelling.closest("ab", List.of("xy"))).isNull();
    assertThat(Spelling.didYouMean("--verbose", OPTIONS)).isEmpty();
    assertThat(Spelling.didYouMean("--outptu", OPTIONS)).isEqualTo("; did you mean `--output`?");
  }

  @Test
  void ofEquallyCloseNamesTakesTheFirstAlphabetically() {
    assertThat(Spelling.closest("bat", List.of("cat", "bar", "hat"))).isEqualTo("bar");
  }

  @Test
  void countsATranspositionAsOneEdit() {
    assertThat(Spelling.distance("outptu", "output")).isEqualTo(1);
    assertThat(Spelling.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Spelling.distance("", "abc")).isEqualTo(3);
  }
}
