package io.github.gwdns.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.load.LoadLimits;
import io.github.gwdns.core.load.ManifestLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the rest of a repository may define an object: read as text, indexed once. */
class RestOfRepositoryTest {
  @TempDir Path repo;

  @Test
  void findsTheFirstFileWithTheKindAndTheNameAsYamlWritesThem() throws IOException {
    write("a/quoted.yaml", "kind: \"Gateway\"\nmetadata:\n  name: 'public' # the edge\n");
    write("b/next-line.yaml", "kind:\n  ListenerSet\nmetadata:\n  name:\n    team\n");
    write("c/list-item.yaml", "kind: Gateway\nspec:\n  listeners:\n  - name: internal\n");
    write("d/other-kind.yaml", "kind: Service\nmetadata:\n  name: internal\n");
    write("e/analyzed.yaml", "kind: Gateway\nmetadata:\n  name: analyzed\n");
    write("z/also-public.yaml", "kind: Gateway\nmetadata:\n  name: public\n");
    RestOfRepository rest =
        new RestOfRepository(
            new DiskFiles(repo),
            new ManifestLoader(LoadLimits.DEFAULTS),
            Set.of("e/analyzed.yaml"));
    assertThat(rest.definition("Gateway", "public")).isEqualTo("a/quoted.yaml");
    assertThat(rest.definition("ListenerSet", "team")).isEqualTo("b/next-line.yaml");
    // `- name:` is a list item's field, not an object's name; and a Service is no Gateway.
    assertThat(rest.definition("Gateway", "internal")).isNull();
    assertThat(rest.definition("Gateway", "analyzed"))
        .as("analyzed files are not searched")
        .isNull();
    assertThat(RestOfRepository.UNKNOWN.definition("Gateway", "public")).isNull();
  }

  private void write(String path, String text) throws IOException {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
