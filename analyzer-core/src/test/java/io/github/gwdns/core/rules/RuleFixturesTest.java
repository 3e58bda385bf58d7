package io.github.gwdns.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.Analyzer;
import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.predict.ExternalDnsOptions;
import io.github.gwdns.core.predict.PlanCasesTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every rule's fixtures: {@code fixtures/<rule-id>/<case>/} holds manifests, an optional {@code
 * case.yaml} with external-dns flags (named as in plan cases), and {@code expected-findings.txt},
 * the exact findings of that rule alone, each as a line {@code file:line:col: level [rule] message}
 * followed by its whole region and its related locations, indented. {@code fires-*} cases must
 * report something, {@code quiet-*} cases nothing. Run with {@code -Dgwdns.bless=true} to rewrite
 * the expectations, then review the diff.
 */
class RuleFixturesTest {
  static final Path FIXTURES = Path.of("src/test/resources/fixtures");

  @TestFactory
  Stream<DynamicTest> everyRuleFiresAndStaysQuietOnItsFixtures() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path ruleDir : list(FIXTURES)) {
      for (Path caseDir : list(ruleDir)) {
        String rule = ruleDir.getFileName().toString();
        tests.add(
            DynamicTest.dynamicTest(rule + "/" + caseDir.getFileName(), () -> run(rule, caseDir)));
      }
    }
    return tests.stream();
  }

  @Test
  void fixturesAndRulesAgreeInBothDirections() throws IOException {
    Set<String> ids =
        BuiltInRules.descriptors().stream().map(RuleDescriptor::id).collect(Collectors.toSet());
    Set<String> dirs =
        list(FIXTURES).stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    assertThat(dirs).as("fixture directories").containsExactlyInAnyOrderElementsOf(ids);
    for (Path ruleDir : list(FIXTURES)) {
      List<String> cases = list(ruleDir).stream().map(p -> p.getFileName().toString()).toList();
      assertThat(cases)
          .as("cases of %s", ruleDir.getFileName())
          .anyMatch(c -> c.startsWith("fires-"))
          .anyMatch(c -> c.startsWith("quiet-"))
          .allMatch(c -> c.startsWith("fires-") || c.startsWith("quiet-"));
      for (Path caseDir : list(ruleDir)) {
        assertThat(caseDir.resolve("expected-findings.txt"))
            .as("expectation of %s", caseDir)
            .exists();
      }
    }
  }

  static AnalysisResult analyze(String rule, Path caseDir) throws Exception {
    ExternalDnsOptions options = ExternalDnsOptions.DEFAULTS;
    Path spec = caseDir.resolve("case.yaml");
    if (Files.exists(spec)) {
      @SuppressWarnings("unchecked")
      Map<String, Object> flags =
          (Map<String, Object>)
              new Load(LoadSettings.builder().build()).loadFromString(Files.readString(spec));
      options = PlanCasesTest.options(flags);
    }
    return Analyzer.run(
        AnalysisRequest.builder()
            .addPath(caseDir)
            .baseDir(caseDir)
            .excludes(List.of("case.yaml"))
            .externalDns(options)
            .rules(RuleSelection.only(Set.of(rule)))
            .build());
  }

  /** Words of the Gateway API spec and of external-dns's flags a first sentence goes without. */
  private static final List<String> JARGON =
      List.of(
          "spec.",
          "status.",
          "parentRefs",
          "allowedRoutes",
          "allowedListeners",
          "sectionName",
          "NotAllowedByListeners",
          "NoMatchingParent",
          "Accepted=",
          "--source",
          "informer",
          "FQDN");

  /**
   * Every message starts with one plain sentence (the lead: the alert title in code scanning) that
   * says what happens, without the spec's field names; the detail follows it.
   */
  static void assertPlainLead(Finding f) {
    String message = f.message();
    int end = message.indexOf(". ");
    String lead = end < 0 ? message : message.substring(0, end + 1);
    assertThat(lead).as("lead of %s", message).endsWith(".").hasSizeLessThan(260);
    for (String word : JARGON) {
      assertThat(lead).as("lead of %s", message).doesNotContain(word);
    }
  }

  private static void run(String rule, Path caseDir) throws Exception {
    AnalysisResult result = analyze(rule, caseDir);
    StringBuilder actual = new StringBuilder();
    for (Finding f : result.findings()) {
      assertThat(BuiltInRules.byId(f.ruleId()).descriptor().levels())
          .as("levels of %s (`gwdns rules` lists them), for %s", f.ruleId(), f.message())
          .contains(f.severity());
      assertPlainLead(f);
      actual
          .append(f.location().display())
          .append(": ")
          .append(f.severity().id())
          .append(" [")
          .append(f.ruleId())
          .append("] ")
          .append(f.message())
          .append('\n');
      // The whole region and every related location are part of the expectation too.
      actual.append("    region ").append(region(f.location())).append('\n');
      f.related()
          .forEach(
              r ->
                  actual
                      .append("    related ")
                      .append(r.range().file())
                      .append(' ')
                      .append(region(r.range()))
                      .append(": ")
                      .append(r.message())
                      .append('\n'));
    }
    Path golden = caseDir.resolve("expected-findings.txt");
    if (Boolean.getBoolean("gwdns.bless")) {
      Files.writeString(golden, actual.toString(), StandardCharsets.UTF_8);
    }
    String expected = Files.readString(golden, StandardCharsets.UTF_8);
    assertThat(actual.toString()).as("findings of %s", caseDir).isEqualTo(expected);
    if (caseDir.getFileName().toString().startsWith("fires-")) {
      assertThat(expected).as("a fires- case reports something").isNotEmpty();
    } else {
      assertThat(expected).as("a quiet- case reports nothing").isEmpty();
    }
  }

  private static String region(io.github.gwdns.core.finding.SourceRange r) {
    return r.startLine() + ":" + r.startColumn() + "-" + r.endLine() + ":" + r.endColumn();
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }
}
