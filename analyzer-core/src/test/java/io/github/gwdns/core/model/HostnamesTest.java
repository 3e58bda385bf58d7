package io.github.gwdns.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The controller's hostname rules (Gateway API hostnames page, conformance
 * httproute-hostname-intersection).
 */
class HostnamesTest {
  @ParameterizedTest(name = "listener [{0}] route [{1}] -> [{2}]")
  @CsvSource(
      delimiter = '|',
      nullValues = "NONE",
      value = {
        "NONE|a.example.com|a.example.com",
        "a.example.com|a.example.com|a.example.com",
        "a.example.com|b.example.com|NONE",
        "*.example.com|a.example.com|a.example.com",
        "*.example.com|a.b.example.com|a.b.example.com",
        "*.example.com|example.com|NONE",
        "very.specific.com|*.specific.com|very.specific.com",
        "*.com|*.example.com|*.example.com",
        "*.example.com|*.com|*.example.com",
        "*.example.com|*.example.org|NONE",
        "NONE|10.1.2.3|NONE",
        "*.example.com|10.1.2.3|NONE",
      })
  void intersectionYieldsTheMoreSpecificName(String listener, String route, String expected) {
    assertThat(Hostnames.intersect(listener, route)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{0}] invalid: {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "VALID",
      value = {
        "a.example.com|VALID",
        "*.example.com|VALID",
        "10.1.2.3|VALID",
        "A.example.com|it has uppercase letters (write it in lowercase)",
        "a.example.com.|it ends with a dot (drop the trailing dot)",
        "*|`*` is allowed only as the whole first label (`*.example.com`)",
        "a.*.com|`*` is allowed only as the whole first label (`*.example.com`)",
        "*a.com|`*` is allowed only as the whole first label (`*.example.com`)",
        "a..com|it is not a lowercase RFC 1123 DNS name",
        "-a.com|it is not a lowercase RFC 1123 DNS name",
        "a_b.com|it is not a lowercase RFC 1123 DNS name",
      })
  void validationMatchesTheCrdPattern(String name, String why) {
    assertThat(Hostnames.whyInvalid(name)).isEqualTo(why);
  }
}
