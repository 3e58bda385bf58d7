package io.github.gwdns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The pre-commit framework's hook file at the repository root: each hook has what pre-commit
 * requires (id, name, entry, language), runs once per commit on YAML and JSON files, and its entry
 * is a gwdns command line this CLI accepts.
 */
class PreCommitHooksTest {
  private static final Path HOOKS = Path.of("..", ".pre-commit-hooks.yaml");

  @Test
  void everyHookIsAGwdnsCommandLineTheCliAccepts() throws IOException {
    Object loaded =
        new Load(LoadSettings.builder().build()).loadFromString(Files.readString(HOOKS));
    assertThat(loaded).isInstanceOf(List.class);
    List<?> hooks = (List<?>) loaded;
    assertThat(hooks).isNotEmpty();
    List<String> ids = new ArrayList<>();
    for (Object o : hooks) {
      Map<?, ?> hook = (Map<?, ?>) o;
      assertThat(hook.keySet().stream().map(Object::toString).toList())
          .as("keys of %s", hook)
          .contains("id", "name", "entry", "language");
      ids.add((String) hook.get("id"));
      assertThat(hook.get("language")).isEqualTo("system");
      assertThat(hook.get("pass_filenames"))
          .as("gwdns reads the repository, not single files")
          .isEqualTo(false);
      Pattern files = Pattern.compile((String) hook.get("files"));
      assertThat(files.matcher("apps/shop/route.yaml").find()).isTrue();
      assertThat(files.matcher("apps/shop/values.yml").find()).isTrue();
      assertThat(files.matcher("README.md").find()).isFalse();
      String[] entry = ((String) hook.get("entry")).split(" ");
      assertThat(entry[0]).isEqualTo("gwdns");
      String[] args = Arrays.copyOfRange(entry, 1, entry.length + 1);
      args[args.length - 1] = "--help";
      assertThat(run(args)).as("gwdns %s", String.join(" ", args)).isZero();
    }
    assertThat(ids).containsExactly("gwdns", "gwdns-diff");
  }

  private static int run(String... args) {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    return Main.run(
        args,
        new Console(
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(sink, true, StandardCharsets.UTF_8),
            new PrintStream(sink, true, StandardCharsets.UTF_8),
            false,
            Map.of()));
  }
}
