package io.github.gwdns.core.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gwdns.core.AnalysisException;
import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.Analyzer;
import io.github.gwdns.core.TreeInput;
import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.history.History;
import io.github.gwdns.core.history.HistoryWalker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken and huge repositories: one clear message or a complete analysis, never a crash or a hang.
 */
class GitHostileTest {
  @TempDir Path dir;

  private static AnalysisResult at(GitRepository git, String rev) throws AnalysisException {
    return Analyzer.run(
        AnalysisRequest.builder()
            .build()
            .withGit(new TreeInput(git.tree(git.commit(rev)), List.of(""), true)));
  }

  @Test
  void aMissingBlobIsAnUnreadableFileAndTheOthersAreAnalyzed() throws Exception {
    ObjectId lost;
    try (TestRepository repo = new TestRepository(dir)) {
      repo.write("apps/a.yaml", GitHistoryTest.route("a"))
          .write("apps/b.yaml", GitHistoryTest.route("b"))
          .commit("two routes");
      lost = repo.git.getRepository().resolve("HEAD:apps/b.yaml");
    }
    // A corrupt clone: the loose object of one blob is gone.
    Path object =
        dir.resolve(".git/objects")
            .resolve(lost.name().substring(0, 2))
            .resolve(lost.name().substring(2));
    Files.delete(object);
    try (GitRepository git = GitRepository.find(dir)) {
      AnalysisResult result = at(git, "HEAD");
      assertThat(result.unreadable())
          .singleElement()
          .asString()
          .startsWith("apps/b.yaml: file not read: ");
      assertThat(result.findings())
          .extracting(Finding::ruleId, f -> f.location().file())
          .contains(
              org.assertj.core.groups.Tuple.tuple("parent-not-found", "apps/a.yaml"),
              org.assertj.core.groups.Tuple.tuple("invalid-manifest", "apps/b.yaml"));
    }
  }

  @Test
  void aMissingTreeIsOneClearMessage() throws Exception {
    ObjectId tree;
    try (TestRepository repo = new TestRepository(dir)) {
      RevCommit c = repo.write("apps/a.yaml", GitHistoryTest.route("a")).commit("one route");
      tree = c.getTree();
    }
    Files.delete(
        dir.resolve(".git/objects")
            .resolve(tree.name().substring(0, 2))
            .resolve(tree.name().substring(2)));
    try (GitRepository git = GitRepository.find(dir)) {
      assertThatThrownBy(() -> at(git, "HEAD"))
          .isInstanceOf(AnalysisException.class)
          .hasMessageContaining(tree.name().substring(0, 7))
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
  }

  @Test
  @Timeout(120) // a guard against a hang or a quadratic walk, not a speed test
  void aLongHistoryIsWalkedAndNamesTheCommitThatIntroducedAFinding() throws Exception {
    try (TestRepository repo = new TestRepository(dir)) {
      repo.write("infra/gateway.yaml", GitHistoryTest.gateway("All", "203.0.113.10"));
      for (int c = 0; c < 1_000; c++) {
        repo.write(
            "apps/web.yaml",
            GitHistoryTest.route("web")
                .replace("hostnames:", "# revision " + c + "\n  hostnames:"));
        if (c == 700) {
          repo.write(
              "apps/typo.yaml",
              GitHistoryTest.route("typo").replace("name: public", "name: publik"));
        }
        repo.commit(c == 700 ? "add a typo" : "change " + c);
      }
    }
    try (GitRepository git = GitRepository.find(dir)) {
      History history =
          HistoryWalker.walk(
              git,
              git.commit("HEAD"),
              AnalysisRequest.builder().build(),
              List.of(""),
              0,
              null,
              null);
      assertThat(history.commits()).hasSize(1_000);
      assertThat(history.current())
          .filteredOn(i -> i.finding().ruleId().equals("parent-not-found"))
          .singleElement()
          .satisfies(i -> assertThat(i.commit().subject()).isEqualTo("add a typo"));
    }
  }

  @Test
  @Timeout(120) // a guard against a hang or a quadratic walk, not a speed test
  void aTreeOfOneHundredThousandFilesIsAnalyzed() throws Exception {
    try (TestRepository repo = new TestRepository(dir)) {
      org.eclipse.jgit.lib.Repository r = repo.git.getRepository();
      // One pack instead of 100,000 loose objects: the repository is built in seconds.
      try (ObjectInserter insert =
          ((org.eclipse.jgit.internal.storage.file.ObjectDirectory) r.getObjectDatabase())
              .newPackInserter()) {
        DirCache index = DirCache.newInCore();
        DirCacheBuilder builder = index.builder();
        // A monorepo: 100,000 files, of which 1,000 are manifests (the size of an analysis is the
        // bench's business; here the tree is what is huge).
        for (int i = 0; i < 100_000; i++) {
          boolean manifest = i % 100 == 0;
          DirCacheEntry entry =
              new DirCacheEntry(
                  manifest
                      ? String.format("deploy/d%02d/r%06d.yaml", i % 50, i)
                      : String.format("src/pkg%03d/file%06d.go", i % 500, i));
          entry.setFileMode(FileMode.REGULAR_FILE);
          String content = manifest ? GitHistoryTest.route("r" + i) : "package pkg\n// " + i + "\n";
          entry.setObjectId(
              insert.insert(Constants.OBJ_BLOB, content.getBytes(StandardCharsets.UTF_8)));
          builder.add(entry);
        }
        builder.finish();
        ObjectId treeId = index.writeTree(insert);
        CommitBuilder commit = new CommitBuilder();
        PersonIdent who = new PersonIdent("Ada", "ada@example.com");
        commit.setAuthor(who);
        commit.setCommitter(who);
        commit.setMessage("many files");
        commit.setTreeId(treeId);
        ObjectId commitId = insert.insert(commit);
        insert.flush();
        RefUpdate ref = r.updateRef("refs/heads/main");
        ref.setNewObjectId(commitId);
        ref.forceUpdate();
      }
    }
    try (GitRepository git = GitRepository.find(dir)) {
      AnalysisResult result = at(git, "HEAD");
      assertThat(result.stats().files()).isEqualTo(1_000);
      assertThat(result.findings().stream().filter(f -> f.ruleId().equals("parent-not-found")))
          .hasSize(1_000);
    }
  }
}
