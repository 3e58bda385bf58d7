package io.github.gwdns.core.predict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExternalDnsAnnotationsTest {
  @ParameterizedTest(name = "ttl [{0}] = {1}")
  @CsvSource({
    "60,60",
    "1h,3600",
    "10m,600",
    "1h30m,5400",
    "1.5s,1",
    "1500ms,1",
    "90s,90",
    "2147483647,2147483647",
    "2147483648,0",
    "0,0",
    "-5,0",
    "0s,0",
    "soon,0",
    "5 m,0",
    "'',0",
    "1d,0",
    "+30s,30"
  })
  void ttlParsesSecondsAndGoDurations(String value, long seconds) {
    assertThat(ExternalDnsAnnotations.ttl(value).seconds()).isEqualTo(seconds);
  }

  @Test
  void invalidTtlsSayWhy() {
    assertThat(ExternalDnsAnnotations.ttl("soon").problem()).contains("not a valid TTL");
    assertThat(ExternalDnsAnnotations.ttl("0").problem())
        .contains("must be between [1, 2147483647]");
    assertThat(ExternalDnsAnnotations.ttl("300").problem()).isNull();
  }

  @Test
  void hostnameListsKeepEmptyItemsAndLoseSpaces() {
    assertThat(ExternalDnsAnnotations.split(" a.example.com , b.example.com,"))
        .containsExactly("a.example.com", "b.example.com", "");
    assertThat(ExternalDnsAnnotations.targets("1.2.3.4, lb.example.net.,"))
        .containsExactly("1.2.3.4", "lb.example.net", "");
    assertThat(ExternalDnsAnnotations.targets(" ")).containsExactly("");
    assertThat(ExternalDnsAnnotations.targets("")).isEmpty();
    assertThat(ExternalDnsAnnotations.targets(null)).isEmpty();
  }

  @Test
  void providerSpecificPropertiesUnderThePrefix() {
    String p = "external-dns.kubernetes.io/";
    Map<String, String> annotations =
        Map.of(
            p + "aws-weight",
            "10",
            p + "alias",
            "yes",
            p + "scw-x",
            "1",
            p + "webhook-color",
            "red",
            p + "coredns-group",
            "g",
            p + "azure-tags",
            "a=b",
            p + "cloudflare-tags",
            "t",
            p + "ttl",
            "60",
            p + "record-type",
            "ptr",
            "external-dns.alpha.kubernetes.io/aws-weight",
            "99");
    assertThat(ExternalDnsAnnotations.providerSpecific(annotations, p))
        .containsExactly(
            new ProviderProperty("aws/weight", "10"),
            new ProviderProperty("azure/tags", "a=b"),
            new ProviderProperty("coredns/group", "g"),
            new ProviderProperty(p + "cloudflare-tags", "t"),
            new ProviderProperty("record-type", "ptr"),
            new ProviderProperty("scw/x", "1"),
            new ProviderProperty("webhook/color", "red"));
    assertThat(ExternalDnsAnnotations.providerSpecific(Map.of(p + "alias", "true"), p))
        .isEqualTo(List.of(new ProviderProperty("alias", "true")));
    // An empty record-type is kept: it opts the resource out of --create-ptr.
    assertThat(ExternalDnsAnnotations.providerSpecific(Map.of(p + "record-type", ""), p))
        .isEqualTo(List.of(new ProviderProperty("record-type", "")));
  }
}
