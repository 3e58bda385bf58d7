package io.github.gwdns.core.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.predict.ExternalDnsOption;
import org.junit.jupiter.api.Test;

/** Each external-dns option of the catalog is spelled and typed as external-dns declares it. */
class ExternalDnsOptionSpellingTest {
  @Test
  void everyExternalDnsOptionIsAFlagOfTheNewestReleaseWithItsType() {
    ExternalDnsFlags head =
        ExternalDnsFlags.everyRelease().get(ExternalDnsFlags.everyRelease().size() - 1);
    for (ExternalDnsOption option : ExternalDnsOption.values()) {
      ExternalDnsFlags.Flag flag = head.flag(option.flag());
      if (!option.externalDnsFlag()) {
        assertThat(flag).as("gwdns's own %s is no external-dns flag", option.option()).isNull();
        continue;
      }
      assertThat(flag).as("external-dns flag %s", option.option()).isNotNull();
      switch (option.type()) {
        case BOOLEAN ->
            assertThat(flag.type()).as(option.option()).isEqualTo(ExternalDnsFlags.Type.BOOL);
        case LIST ->
            assertThat(flag.type().repeatable()).as("%s repeatable", option.option()).isTrue();
        case TEXT ->
            assertThat(flag.type().repeatable() || flag.type() == ExternalDnsFlags.Type.BOOL)
                .as("%s takes one value", option.option())
                .isFalse();
      }
    }
  }
}
