package io.github.gwdns.core.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.TimeZone;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A real Git repository in a temporary directory, with commits at fixed times so ids are stable.
 */
final class TestRepository implements AutoCloseable {
  final Path dir;
  final Git git;
  private long time = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();

  TestRepository(Path dir) throws GitAPIException {
    this.dir = dir;
    this.git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
  }

  TestRepository write(String path, String content) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return this;
  }

  TestRepository delete(String path) throws IOException {
    Files.delete(dir.resolve(path));
    return this;
  }

  RevCommit commit(String message) throws GitAPIException {
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
    PersonIdent who =
        new PersonIdent(
            "Ada", "ada@example.com", Instant.ofEpochSecond(time += 3600), ZoneOffset.UTC);
    return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
  }

  @Override
  public void close() {
    git.close();
  }

  static {
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
  }
}
