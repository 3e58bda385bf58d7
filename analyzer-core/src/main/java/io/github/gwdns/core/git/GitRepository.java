package io.github.gwdns.core.git;

import io.github.gwdns.core.AnalysisException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * A Git repository read through JGit: revisions resolved, trees and the index listed straight from
 * the object database. No {@code git} executable, no checkout; the working tree is never touched.
 * Every problem a CI checkout can have (a shallow clone without the base, an unknown ref, a bare
 * repository, no commits yet) is an {@link AnalysisException} that says what to do.
 */
public final class GitRepository implements AutoCloseable {
  private static final byte[] LFS_POINTER =
      "version https://git-lfs.github.com/spec/".getBytes(StandardCharsets.US_ASCII);

  private final Repository repository;
  private final Map<ObjectId, Boolean> lfsPointers = new ConcurrentHashMap<>();

  private GitRepository(Repository repository) {
    this.repository = repository;
  }

  /**
   * The repository {@code dir} belongs to: its work tree, a directory in it, its {@code .git}, or a
   * bare repository.
   */
  public static GitRepository find(Path dir) throws AnalysisException {
    if (!java.nio.file.Files.isDirectory(dir.toAbsolutePath())) {
      throw new AnalysisException("repository directory '" + dir + "' does not exist");
    }
    FileRepositoryBuilder builder =
        new FileRepositoryBuilder().readEnvironment().findGitDir(dir.toAbsolutePath().toFile());
    if (builder.getGitDir() == null) {
      File asBare = dir.toAbsolutePath().toFile();
      if (new File(asBare, "HEAD").isFile() && new File(asBare, "objects").isDirectory()) {
        builder = new FileRepositoryBuilder().setGitDir(asBare).setBare();
      } else {
        throw new AnalysisException(
            "'"
                + dir
                + "' is not in a Git repository; run gwdns inside one, or name it with --repo DIR");
      }
    }
    try {
      return new GitRepository(builder.setMustExist(true).build());
    } catch (IOException | IllegalArgumentException e) {
      throw new AnalysisException(
          "cannot open the Git repository at " + builder.getGitDir() + ": " + e.getMessage(), e);
    }
  }

  /** The JGit repository, for walks. */
  Repository jgit() {
    return repository;
  }

  /** True for a repository without a work tree. */
  public boolean isBare() {
    return repository.isBare();
  }

  /** The root of the work tree; null for a bare repository. */
  public Path workTree() {
    return repository.isBare()
        ? null
        : repository.getWorkTree().toPath().toAbsolutePath().normalize();
  }

  /**
   * The commit {@code rev} names: a branch, tag, SHA, {@code HEAD~3}, {@code origin/main}.
   *
   * @throws AnalysisException for an unknown revision (with the shallow-clone fix when the clone is
   *     shallow), a commit missing from a shallow clone, or a repository without commits
   */
  public RevCommit commit(String rev) throws AnalysisException {
    ObjectId id;
    try {
      id = repository.resolve(rev + "^{commit}");
    } catch (AmbiguousObjectException e) {
      throw new AnalysisException(
          "revision '" + rev + "' is ambiguous: give more characters of the SHA", e);
    } catch (RevisionSyntaxException | IncorrectObjectTypeException e) {
      throw new AnalysisException("'" + rev + "' is not a commit: " + e.getMessage(), e);
    } catch (MissingObjectException e) {
      throw missing(rev, e);
    } catch (IOException e) {
      throw new AnalysisException("cannot resolve '" + rev + "': " + e.getMessage(), e);
    }
    if (id == null) {
      if (!hasCommits()) {
        throw new AnalysisException(
            "the repository has no commits yet, so there is no '" + rev + "'");
      }
      throw new AnalysisException(
          "unknown revision '"
              + rev
              + "'"
              + (isShallow()
                  ? "; this is a shallow clone, which holds only the commits it fetched: fetch the history (actions/checkout with"
                      + " fetch-depth: 0) or the revision itself (git fetch origin <branch>)"
                  : "; check the branch, tag or SHA (remote branches are named like origin/main)"));
    }
    try (RevWalk walk = new RevWalk(repository)) {
      RevCommit commit = walk.parseCommit(id);
      walk.parseBody(commit);
      return commit;
    } catch (MissingObjectException e) {
      throw missing(rev, e);
    } catch (IOException e) {
      throw new AnalysisException("cannot read commit '" + rev + "': " + e.getMessage(), e);
    }
  }

  private AnalysisException missing(String rev, MissingObjectException e) {
    return new AnalysisException(
        "revision '"
            + rev
            + "' names "
            + e.getObjectId().name()
            + ", which is not in this clone"
            + (isShallow()
                ? " (a shallow clone): fetch with fetch-depth: 0, or fetch that commit"
                : ""),
        e);
  }

