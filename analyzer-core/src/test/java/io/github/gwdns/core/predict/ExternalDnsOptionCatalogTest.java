package io.github.gwdns.core.predict;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.config.GwdnsConfig;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The option catalog is the one source of truth: every field of {@link ExternalDnsOptions} has an
 * entry, each entry sets and reads its field, copies with its origin, is a {@code .gwdns.yaml} key,
 * and the README's table is the catalog's. The CLI and the Maven plugin check their side in their
 * own modules.
 */
class ExternalDnsOptionCatalogTest {
  private static final Path README = Path.of("..", "README.md");
  private static final String BEGIN =
      "<!-- options:begin (generated from ExternalDnsOption; ExternalDnsOptionCatalogTest checks it) -->\n";
  private static final String END = "<!-- options:end -->";

  /** A value other than the default for each option, as text. */
  private static final Map<ExternalDnsOption, List<String>> SAMPLES =
      Map.ofEntries(
          Map.entry(ExternalDnsOption.SOURCE, List.of("gateway-httproute", "gateway-tcproute")),
          Map.entry(ExternalDnsOption.GATEWAY_NAME, List.of("public")),
          Map.entry(ExternalDnsOption.GATEWAY_NAMESPACE, List.of("infra")),
          Map.entry(ExternalDnsOption.GATEWAY_LABEL_FILTER, List.of("tier=edge")),
          Map.entry(ExternalDnsOption.GATEWAY_LISTENER_SETS, List.of("true")),
          Map.entry(ExternalDnsOption.NAMESPACE, List.of("shop")),
          Map.entry(ExternalDnsOption.LABEL_FILTER, List.of("team=web")),
          Map.entry(ExternalDnsOption.ANNOTATION_FILTER, List.of("dns=public")),
          Map.entry(ExternalDnsOption.ANNOTATION_PREFIX, List.of("custom.io/")),
          Map.entry(ExternalDnsOption.IGNORE_HOSTNAME_ANNOTATION, List.of("true")),
          Map.entry(
              ExternalDnsOption.FQDN_TEMPLATE,
              List.of("{{.Name}}.example.com", "{{.Name}}.example.org")),
          Map.entry(ExternalDnsOption.COMBINE_FQDN_ANNOTATION, List.of("true")),
          Map.entry(ExternalDnsOption.DOMAIN_FILTER, List.of("example.com", "example.org")),
          Map.entry(ExternalDnsOption.EXCLUDE_DOMAINS, List.of("internal.example.com")),
          Map.entry(ExternalDnsOption.REGEX_DOMAIN_FILTER, List.of(".*\\.example\\.com")),
          Map.entry(ExternalDnsOption.REGEX_DOMAIN_EXCLUSION, List.of("^test\\.")),
          Map.entry(ExternalDnsOption.MANAGED_RECORD_TYPES, List.of("A", "TXT")),
          Map.entry(ExternalDnsOption.EXCLUDE_RECORD_TYPES, List.of("AAAA")),
          Map.entry(ExternalDnsOption.DEFAULT_TARGETS, List.of("192.0.2.1")),
          Map.entry(ExternalDnsOption.FORCE_DEFAULT_TARGETS, List.of("true")),
          Map.entry(ExternalDnsOption.PROVIDER, List.of("cloudflare")),
          Map.entry(ExternalDnsOption.TXT_OWNER_ID, List.of("prod")),
          Map.entry(ExternalDnsOption.STATUS_MODE, List.of("observed")),
          Map.entry(ExternalDnsOption.EXTERNAL_DNS_VERSION, List.of("v0.21.0")));

  @TempDir Path dir;

  @Test
  void everyFieldOfTheOptionsHasOneCatalogEntry() {
    Set<String> fields =
        Arrays.stream(ExternalDnsOptions.class.getRecordComponents())
            .map(RecordComponent::getName)
            .filter(n -> !n.equals("origins"))
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(SAMPLES.keySet()).containsExactlyInAnyOrder(ExternalDnsOption.values());
    // Setting an entry changes exactly one field, and a different one for each entry.
    Set<String> changed = new TreeSet<>();
    for (ExternalDnsOption option : ExternalDnsOption.values()) {
      ExternalDnsOptions.Builder b = ExternalDnsOptions.builder();
      option.apply(b, SAMPLES.get(option));
      ExternalDnsOptions set = b.build();
      List<String> differ = new ArrayList<>();
      for (RecordComponent c : ExternalDnsOptions.class.getRecordComponents()) {
        if (!c.getName().equals("origins")
            && !java.util.Objects.equals(value(c, set), value(c, ExternalDnsOptions.DEFAULTS))) {
          differ.add(c.getName());
        }
      }
      assertThat(differ).as("fields %s sets", option).hasSize(1);
      assertThat(changed.add(differ.get(0)))
          .as("%s sets a field no other entry sets", option)
          .isTrue();
      assertThat(option.values(set)).as("%s reads back", option).isEqualTo(SAMPLES.get(option));
      assertThat(set.isSet(option)).isTrue();
      assertThat(set.origins()).containsOnlyKeys(option);
    }
    assertThat(changed).isEqualTo(fields);
  }

