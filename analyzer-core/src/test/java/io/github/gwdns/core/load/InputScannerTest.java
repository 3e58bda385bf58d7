package io.github.gwdns.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputScannerTest {
  @TempDir Path dir;

  private void touch(String relative) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "apiVersion: v1\nkind: Namespace\n");
  }

  private List<String> scan(List<String> includes, List<String> excludes, Path... roots)
      throws IOException {
    InputScanner scanner = new InputScanner(dir, new PathFilter(includes, excludes));
    return scanner.scan(List.of(roots)).files().stream().map(SourceFile::path).toList();
  }

  @Test
  void walksRecursivelyInSortedOrderSkippingHiddenAndNonManifestFiles() throws IOException {
    touch("b/route.yaml");
    touch("a/gw.yml");
    touch("a/z/data.json");
    touch("a/readme.md");
    touch(".git/config.yaml");
    touch(".github/workflows/ci.yaml");
    touch("a/.hidden.yaml");
    touch("with space/ünïcode.YAML");
    assertThat(scan(List.of(), List.of(), dir))
        .containsExactly("a/gw.yml", "a/z/data.json", "b/route.yaml", "with space/ünïcode.YAML");
  }

  @Test
  void includeAndExcludeGlobs() throws IOException {
    touch("apps/web/route.yaml");
    touch("apps/web/values.yaml");
    touch("charts/x/templates/gw.yaml");
    touch("top.yaml");
    assertThat(scan(List.of(), List.of("**/charts/**", "values.yaml"), dir))
        .containsExactly("apps/web/route.yaml", "top.yaml");
    assertThat(scan(List.of("**/route.yaml"), List.of(), dir))
        .containsExactly("apps/web/route.yaml");
    assertThat(scan(List.of("top.*"), List.of(), dir)).containsExactly("top.yaml");
    assertThat(scan(List.of(), List.of("charts"), dir))
        .doesNotContain("charts/x/templates/gw.yaml");
  }

  @Test
  void submodulesAreListedNotRead() throws IOException {
    touch("apps/route.yaml");
    touch("vendor/charts/templates/gw.yaml");
    // A checked-out submodule: a .git file pointing at the superproject's modules directory.
    java.nio.file.Files.writeString(
        dir.resolve("vendor/charts/.git"), "gitdir: ../../.git/modules/charts\n");
    InputScanner.Result result =
        new InputScanner(dir, new PathFilter(List.of(), List.of())).scan(List.of(dir));
    assertThat(result.files()).extracting(SourceFile::path).containsExactly("apps/route.yaml");
    assertThat(result.notices())
        .extracting(n -> n.file() + ": " + n.message())
        .containsExactly(
            "vendor/charts: submodule not analyzed: its files are in another repository");
  }

  @Test
  void explicitFilesAreReadWhateverTheirNameAndOnlyOnce() throws IOException {
    touch("a/manifest.txt");
    touch("a/b.yaml");
    assertThat(
            scan(
                List.of(),
                List.of(),
                dir.resolve("a/manifest.txt"),
                dir.resolve("a"),
                dir.resolve("a/b.yaml")))
        .containsExactly("a/b.yaml", "a/manifest.txt");
  }

  @Test
  void symlinksInsideTheRootAreFollowedOnceAndOutsideNotAtAll(@TempDir Path outside)
      throws IOException {
    touch("root/real/gw.yaml");
    Files.writeString(outside.resolve("secret.yaml"), "apiVersion: v1\nkind: Namespace\n");
    Path root = dir.resolve("root");
    Files.createSymbolicLink(root.resolve("alias"), root.resolve("real"));
    Files.createSymbolicLink(root.resolve("escape.yaml"), outside.resolve("secret.yaml"));
    Files.createSymbolicLink(root.resolve("escape-dir"), outside);
    Files.createSymbolicLink(root.resolve("real/loop"), root);
    InputScanner scanner = new InputScanner(dir, new PathFilter(List.of(), List.of()));
    InputScanner.Result result = scanner.scan(List.of(root));
    assertThat(result.files()).extracting(SourceFile::path).containsExactly("root/real/gw.yaml");
    assertThat(result.notices())
        .extracting(n -> n.file() + ": " + n.message().replaceAll(": /.*", ""))
        .containsExactlyInAnyOrder(
            "root/escape-dir: symlink to a directory outside the input root not followed",
            "root/escape.yaml: symlink to a file outside the input root not followed",
            "root/real/loop: symlink loop not followed");
  }

  @Test
  void missingRootIsAnError() {
    InputScanner scanner = new InputScanner(dir, new PathFilter(List.of(), List.of()));
    assertThatThrownBy(() -> scanner.scan(List.of(dir.resolve("nope"))))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void pathsOutsideTheBaseDirectoryAreShownAbsolute(@TempDir Path other) throws IOException {
    Files.writeString(other.resolve("x.yaml"), "a: 1\n");
    List<String> paths = scan(List.of(), List.of(), other);
    assertThat(paths).containsExactly(other.toAbsolutePath().resolve("x.yaml").toString());
  }
}
