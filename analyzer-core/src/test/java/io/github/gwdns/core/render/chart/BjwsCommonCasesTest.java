package io.github.gwdns.core.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.finding.ObjectRef;
import io.github.gwdns.core.load.LoadLimits;
import io.github.gwdns.core.load.ManifestList;
import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.load.ManifestScalar;
import io.github.gwdns.core.load.YamlReader;
import io.github.gwdns.core.render.NamespaceSource;
import io.github.gwdns.core.render.RenderedObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The bjw-s common library's own route unit tests (helm-unittest suites of
 * charts/library/common/test-chart/unittests, Apache-2.0), re-expressed as data: each case is the
 * values the suite sets and what it asserts of the documents the chart renders, and runs against
 * the model at each release the case holds for. {@code chart-cases/bjw-s-common/*.yaml} names the
 * suite each file comes from.
 *
 * <p>A file: {@code source} (the suite), {@code versions} (releases of the library), {@code chart}
 * and {@code release} (as helm-unittest's defaults unless set), {@code values} (the suite's), and
 * {@code cases}: {@code name}, {@code values} (merged over the suite's as helm-unittest merges
 * {@code set}), {@code capabilities} (the API versions the test declares), and what it asserts:
 * {@code expect} (documents by kind and name: {@code equal} paths, {@code absent} paths), {@code
 * absent} (documents that must not render), {@code fails} (the chart's error message) or {@code
 * schemaFails} (the values schema rejects the values).
 */
class BjwsCommonCasesTest {
  static final Path CASES = Path.of("src/test/resources/chart-cases/bjw-s-common");

  @TestFactory
  Stream<DynamicTest> theChartsOwnRouteTestsPassAtEachRelease() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(CASES)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        Map<String, Object> suite = load(file);
        for (Object c : list(suite.get("cases"))) {
          Map<String, Object> test = map(c);
          for (Object v : list(test.getOrDefault("versions", suite.get("versions")))) {
            String version = String.valueOf(v);
            tests.add(
                DynamicTest.dynamicTest(
                    file.getFileName() + " @" + version + ": " + test.get("name"),
                    () -> run(suite, test, version)));
          }
        }
      }
    }
    return tests.stream();
  }

  @Test
  void everyReleaseBandHasCases() throws IOException {
    Set<String> bands = new java.util.TreeSet<>();
    int runs = 0;
    try (Stream<Path> files = Files.list(CASES)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        Map<String, Object> suite = load(file);
        for (Object c : list(suite.get("cases"))) {
          for (Object v : list(map(c).getOrDefault("versions", suite.get("versions")))) {
            bands.add(String.valueOf(v).substring(0, 1));
            runs++;
          }
        }
      }
    }
    assertThat(bands).as("major releases with cases").containsExactly("3", "4", "5");
    assertThat(runs).as("case runs").isGreaterThan(100);
  }

  private static void run(Map<String, Object> suite, Map<String, Object> test, String version) {
    Map<String, Object> values =
        merge(
            map(suite.getOrDefault("values", Map.of())),
            map(test.getOrDefault("values", Map.of())));
    Map<String, Object> chart =
        map(suite.getOrDefault("chart", Map.of("name", "common-test", "version", "1.0.0")));
    Map<String, Object> release =
        map(
            suite.getOrDefault(
                "release", Map.of("name", "RELEASE-NAME", "namespace", "NAMESPACE")));
    List<Object> declared = list(test.getOrDefault("capabilities", List.of()));
    Capabilities capabilities = new Capabilities(declared::contains);
    ChartRendering rendering = render(values, chart, release, version, capabilities);
    List<String> failures =
        rendering.problems().stream()
            .filter(p -> p.kind() == ChartProblem.Kind.RENDER_FAILS)
            .map(ChartProblem::message)
            .toList();
    if (test.get("fails") != null) {
      assertThat(failures)
          .as("the chart's error")
          .anyMatch(m -> m.contains("(\"" + test.get("fails") + "\")"));
      assertThat(rendering.objects()).as("objects of a release that fails").isEmpty();
      return;
    }
    if (Boolean.TRUE.equals(test.get("schemaFails"))) {
      assertThat(failures)
          .as("the schema's error")
          .anyMatch(m -> m.contains("values don't meet the specifications of the schema"));
      assertThat(rendering.objects()).as("objects of a release that fails").isEmpty();
      return;
    }
    assertThat(failures).as("errors").isEmpty();
    for (Object d : list(test.getOrDefault("absent", List.of()))) {
      Map<String, Object> doc = map(d);
      assertThat(rendering.objects()).as("documents").noneMatch(o -> matches(o, doc));
    }
    for (Object d : list(test.getOrDefault("expect", List.of()))) {
      Map<String, Object> doc = map(d);
      RenderedObject object =
          rendering.objects().stream().filter(o -> matches(o, doc)).findFirst().orElse(null);
      assertThat(object)
          .as(
              "document %s %s among %s",
              doc.get("kind"),
              doc.get("name"),
              rendering.objects().stream().map(o -> o.kind() + " " + o.name()).toList())
          .isNotNull();
      Object tree = data(object.root());
      for (Map.Entry<String, Object> e : map(doc.getOrDefault("equal", Map.of())).entrySet()) {
        assertThat(at(tree, e.getKey()))
            .as("%s of %s %s", e.getKey(), object.kind(), object.name())
            .isEqualTo(normalize(e.getValue()));
      }
      for (Object path : list(doc.getOrDefault("absentPaths", List.of()))) {
        assertThat(at(tree, (String) path))
            .as("%s of %s %s", path, object.kind(), object.name())
            .isEqualTo(MISSING);
      }
    }
  }

  private static boolean matches(RenderedObject o, Map<String, Object> doc) {
    return o.kind().equals(doc.get("kind"))
        && (doc.get("name") == null || o.name().equals(doc.get("name")))
        && (doc.get("apiVersion") == null || o.apiVersion().equals(doc.get("apiVersion")));
  }

  /**
   * Renders {@code values} with the model of {@code version}, as helm-unittest renders the test
   * chart.
   */
  static ChartRendering render(
      Map<String, Object> values,
      Map<String, Object> chart,
      Map<String, Object> release,
      String version,
      Capabilities capabilities) {
    String text =
        new Dump(DumpSettings.builder().build())
            .dumpToString(
                Map.of(
                    "metadata",
                    Map.of("name", release.get("name"), "namespace", release.get("namespace")),
                    "spec",
                    Map.of("values", values)));
    ManifestMap root =
        (ManifestMap)
            new YamlReader(LoadLimits.DEFAULTS)
                .read("release.yaml", text)
                .documents()
                .get(0)
                .root();
    ManifestMap valuesNode = (ManifestMap) ((ManifestMap) root.get("spec")).get("values");
    RenderedObject carrier =
        new RenderedObject(
            "release.yaml",
            0,
            -1,
            "test",
            "Release",
            root,
            null,
            Map.of(),
            null,
            null,
            Map.of(),
            false);
    ManifestScalar namespace =
        (ManifestScalar) ((ManifestMap) root.get("metadata")).get("namespace");
    ChartRelease chartRelease =
        new ChartRelease(
            carrier,
            new ObjectRef("test", "Release", "", String.valueOf(release.get("name"))),
            String.valueOf(release.get("name")),
            String.valueOf(release.get("namespace")),
            namespace,
            NamespaceSource.METADATA,
            "the test",
            new ChartRef(
                String.valueOf(chart.get("name")),
                "",
                String.valueOf(chart.get("version")),
                "the test"),
            null,
            valuesNode,
            Map.of(),
            "release.yaml",
            "spec.values",
            true);
    BjwsCommonVersion modeled = new BjwsCommonVersion(SemanticVersion.parse(version));
    return new BjwsCommonModel(modeled, true, true, true).render(chartRelease, capabilities);
  }

  // ------------------------------------------------------------ data

  private static final Object MISSING =
      new Object() {
        @Override
        public String toString() {
          return "(absent)";
        }
      };
  private static final Pattern STEP = Pattern.compile("([^.\\[]+)|\\[(\\d+)]");

  /**
   * The value at a helm-unittest path ({@code spec.rules[0].backendRefs[1].port}, keys with dots
   * quoted as "{a.b/c}").
   */
  private static Object at(Object tree, String path) {
    Object at = tree;
    List<String> keys = new ArrayList<>();
    Matcher braces = Pattern.compile("\\{([^}]*)}").matcher(path);
    String plain =
        braces.replaceAll(
            m -> {
              keys.add(m.group(1));
              return "\u0000" + (keys.size() - 1);
            });
    Matcher m = STEP.matcher(plain);
    while (m.find()) {
      if (m.group(2) != null) {
        int i = Integer.parseInt(m.group(2));
        if (!(at instanceof List<?> l) || i >= l.size()) {
          return MISSING;
        }
        at = l.get(i);
      } else {
        String key =
            m.group(1).startsWith("\u0000")
                ? keys.get(Integer.parseInt(m.group(1).substring(1)))
                : m.group(1);
        if (!(at instanceof Map<?, ?> map) || !map.containsKey(key)) {
          return MISSING;
        }
        at = map.get(key);
      }
    }
    return at;
  }

  /** A rendered tree as YAML data: maps, lists, strings, longs, booleans, null. */
  private static Object data(ManifestNode node) {
    if (node instanceof ManifestMap m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.entries().forEach(e -> out.put(e.key(), data(e.value())));
      return out;
    }
    if (node instanceof ManifestList l) {
      return l.items().stream().map(BjwsCommonCasesTest::data).toList();
    }
    ManifestScalar s = (ManifestScalar) node;
    return switch (s.kind()) {
      case NULL -> null;
      case BOOLEAN -> Boolean.parseBoolean(s.value());
      case INTEGER -> Long.parseLong(s.value());
      default -> s.value();
    };
  }

  private static Object normalize(Object value) {
    if (value instanceof Integer i) {
      return i.longValue();
    }
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(String.valueOf(k), normalize(v)));
      return out;
    }
    if (value instanceof List<?> l) {
      return l.stream().map(BjwsCommonCasesTest::normalize).toList();
    }
    return value;
  }

  /** helm-unittest's merge of {@code set} over values: maps key by key, anything else replaced. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> over) {
    Map<String, Object> out = new LinkedHashMap<>(base);
    over.forEach(
        (k, v) ->
            out.put(
                k,
                out.get(k) instanceof Map<?, ?> b && v instanceof Map<?, ?> o
                    ? merge((Map<String, Object>) b, (Map<String, Object>) o)
                    : v));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> load(Path file) throws IOException {
    return (Map<String, Object>)
        new Load(LoadSettings.builder().build())
            .loadFromString(Files.readString(file, StandardCharsets.UTF_8));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return o == null ? Map.of() : (Map<String, Object>) o;
  }

  private static List<Object> list(Object o) {
    return o == null ? List.of() : new ArrayList<>((List<?>) o);
  }
}