  @Test
  void overCopiesEveryOptionWithItsOrigin() {
    ExternalDnsOptions.Builder given = ExternalDnsOptions.builder().origin(".gwdns.yaml");
    SAMPLES.forEach((option, values) -> option.apply(given, values));
    ExternalDnsOptions explicit = given.build();
    ExternalDnsOptions merged =
        explicit.over(
            ExternalDnsOptions.builder()
                .origin("Deployment dns/external-dns")
                .provider("aws")
                .txtOwnerId("other")
                .build());
    assertThat(merged).isEqualTo(explicit);
    for (ExternalDnsOption option : ExternalDnsOption.values()) {
      assertThat(merged.origin(option)).isEqualTo(".gwdns.yaml");
    }
  }

  @Test
  void everyKeyIsAGwdnsYamlKeyThatSetsTheSameValue() throws Exception {
    StringBuilder yaml = new StringBuilder("externalDns:\n");
    ExternalDnsOptions.Builder expected = ExternalDnsOptions.builder().origin(".gwdns.yaml");
    for (ExternalDnsOption option : ExternalDnsOption.values()) {
      List<String> values = SAMPLES.get(option);
      String quoted = values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "));
      yaml.append("  ")
          .append(option.key())
          .append(": ")
          .append(
              switch (option.type()) {
                case LIST -> "[" + quoted + "]";
                case BOOLEAN -> values.get(0);
                case TEXT -> quoted;
              })
          .append('\n');
      option.apply(expected, values);
    }
    Path file = Files.writeString(dir.resolve(".gwdns.yaml"), yaml);
    ExternalDnsOptions.Builder read = ExternalDnsOptions.builder();
    GwdnsConfig.load(file).applyTo(read);
    assertThat(read.build()).isEqualTo(expected.build());
  }

  @Test
  void keysAreTheFlagsCamelCased() {
    assertThat(ExternalDnsOption.DOMAIN_FILTER.key()).isEqualTo("domainFilter");
    assertThat(ExternalDnsOption.EXTERNAL_DNS_VERSION.key()).isEqualTo("externalDnsVersion");
    assertThat(ExternalDnsOption.TXT_OWNER_ID.option()).isEqualTo("--txt-owner-id");
    for (ExternalDnsOption option : ExternalDnsOption.values()) {
      assertThat(ExternalDnsOption.ofKey(option.key())).isEqualTo(option);
      assertThat(ExternalDnsOption.ofFlag(option.flag())).isEqualTo(option);
    }
  }

  @Test
  void managedRecordTypesAreComparedAsWrittenEverywhere() {
    // external-dns compares --managed-record-types with slices.Contains: `a` does not manage A.
    ExternalDnsOptions.Builder b = ExternalDnsOptions.builder();
    ExternalDnsOption.MANAGED_RECORD_TYPES.applyText(b, "a,CNAME");
    assertThat(b.build().managedRecordTypes()).containsExactly("a", "CNAME");
  }

  @Test
  void theReadmeTableIsTheCatalogs() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int begin = readme.indexOf(BEGIN);
    int end = readme.indexOf(END);
    assertThat(begin).as("README marker").isNotNegative();
    String table = ExternalDnsOption.markdownTable();
    if (Boolean.getBoolean("gwdns.bless")) {
      readme = readme.substring(0, begin + BEGIN.length()) + table + readme.substring(end);
      Files.writeString(README, readme, StandardCharsets.UTF_8);
      end = readme.indexOf(END);
    }
    assertThat(readme.substring(begin + BEGIN.length(), end))
        .as("README options table (bless with -Dgwdns.bless=true)")
        .isEqualTo(table);
  }

  private static Object value(RecordComponent c, ExternalDnsOptions o) {
    try {
      return c.getAccessor().invoke(o);
    } catch (ReflectiveOperationException e) {
      throw new LinkageError(e.getMessage(), e);
    }
  }
}