  private boolean hasCommits() {
    try {
      return repository.resolve(Constants.HEAD) != null;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * True when history stops at {@code commit} although the project's does not: it has parents, or
   * it is a boundary of a shallow clone (whose parents the clone never fetched).
   */
  public boolean historyContinuesBefore(RevCommit commit) {
    if (commit.getParentCount() > 0) {
      return true;
    }
    File shallow = new File(repository.getDirectory(), "shallow");
    try {
      return shallow.isFile()
          && java.nio.file.Files.readAllLines(shallow.toPath()).contains(commit.name());
    } catch (IOException e) {
      return true;
    }
  }

  /** True when the clone was made with a limited depth. */
  public boolean isShallow() {
    return new File(repository.getDirectory(), "shallow").isFile();
  }

  /**
   * One path that differs between two trees.
   *
   * @param entry the file in the newer tree, or null when it was deleted
   */
  public record Change(String path, TreeSnapshot.Entry entry) {}

  /** The files that differ from {@code from}'s tree to {@code to}'s, in path order. */
  public List<Change> changes(RevCommit from, RevCommit to) throws AnalysisException {
    List<Change> changes = new ArrayList<>();
    try (TreeWalk walk = new TreeWalk(repository)) {
      walk.addTree(from.getTree());
      walk.addTree(to.getTree());
      walk.setRecursive(true);
      walk.setFilter(org.eclipse.jgit.treewalk.filter.TreeFilter.ANY_DIFF);
      while (walk.next()) {
        String path = walk.getPathString();
        changes.add(
            new Change(
                path,
                walk.getFileMode(1) == FileMode.MISSING
                    ? null
                    : new TreeSnapshot.Entry(path, walk.getObjectId(1), walk.getFileMode(1))));
      }
    } catch (IOException e) {
      throw new AnalysisException(
          "cannot compare " + from.name() + " with " + to.name() + ": " + e.getMessage(), e);
    }
    return changes;
  }

  /** Every file of the commit's tree. */
  public TreeSnapshot tree(RevCommit commit) throws AnalysisException {
    List<TreeSnapshot.Entry> entries = new ArrayList<>();
    try (TreeWalk walk = new TreeWalk(repository)) {
      walk.addTree(commit.getTree());
      walk.setRecursive(true);
      while (walk.next()) {
        entries.add(
            new TreeSnapshot.Entry(walk.getPathString(), walk.getObjectId(0), walk.getFileMode(0)));
      }
    } catch (MissingObjectException e) {
      throw missing(commit.name(), e);
    } catch (IOException e) {
      throw new AnalysisException(
          "cannot read the tree of " + commit.name() + ": " + e.getMessage(), e);
    }
    return new TreeSnapshot(this, commit.abbreviate(12).name(), entries);
  }

  /** Every file of the index (what {@code git commit} would record now). */
  public TreeSnapshot index() throws AnalysisException {
    if (isBare()) {
      throw new AnalysisException("a bare repository has no index; name two revisions instead");
    }
    List<TreeSnapshot.Entry> entries = new ArrayList<>();
    try {
      DirCache cache = repository.readDirCache();
      for (int i = 0; i < cache.getEntryCount(); i++) {
        DirCacheEntry e = cache.getEntry(i);
        if (e.getStage() == DirCacheEntry.STAGE_0) {
          entries.add(new TreeSnapshot.Entry(e.getPathString(), e.getObjectId(), e.getFileMode()));
        }
      }
    } catch (IOException e) {
      throw new AnalysisException("cannot read the Git index: " + e.getMessage(), e);
    }
    return new TreeSnapshot(this, "the index", entries);
  }

  /**
   * First-parent history from {@code head}, newest first: the commits a branch saw land, merges
   * counted once.
   *
   * @param max at most this many commits (0: all)
   * @param since only commits at or after this time (null: all)
   */
  public List<RevCommit> firstParentHistory(RevCommit head, int max, Instant since)
      throws AnalysisException {
    List<RevCommit> commits = new ArrayList<>();
    try (RevWalk walk = new RevWalk(repository)) {
      walk.setFirstParent(true);
      walk.markStart(walk.parseCommit(head));
      for (RevCommit c : walk) {
        if (since != null && Instant.ofEpochSecond(c.getCommitTime()).isBefore(since)) {
          break;
        }
        walk.parseBody(c);
        commits.add(c);
        if (max > 0 && commits.size() >= max) {
          break;
        }
      }
    } catch (MissingObjectException e) {
      // A shallow clone ends where its history was cut: walk what is there.
      if (!isShallow()) {
        throw missing(head.name(), e);
      }
    } catch (IOException e) {
      throw new AnalysisException(
          "cannot walk the history of " + head.name() + ": " + e.getMessage(), e);
    }
    return commits;
  }

  /**
   * True when the blob is a Git LFS pointer, whose real content lives outside the repository.
   * Pointers are small; larger blobs are not read here. Answers are kept by blob id.
   */
  boolean isLfsPointer(ObjectId blob) {
    return lfsPointers.computeIfAbsent(
        blob,
        id -> {
          try {
            ObjectLoader loader = repository.open(id);
            if (loader.getSize() > 1024) {
              return false;
            }
            byte[] head = loader.getCachedBytes();
            return head.length >= LFS_POINTER.length
                && Arrays.equals(head, 0, LFS_POINTER.length, LFS_POINTER, 0, LFS_POINTER.length);
          } catch (IOException e) {
            return false; // reading it for the analysis reports the problem
          }
        });
  }

  /**
   * The repository-relative paths of {@code paths} (relative to the working directory), {@code ""}
   * for the root: what a revision's tree is filtered by.
   */
  public List<String> roots(List<Path> paths) throws AnalysisException {
    List<String> roots = new ArrayList<>();
    for (Path p : paths) {
      String root;
      if (isBare()) {
        root = p.normalize().toString().replace('\\', '/');
      } else {
        Path absolute = p.toAbsolutePath().normalize();
        if (!absolute.startsWith(workTree())) {
          throw new AnalysisException(
              "path '" + absolute + "' is outside the repository at " + workTree());
        }
        root = workTree().relativize(absolute).toString().replace('\\', '/');
      }
      roots.add(root.equals(".") ? "" : root);
    }
    return roots;
  }

  /** True for file modes whose content is a regular file's. */
  static boolean isFile(FileMode mode) {
    return mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE;
  }

  @Override
  public void close() {
    repository.close();
  }
}
