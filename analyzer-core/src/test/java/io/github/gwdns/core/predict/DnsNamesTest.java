package io.github.gwdns.core.predict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** external-dns's gwMatchingHost, case by case (external-dns section 3.4). */
class DnsNamesTest {
  @ParameterizedTest(name = "listener [{0}] candidate [{1}] -> [{2}]")
  @CsvSource(
      delimiter = '|',
      nullValues = "NONE",
      value = {
        "''|a.example.com|a.example.com",
        "''|*.example.com|*.example.com",
        "*.example.com|''|*.example.com",
        "a.example.com|''|a.example.com",
        "a.example.com|A.Example.COM|a.example.com",
        "*.example.net|a.example.net|a.example.net",
        "*.example.net|foo.bar.example.net|foo.bar.example.net",
        "*.example.net|example.net|NONE",
        "*.example.net|*.foo.example.net|*.foo.example.net",
        "*.foo.example.net|*.example.net|*.foo.example.net",
        "a.example.net|*.example.net|a.example.net",
        "a.example.com|b.example.com|NONE",
        "''|app.example.com.|app.example.com.",
        "*.example.com|app.example.com.|NONE",
        "''|10.0.0.1|NONE",
        "''|2001:db8::1|NONE",
        "''|-bad.example.com|NONE",
        "''|a..example.com|NONE",
        "''|under_score.example.com|NONE",
      })
  void intersects(String listener, String candidate, String expected) {
    assertThat(DnsNames.intersect(listener, candidate)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"a.example.com.,a.example.com", "a.example.com,a.example.com", "*.x.,*.x"})
  void endpointNamesDropOneTrailingDot(String name, String expected) {
    assertThat(DnsNames.withoutTrailingDot(name)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "203.0.113.1,A",
    "2001:db8::1,AAAA",
    "::ffff:203.0.113.1,AAAA",
    "lb.example.net,CNAME",
    "01.2.3.4,CNAME"
  })
  void recordTypeFollowsTheTargetsSyntax(String target, String type) {
    assertThat(EndpointPredictor.recordType(target)).isEqualTo(type);
  }
}
