package io.github.gwdns.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.load.RepositoryRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default base directory: the repository the paths are in, wherever gwdns runs from. */
class AnalysisRequestBaseDirTest {
  @TempDir Path temp;

  @Test
  void pathsInsideTheWorkingTreeUseItsRoot() {
    // Tests run inside this project's work tree.
    Path here = RepositoryRoot.of(Path.of(""));
    assertThat(AnalysisRequest.builder().addPath(Path.of("src")).build().baseDir()).isEqualTo(here);
    assertThat(AnalysisRequest.builder().build().baseDir()).isEqualTo(here);
  }

  @Test
  void aPathInAnotherRepositoryUsesThatRepositorysRoot() throws IOException {
    Path repo = Files.createDirectories(temp.resolve("home-ops"));
    Files.createDirectories(repo.resolve(".git"));
    Path apps = Files.createDirectories(repo.resolve("kubernetes/apps"));
    assertThat(AnalysisRequest.builder().addPath(apps).build().baseDir()).isEqualTo(repo);
  }

  @Test
  void aPathInNoRepositoryKeepsTheWorkingTreesRoot() throws IOException {
    // Not taken for a whole repository: what it leaves undefined may be defined elsewhere.
    Path dir = Files.createDirectories(temp.resolve("rendered"));
    Path file = Files.writeString(dir.resolve("all.yaml"), "");
    assertThat(AnalysisRequest.builder().addPath(dir).build().baseDir())
        .isEqualTo(RepositoryRoot.of(Path.of("")));
    assertThat(AnalysisRequest.builder().addPath(file).build().baseDir())
        .isEqualTo(RepositoryRoot.of(Path.of("")));
  }

  @Test
  void aFileInAnotherRepositoryUsesThatRepositorysRoot() throws IOException {
    Path repo = Files.createDirectories(temp.resolve("ops"));
    Files.createDirectories(repo.resolve(".git"));
    Path file = Files.writeString(repo.resolve("gateway.yaml"), "");
    assertThat(AnalysisRequest.builder().addPath(file).build().baseDir()).isEqualTo(repo);
  }

  @Test
  void anExplicitBaseDirWins() {
    assertThat(AnalysisRequest.builder().addPath(temp).baseDir(Path.of("target")).build().baseDir())
        .isEqualTo(Path.of("target").toAbsolutePath());
  }

  @Test
  void pathsInDifferentPlacesKeepTheWorkingTreesRoot() throws IOException {
    Path a = Files.createDirectories(temp.resolve("a"));
    Path b = Files.createDirectories(temp.resolve("b"));
    assertThat(AnalysisRequest.builder().addPath(a).addPath(b).build().baseDir())
        .isEqualTo(RepositoryRoot.of(Path.of("")));
  }
}
