package io.github.gwdns.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class VaultPlaceholdersTest {
  private static final Map<String, String> VALUES =
      Map.of(
          "path:kv/data/site#host", "web.example.com",
          "domain", "example.com",
          "cost", "$5");

  @Test
  void fillsThePlaceholdersItHasValuesFor() {
    assertThat(VaultPlaceholders.fill("<path:kv/data/site#host>", VALUES))
        .isEqualTo("web.example.com");
    assertThat(VaultPlaceholders.fill("api.<domain>", VALUES)).isEqualTo("api.example.com");
    assertThat(VaultPlaceholders.fill("<cost>", VALUES)).isEqualTo("$5");
  }

  @Test
  void leavesOtherTextAsWritten() {
    assertThat(VaultPlaceholders.fill("<secret:other#key>.<unknown>", VALUES))
        .isEqualTo("<secret:other#key>.<unknown>");
    assertThat(VaultPlaceholders.fill("a < b and <not a placeholder>", VALUES))
        .isEqualTo("a < b and <not a placeholder>");
    assertThat(VaultPlaceholders.fill("<domain>", Map.of())).isEqualTo("<domain>");
    assertThat(VaultPlaceholders.fill(null, VALUES)).isNull();
  }
}
