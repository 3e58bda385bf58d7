package io.github.gwdns.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.finding.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every error-level finding on the real-world corpus is listed, with why it is true, in
 * docs/corpus-findings.md; this test keeps the list and the findings equal in both directions, so a
 * change that adds, drops or moves an error must be reviewed there. Run with {@code
 * -Dgwdns.bless=true} to rewrite the tables: known rows keep their justification, new rows get
 * {@code TODO}, which fails the test until someone writes why the finding is true.
 *
 * <p>Analysis units follow how each repository is applied. A homelab repository is one tree. The
 * collections of independent scenarios (Gateway API, Envoy Gateway, NGINX Gateway Fabric, Traefik)
 * are analyzed one scenario at a time: a directory's own files, or one file in the directories
 * listed in {@link #PER_FILE}, with the base manifests of {@link #BASES} the projects apply first.
 * Analyzing such a collection as one tree would judge a route against a same-named Gateway of
 * another scenario.
 */
class CorpusFindingsTest {
  static final Path DOC = Path.of("../docs/corpus-findings.md");
  private static final boolean BLESS = Boolean.getBoolean("gwdns.bless");

  /**
   * Collections: repository → directories whose files are each a scenario of their own ({@code
   * dir/**}: also in every directory below it).
   */
  static final Map<String, List<String>> PER_FILE =
      Map.of(
          "kubernetes-sigs__gateway-api",
              List.of(
                  "conformance/tests",
                  "conformance/tests/mesh",
                  "examples/standard",
                  "examples/experimental",
                  "hack/invalid-examples/**"),
          "envoyproxy__gateway",
              List.of(
                  "examples/kubernetes", "test/e2e/testdata/**", "internal/gatewayapi/testdata/**"),
          "nginx__nginx-gateway-fabric", List.of(),
          "traefik__traefik",
              List.of(
                  "pkg/provider/kubernetes/gateway/fixtures/**",
                  "docs/content/reference/dynamic-configuration"));

  /**
   * A base a scenario is applied with: for every scenario file whose path starts with {@code
   * prefix}, the manifests at {@code path} (a file or a directory) are added to its unit.
   */
  record Base(String prefix, String path) {}

  /** Collections: repository → the bases their test suites or guides apply first. */
  static final Map<String, List<Base>> BASES =
      Map.of(
          "kubernetes-sigs__gateway-api",
              List.of(new Base("conformance/tests/", "conformance/base")),
          "envoyproxy__gateway",
              List.of(
                  new Base("test/e2e/testdata/", "test/e2e/base"),
                  // The ListenerSet suites list listenerset-base.yaml in their Manifests; the
                  // upgrade ones
                  // run against the upgrade Gateway.
                  new Base(
                      "test/e2e/testdata/listenerset-", "test/e2e/testdata/listenerset-base.yaml"),
                  new Base("test/e2e/testdata/eg-upgrade.yaml", "test/e2e/upgrade"),
                  new Base("test/e2e/testdata/envoy-shutdown.yaml", "test/e2e/upgrade"),
                  // The task guides under examples/kubernetes/ run on top of the quickstart.
                  new Base("examples/kubernetes/", "examples/kubernetes/quickstart.yaml")));

  private static final Pattern ROW =
      Pattern.compile("^\\| `([^`]+)` \\| `([a-z-]+)` \\| ([^|]+) \\| (.*) \\|$");

  @Test
  void everyErrorOnTheCorpusIsListedWithItsJustification() throws Exception {
    Path corpus = CorpusTest.corpusOrSkip("CorpusFindingsTest");
    Map<String, Map<String, Row>> actual = new TreeMap<>();
    try (Stream<Path> repos = Files.list(corpus)) {
      for (Path repo : repos.filter(Files::isDirectory).sorted().toList()) {
        Map<String, Row> rows = new TreeMap<>();
        for (List<Path> unit : units(repo)) {
          AnalysisRequest.Builder request = AnalysisRequest.builder().baseDir(repo);
          unit.forEach(request::addPath);
          for (Finding f : Analyzer.run(request.build()).findings()) {
            if (f.active() && f.severity() == Severity.ERROR) {
              Row row = new Row(f.location().display(), f.ruleId(), f.resource(), "TODO");
              rows.putIfAbsent(row.key(), row);
            }
          }
        }
        actual.put(repo.getFileName().toString(), rows);
      }
    }
    Map<String, Map<String, Row>> documented = read();
    if (BLESS) {
      write(actual, documented);
      documented = read();
    }
    for (String repo : actual.keySet()) {
      assertThat(documented.getOrDefault(repo, Map.of()).keySet())
          .as(
              "error findings on %s listed in %s (rerun with -Dgwdns.bless=true and justify new rows)",
              repo, DOC)
          .containsExactlyElementsOf(actual.get(repo).keySet());
      assertThat(documented.get(repo).values())
          .as("justifications in %s", DOC)
          .allSatisfy(r -> assertThat(r.justification()).isNotBlank().isNotEqualTo("TODO"));
    }
  }

  /** The analysis units of a repository, each a list of files and directories. */
  static List<List<Path>> units(Path repo) throws IOException {
    String name = repo.getFileName().toString();
    if (!PER_FILE.containsKey(name)) {
      return List.of(List.of(repo));
    }
    Map<Path, List<Path>> byDirectory = new TreeMap<>();
    try (Stream<Path> files = Files.walk(repo)) {
      files
          .filter(Files::isRegularFile)
          .filter(p -> p.toString().matches(".*\\.(yaml|yml|json)$"))
          .forEach(p -> byDirectory.computeIfAbsent(p.getParent(), d -> new ArrayList<>()).add(p));
    }
    List<List<Path>> units = new ArrayList<>();
    List<Base> bases = BASES.getOrDefault(name, List.of());
    for (Map.Entry<Path, List<Path>> e : byDirectory.entrySet()) {
      String dir = repo.relativize(e.getKey()).toString().replace('\\', '/');
      if (bases.stream().anyMatch(b -> b.path().equals(dir))) {
        continue; // a base directory is analyzed with the scenarios that use it
      }
      boolean perFile =
          PER_FILE.get(name).stream()
              .anyMatch(
                  p ->
                      p.endsWith("/**")
                          ? dir.equals(p.substring(0, p.length() - 3))
                              || dir.startsWith(p.substring(0, p.length() - 2))
                          : dir.equals(p));
      List<Path> files = e.getValue().stream().sorted().toList();
      if (perFile) {
        for (Path file : files) {
          units.add(withBases(repo, bases, List.of(file)));
        }
      } else {
        units.add(withBases(repo, bases, files));
      }
    }
    return units;
  }

  /** The unit of {@code files}: the bases whose prefix one of them starts with, then the files. */
  private static List<Path> withBases(Path repo, List<Base> bases, List<Path> files) {
    List<Path> unit = new ArrayList<>();
    for (Base b : bases) {
      boolean applies =
          files.stream()
              .map(f -> repo.relativize(f).toString().replace('\\', '/'))
              .anyMatch(f -> f.startsWith(b.prefix()) && !f.equals(b.path()));
      Path base = repo.resolve(b.path());
      if (applies && Files.exists(base) && !unit.contains(base)) {
        unit.add(base);
      }
    }
    files.stream().filter(f -> !unit.contains(f)).forEach(unit::add);
    return unit;
  }

  record Row(String location, String rule, String resource, String justification) {
    String key() {
      return location + " " + rule + " " + resource;
    }
  }

  /** The documented rows, by repository (the {@code ## repo} headings) and key. */
  private static Map<String, Map<String, Row>> read() throws IOException {
    Map<String, Map<String, Row>> rows = new TreeMap<>();
    if (!Files.exists(DOC)) {
      return rows;
    }
    String repo = null;
    for (String line : Files.readAllLines(DOC, StandardCharsets.UTF_8)) {
      if (line.startsWith("## ")) {
        repo = line.substring(3).trim();
        rows.put(repo, new LinkedHashMap<>());
        continue;
      }
      Matcher m = ROW.matcher(line);
      if (repo != null && m.matches()) {
        Row row = new Row(m.group(1), m.group(2), m.group(3).trim(), m.group(4).trim());
        rows.get(repo).put(row.key(), row);
      }
    }
    rows.values()
        .forEach(
            r -> {
              Map<String, Row> sorted = new TreeMap<>(r);
              r.clear();
              r.putAll(sorted);
            });
    return rows;
  }

  /** Rewrites the tables between the intro and the first heading, keeping known justifications. */
  private static void write(
      Map<String, Map<String, Row>> actual, Map<String, Map<String, Row>> documented)
      throws IOException {
    String intro =
        Files.exists(DOC)
            ? Files.readString(DOC, StandardCharsets.UTF_8)
            : "# Error findings on the corpus\n\n";
    int firstRepo = intro.indexOf("\n## ");
    StringBuilder out =
        new StringBuilder(
            (firstRepo < 0 ? intro : intro.substring(0, firstRepo + 1)).stripTrailing() + "\n");
    for (Map.Entry<String, Map<String, Row>> repo : actual.entrySet()) {
      out.append("\n## ").append(repo.getKey()).append("\n\n");
      if (repo.getValue().isEmpty()) {
        out.append("No error findings.\n");
        continue;
      }
      out.append("| Location | Rule | Object | Why it is true |\n|---|---|---|---|\n");
      Map<String, Row> known = documented.getOrDefault(repo.getKey(), Map.of());
      for (Row row : repo.getValue().values()) {
        Row old = known.get(row.key());
        out.append("| `")
            .append(row.location())
            .append("` | `")
            .append(row.rule())
            .append("` | ")
            .append(row.resource())
            .append(" | ")
            .append(old == null ? "TODO" : old.justification())
            .append(" |\n");
      }
    }
    Files.writeString(DOC, out.toString(), StandardCharsets.UTF_8);
  }
}
