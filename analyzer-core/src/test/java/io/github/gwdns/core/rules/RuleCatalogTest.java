package io.github.gwdns.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.report.RulesReport;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule catalog is consistent: ids, class names, metadata, doc pages and the README table all
 * agree, so adding a rule without its page or its README row fails the build.
 */
class RuleCatalogTest {
  private static final Path DOCS = Path.of("../docs/rules");
  private static final Path README = Path.of("../README.md");

  @Test
  void idsAreUniqueSortedKebabCaseAndNameTheirClass() {
    List<String> ids = BuiltInRules.descriptors().stream().map(RuleDescriptor::id).toList();
    assertThat(ids).doesNotHaveDuplicates().isSorted();
    for (RuleDescriptor rule : BuiltInRules.descriptors()) {
      assertThat(rule.id()).matches("[a-z]+(-[a-z]+)*");
      String camel = rule.id().replace("-", "");
      assertThat(rule.type().getSimpleName().toLowerCase(Locale.ROOT))
          .as("class of %s", rule.id())
          .isEqualTo(camel + "rule");
      assertThat(BuiltInRules.byId(rule.id()).descriptor()).isEqualTo(rule);
    }
  }

  @Test
  void metadataIsComplete() {
    for (RuleDescriptor rule : BuiltInRules.descriptors()) {
      assertThat(rule.summary()).as("summary of %s", rule.id()).isNotBlank().doesNotEndWith(".");
      assertThat(rule.description()).as("description of %s", rule.id()).isNotBlank().endsWith(".");
      assertThat(rule.remediation()).as("remediation of %s", rule.id()).isNotBlank();
      assertThat(rule.tags()).as("tags of %s", rule.id()).isNotEmpty();
      assertThat(rule.helpUri()).isEqualTo(RuleDescriptor.DOCS_BASE + rule.id() + ".md");
    }
  }

  @Test
  void everyRuleHasADocPageWhoseHeaderMatchesItsMetadata() throws IOException {
    for (RuleDescriptor rule : BuiltInRules.descriptors()) {
      Path page = DOCS.resolve(rule.id() + ".md");
      assertThat(page).as("doc page of %s", rule.id()).exists();
      List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
      assertThat(lines.get(0)).isEqualTo("# " + rule.id());
      assertThat(lines.get(2))
          .isEqualTo(
              "**id:** `"
                  + rule.id()
                  + "` · **default level:** "
                  + rule.defaultSeverity().id()
                  + " · **tags:** "
                  + String.join(", ", rule.tags()));
      List<String> headings = lines.stream().filter(l -> l.startsWith("## ")).toList();
      assertThat(headings)
          .as("sections of %s", page)
          .containsSubsequence(
              "## What it detects",
              "## Why it matters",
              "## Example",
              "## How to fix",
              "## Suppressing");
      // The example shows the manifest that fails and the one that is fixed, in that order.
      List<String> example =
          lines.subList(lines.indexOf("## Example"), lines.indexOf("## How to fix"));
      int failing = indexOfFirst(example, "Failing");
      int fixed = indexOfFirst(example.subList(Math.max(failing, 0), example.size()), "Fixed");
      assertThat(failing)
          .as("a line starting `Failing` in the example of %s", page)
          .isNotNegative();
      assertThat(fixed)
          .as("a line starting `Fixed` after `Failing` in the example of %s", page)
          .isPositive();
    }
  }

  private static int indexOfFirst(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void everyRuleClassIsRegistered() throws Exception {
    // Scans the compiled rules package: a class annotated @RuleInfo but missing from BuiltInRules
    // would never run, and nothing else would notice.
    Path classes = Path.of("target/classes/io/github/gwdns/core/rules");
    Set<Class<?>> annotated = new HashSet<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String name =
            "io.github.gwdns.core.rules."
                + classes
                    .relativize(f)
                    .toString()
                    .replace(java.io.File.separatorChar, '.')
                    .replaceAll("\\.class$", "");
        Class<?> type = Class.forName(name, false, getClass().getClassLoader());
        if (type.isAnnotationPresent(RuleInfo.class)) {
          annotated.add(type);
        }
      }
    }
    assertThat(annotated)
        .as("classes annotated @RuleInfo")
        .isNotEmpty()
        .containsExactlyInAnyOrderElementsOf(
            BuiltInRules.descriptors().stream().map(RuleDescriptor::type).toList());
  }

  @Test
  void findingsQuotedInDocPagesAreWhatTheFixturesProduce() throws IOException {
    Pattern quoted = Pattern.compile("^\\S+:\\d+:\\d+: (error|warning|note) \\[[a-z-]+\\] .*");
    Set<String> produced = new HashSet<>();
    try (Stream<Path> files = Files.walk(RuleFixturesTest.FIXTURES)) {
      for (Path f :
          files.filter(p -> p.getFileName().toString().equals("expected-findings.txt")).toList()) {
        produced.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
      }
    }
    int checked = 0;
    for (RuleDescriptor rule : BuiltInRules.descriptors()) {
      for (String line :
          Files.readAllLines(DOCS.resolve(rule.id() + ".md"), StandardCharsets.UTF_8)) {
        if (quoted.matcher(line).matches()) {
          checked++;
          assertThat(produced).as("finding quoted in docs/rules/%s.md", rule.id()).contains(line);
        }
      }
    }
    assertThat(checked).as("quoted findings").isGreaterThanOrEqualTo(BuiltInRules.ALL.size());
  }

  @Test
  void noDocPageWithoutARule() throws IOException {
    List<String> ids = BuiltInRules.descriptors().stream().map(RuleDescriptor::id).toList();
    try (Stream<Path> pages = Files.list(DOCS)) {
      assertThat(
              pages
                  .map(p -> p.getFileName().toString())
                  .filter(n -> n.endsWith(".md"))
                  .map(n -> n.substring(0, n.length() - 3))
                  .collect(Collectors.toList()))
          .containsExactlyInAnyOrderElementsOf(ids);
    }
  }

  @Test
  void readmeRuleTableIsTheGeneratedOne() throws IOException {
    StringWriter table = new StringWriter();
    RulesReport.writeMarkdown(table);
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf("<!-- rules:start -->\n");
    int end = readme.indexOf("<!-- rules:end -->");
    assertThat(start).as("README rules:start marker").isNotNegative();
    assertThat(end).as("README rules:end marker").isGreaterThan(start);
    assertThat(readme.substring(start + "<!-- rules:start -->\n".length(), end))
        .as("README rule table (regenerate with `gwdns rules --format markdown`)")
        .isEqualTo(table.toString());
  }

  @Test
  void levelsStartWithTheDefaultAndNameEachLevelOnce() {
    for (RuleDescriptor d : BuiltInRules.descriptors()) {
      assertThat(d.levels()).as(d.id()).startsWith(d.defaultSeverity()).doesNotHaveDuplicates();
    }
    assertThat(BuiltInRules.byId("namespace-not-allowed").descriptor().levels())
        .containsExactly(
            io.github.gwdns.core.finding.Severity.ERROR,
            io.github.gwdns.core.finding.Severity.NOTE);
  }
}
