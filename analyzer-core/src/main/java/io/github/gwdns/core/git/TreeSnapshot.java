package io.github.gwdns.core.git;

import io.github.gwdns.core.AnalysisException;
import io.github.gwdns.core.RepositoryTree;
import io.github.gwdns.core.finding.Notice;
import io.github.gwdns.core.load.PathFilter;
import io.github.gwdns.core.load.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;

/**
 * The files of one Git tree (a commit's, or the index): paths, blob ids and modes, listed without
 * reading any content.
 *
 * @param name what the user calls it, for messages: a short SHA or "the index"
 */
public record TreeSnapshot(GitRepository repository, String name, List<Entry> entries)
    implements RepositoryTree {

  /** One file of the tree. */
  public record Entry(String path, ObjectId id, FileMode mode) {}

  public TreeSnapshot {
    entries = List.copyOf(entries);
  }

  /**
   * The manifests under {@code roots} (repository-relative paths; {@code ""} for the whole tree),
   * chosen as a directory walk on disk chooses them: the globs of {@code filter} against the path
   * relative to the root, hidden files and directories skipped.
   *
   * @param rootsMustExist fail when a root names nothing in this tree (a single revision), instead
   *     of selecting nothing (history, where paths come and go)
   */
  @Override
  public Selection select(List<String> roots, PathFilter filter, boolean rootsMustExist)
      throws AnalysisException {
    return select(entries, roots, filter, rootsMustExist, repository, name);
  }

  static Selection select(
      Collection<Entry> entries,
      List<String> roots,
      PathFilter filter,
      boolean rootsMustExist,
      GitRepository repository,
      String name)
      throws AnalysisException {
    List<SourceFile> files = new ArrayList<>();
    List<Notice> notices = new ArrayList<>();
    for (String root : roots) {
      boolean found = false;
      for (Entry e : entries) {
        String relative = relativeTo(root, e.path());
        if (relative == null) {
          continue;
        }
        found = true;
        boolean named = relative.isEmpty();
        Path rel = Path.of(named ? fileName(e.path()) : relative);
        if (!named && (hidden(relative) || excludedDirectory(filter, rel))) {
          continue;
        }
        // A symlink or submodule is reported whatever its name: a submodule is a directory
        // (`vendor/charts`) and a link often has no extension, yet either may hold manifests.
        boolean special = e.mode() == FileMode.SYMLINK || e.mode() == FileMode.GITLINK;
        if (!named && !special && !filter.acceptsFile(rel)) {
          continue;
        }
        if (e.mode() == FileMode.SYMLINK) {
          notices.add(
              new Notice(
                  "symlink in " + name + " not followed: gwdns reads Git revisions as stored",
                  e.path()));
        } else if (e.mode() == FileMode.GITLINK) {
          notices.add(
              new Notice("submodule not analyzed: its files are in another repository", e.path()));
        } else if (GitRepository.isFile(e.mode())) {
          if (repository.isLfsPointer(e.id())) {
            notices.add(
                new Notice(
                    "Git LFS pointer not analyzed: the manifest itself is not in the repository",
                    e.path()));
          } else {
            files.add(new BlobFile(e.path(), e.id(), repository.jgit()));
          }
        }
      }
      if (!found && rootsMustExist) {
        throw new AnalysisException(
            "path '" + (root.isEmpty() ? "." : root) + "' is not in " + name);
      }
    }
    files.sort((a, b) -> a.path().compareTo(b.path()));
    List<SourceFile> unique = new ArrayList<>();
    for (SourceFile f : files) {
      if (unique.isEmpty() || !unique.get(unique.size() - 1).path().equals(f.path())) {
        unique.add(f);
      }
    }
    notices.sort(null);
    return new Selection(unique, notices.stream().distinct().toList());
  }

  /**
   * The tree's files, as the render stage reads them (kustomize bases, generator inputs, values).
   */
  @Override
  public io.github.gwdns.core.render.RepositoryFiles files() {
    return new TreeFiles(this);
  }

  /**
   * The kustomization files ({@code kustomization.yaml}, {@code .yml}, {@code Kustomization}) of
   * the directories above each root, up to the repository root: a subdirectory's namespace may come
   * from them.
   */
  @Override
  public List<SourceFile> kustomizationsAbove(List<String> roots) {
    java.util.Map<String, Entry> byPath = new java.util.HashMap<>();
    entries.forEach(e -> byPath.put(e.path(), e));
    java.util.Set<String> seen = new java.util.TreeSet<>();
    List<SourceFile> files = new ArrayList<>();
    for (String root : roots) {
      if (root.isEmpty()) {
        continue;
      }
      String dir = root;
      while (true) {
        int slash = dir.lastIndexOf('/');
        dir = slash < 0 ? "" : dir.substring(0, slash);
        for (String name : List.of("kustomization.yaml", "kustomization.yml", "Kustomization")) {
          String path = dir.isEmpty() ? name : dir + "/" + name;
          Entry e = byPath.get(path);
          if (e != null && GitRepository.isFile(e.mode()) && seen.add(path)) {
            files.add(new BlobFile(path, e.id(), repository.jgit()));
          }
        }
        if (dir.isEmpty()) {
          break;
        }
      }
    }
    return files;
  }

  /**
   * The path of {@code path} below {@code root}: "" when it is the root itself, null when outside.
   */
  private static String relativeTo(String root, String path) {
    if (root.isEmpty()) {
      return path;
    }
    if (path.equals(root)) {
      return "";
    }
    return path.startsWith(root + "/") ? path.substring(root.length() + 1) : null;
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static boolean hidden(String relative) {
    for (String segment : relative.split("/")) {
      if (segment.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static boolean excludedDirectory(PathFilter filter, Path relative) {
    for (Path dir = relative.getParent(); dir != null; dir = dir.getParent()) {
      if (filter.excludesDirectory(dir)) {
        return true;
      }
    }
    return false;
  }
}
