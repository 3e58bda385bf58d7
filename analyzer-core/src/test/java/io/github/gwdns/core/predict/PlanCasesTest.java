package io.github.gwdns.core.predict;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.AnalysisException;
import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.Analyzer;
import io.github.gwdns.core.attach.ParentResolution;
import io.github.gwdns.core.load.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Table tests in the external-dns style: each file under plan-cases/ is one case, its first YAML
 * document the case (description, origin, external-dns flags, expected endpoints, pending names and
 * controller outcomes), the other documents the manifests.
 *
 * <p>Endpoints are written {@code name TYPE target,target [ttl=N] [set=ID] [props=k=v;k=v]};
 * pending names {@code name gateway-namespace/name}; outcomes {@code Kind/ns/name[i] OUTCOME}.
 */
public class PlanCasesTest {
  public static final Path CASES = Path.of("src/test/resources/plan-cases");

  @TestFactory
  Stream<DynamicTest> cases() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(CASES)) {
      files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    return files.stream()
        .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> run(f)));
  }

  /** Analyzes a case file with its flags. */
  @SuppressWarnings("unchecked")
  public static AnalysisResult analyze(Path file) throws IOException, AnalysisException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Map<String, Object> spec = spec(text);
    ExternalDnsOptions options =
        options((Map<String, Object>) spec.getOrDefault("flags", Map.of()));
    return Analyzer.run(
        AnalysisRequest.builder()
            .addSource(SourceFile.ofText(file.getFileName().toString(), text))
            .externalDns(options)
            .build());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> spec(String text) {
    return (Map<String, Object>)
        new Load(LoadSettings.builder().build()).loadAllFromString(text).iterator().next();
  }

  @SuppressWarnings("unchecked")
  private static void run(Path file) throws IOException, AnalysisException {
    Map<String, Object> spec = spec(Files.readString(file, StandardCharsets.UTF_8));
    assertThat(spec).as("first document of %s is the case", file).containsKey("expect");
    Map<String, Object> expect = (Map<String, Object>) spec.get("expect");
    AnalysisResult result = analyze(file);
    assertThat(result.findings())
        .as("invalid manifests in the case")
        .noneMatch(f -> f.ruleId().equals("invalid-manifest"));
    List<String> endpoints = result.plan().endpoints().stream().map(PlanCasesTest::format).toList();
    assertThat(endpoints)
        .as("endpoints of %s: %s", file.getFileName(), spec.get("case"))
        .containsExactlyElementsOf(strings(expect.get("endpoints")));
    List<String> unresolved =
        result.plan().unresolved().stream()
            .map(
                u ->
                    u.dnsName()
                        + " "
                        + String.join(",", u.variables())
                        + " "
                        + String.join(",", u.sources()))
            .toList();
    assertThat(unresolved)
        .as("unresolved of %s", file.getFileName())
        .containsExactlyElementsOf(
            expect.containsKey("unresolved") ? strings(expect.get("unresolved")) : List.of());
    if (expect.containsKey("filtered")) {
      List<String> filtered =
          result.plan().filtered().stream()
              .map(f -> format(f.endpoint()) + ": " + f.reason())
              .toList();
      assertThat(filtered)
          .as("filtered of %s", file.getFileName())
          .containsExactlyElementsOf(strings(expect.get("filtered")));
    }
    if (expect.containsKey("sources")) {
      List<String> sources =
          result.plan().endpoints().stream()
              .map(e -> e.dnsName() + " " + e.recordType() + " " + String.join(",", e.sources()))
              .toList();
      assertThat(sources)
          .as("sources of %s", file.getFileName())
          .containsExactlyElementsOf(strings(expect.get("sources")));
    }
    if (expect.containsKey("pending")) {
      List<String> pending =
          result.plan().pending().stream()
              .map(p -> p.dnsName() + " " + p.awaitingAddressOf())
              .toList();
      assertThat(pending)
          .as("pending of %s", file.getFileName())
          .containsExactlyElementsOf(strings(expect.get("pending")));
    } else {
      assertThat(result.plan().pending()).as("pending of %s", file.getFileName()).isEmpty();
    }
    if (expect.containsKey("outcomes")) {
      List<String> outcomes = new ArrayList<>();
      for (ParentResolution r : result.attachments().all()) {
        outcomes.add(r.route().ref().display() + "[" + r.parentRef().index() + "] " + r.outcome());
      }
      outcomes.sort(null);
      assertThat(outcomes)
          .as("controller outcomes of %s", file.getFileName())
          .containsExactlyElementsOf(strings(expect.get("outcomes")));
    }
    if (expect.containsKey("noEndpoints")) {
      List<String> none =
          result.plan().traces().stream()
              .filter(RouteTrace::noEndpointsGenerated)
              .map(t -> t.route().ref().display())
              .sorted()
              .toList();
      assertThat(none)
          .as("routes with no endpoints in %s", file.getFileName())
          .containsExactlyElementsOf(strings(expect.get("noEndpoints")));
    }
  }

  static String format(Endpoint e) {
    StringBuilder text =
        new StringBuilder(e.dnsName())
            .append(' ')
            .append(e.recordType())
            .append(' ')
            .append(String.join(",", e.targets()));
    if (e.recordTtl() != 0) {
      text.append(" ttl=").append(e.recordTtl());
    }
    if (!e.setIdentifier().isEmpty()) {
      text.append(" set=").append(e.setIdentifier());
    }
    if (!e.providerSpecific().isEmpty()) {
      text.append(" props=")
          .append(
              e.providerSpecific().stream()
                  .map(p -> p.name() + "=" + p.value())
                  .collect(Collectors.joining(";")));
    }
    return text.toString();
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object value) {
    return value == null
        ? List.of()
        : ((List<Object>) value).stream().map(String::valueOf).toList();
  }

  @SuppressWarnings("unchecked")
  public static ExternalDnsOptions options(Map<String, Object> flags) {
    ExternalDnsOptions.Builder b = ExternalDnsOptions.builder();
    for (Map.Entry<String, Object> f : flags.entrySet()) {
      ExternalDnsOption option = ExternalDnsOption.ofKey(f.getKey());
      if (option == null) {
        throw new AssertionError("unknown flag in case: " + f.getKey());
      }
      Object v = f.getValue();
      option.apply(
          b,
          v instanceof List
              ? ((List<Object>) v).stream().map(String::valueOf).toList()
              : List.of(String.valueOf(v)));
    }
    return b.build();
  }
}
