package io.github.gwdns.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The event builder gives what SnakeYAML's composer and the converter give, node for node and
 * position for position, problems included: on every YAML file of the test resources and of the
 * real-world corpus, and on hostile snippets.
 */
class EventBuilderDifferentialTest {
  private static final YamlReader EVENTS = new YamlReader(LoadLimits.DEFAULTS);
  private static final YamlReader COMPOSER = YamlReader.composing(LoadLimits.DEFAULTS);

  @Test
  void sameTreesAndProblemsOnEveryFile() throws IOException {
    List<Path> roots = new ArrayList<>(List.of(Path.of("src/test/resources")));
    Path corpus = Path.of("../../shared/corpus/real");
    if (Files.isDirectory(corpus)) {
      roots.add(corpus);
    }
    int files = 0;
    List<String> differ = new ArrayList<>();
    for (Path root : roots) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path f : walk.filter(Files::isRegularFile).toList()) {
          String name = f.toString();
          if (!(name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"))) {
            continue;
          }
          String text;
          try {
            text = Files.readString(f, StandardCharsets.UTF_8);
          } catch (java.nio.charset.MalformedInputException e) {
            continue;
          }
          files++;
          if (!EVENTS.read(name, text).equals(COMPOSER.read(name, text))) {
            differ.add(name);
          }
        }
      }
    }
    assertThat(files).isGreaterThan(500);
    assertThat(differ).isEmpty();
  }

  @Test
  void sameOnHostileAndUnusualYaml() {
    List<String> snippets =
        List.of(
            "a: &x {b: 1}\nc: *x\n",
            "a: &x [1, *x]\n",
            "a: &x\n  b: *x\n",
            "base: &b {x: 1, y: 2}\nobj:\n  <<: *b\n  y: 3\n",
            "? [a]\n: b\n",
            "a: *undefined\n",
            "k: 1\nk: 2\n",
            "{a: 1, a: 2, b: 3, c: 4, d: 5, e: 6, f: 7, g: 8, h: 9, a: 10}\n",
            "a: !!int \"3\"\nb: !custom x\nc: '007'\nd: 0x1F\ne: ~\nf: true\n",
            "- {{ .Values.x }}\n",
            "a: b: c\n",
            "*app:\n  x: 1\n",
            "---\n---\nkind: A\n...\n",
            "a:\n" + "  - ".repeat(1) + "[".repeat(200) + "]".repeat(200) + "\n",
            "x: &a [*a]\n");
    for (String s : snippets) {
      assertThat(EVENTS.read("f.yaml", s)).as(s).isEqualTo(COMPOSER.read("f.yaml", s));
    }
  }
}
