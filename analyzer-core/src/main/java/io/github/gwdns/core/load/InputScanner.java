package io.github.gwdns.core.load;

import io.github.gwdns.core.finding.Notice;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the manifest files under the input paths. Directories are walked recursively in a sorted,
 * deterministic order; hidden files and directories ({@code .git}, {@code .github}...) are skipped;
 * a symlink is followed only when its target stays inside the input root, and a file reached twice
 * is read once.
 */
public final class InputScanner {

  /**
   * The files found, and what the walk had to say.
   *
   * @param unreadable the directories the walk could not read, as {@code path: reason}: the run is
   *     incomplete
   */
  public record Result(List<SourceFile> files, List<Notice> notices, List<String> unreadable) {
    public Result(List<SourceFile> files, List<Notice> notices) {
      this(files, notices, List.of());
    }
  }

  private final Path baseDir;

  /** The base directory's text with a trailing separator. */
  private final String basePrefix;

  private final PathFilter filter;

  /**
   * @param baseDir paths are shown relative to this directory when they are inside it
   * @param filter which files of a directory walk to read
   */
  public InputScanner(Path baseDir, PathFilter filter) {
    this.baseDir = baseDir.toAbsolutePath().normalize();
    String base = this.baseDir.toString();
    this.basePrefix = base.endsWith("/") ? base : base + "/";
    this.filter = filter;
  }

  /**
   * Collects the files of every root. A root that is a file is read whatever its name; a root that
   * is a directory is walked.
   *
   * @throws NoSuchFileException when a root does not exist
   * @throws IOException when a root cannot be read at all
   */
  public Result scan(List<Path> roots) throws IOException {
    Map<Path, Candidate> byRealPath = new HashMap<>();
    Map<Path, Candidate> loops = new HashMap<>();
    List<Notice> notices = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    for (Path root : roots) {
      Path absolute = root.toAbsolutePath().normalize();
      if (Files.notExists(absolute)) {
        throw new NoSuchFileException(root.toString(), null, "no such file or directory");
      }
      if (!Files.exists(absolute)) {
        // Neither exists nor not: a directory on the way cannot be searched.
        throw new java.nio.file.AccessDeniedException(root.toString(), null, "permission denied");
      }
      if (Files.isDirectory(absolute)) {
        walk(absolute, byRealPath, loops, notices, unreadable);
      } else {
        offer(byRealPath, absolute.toRealPath(), absolute, true);
      }
    }
    List<SourceFile> files = new ArrayList<>();
    for (Candidate c : byRealPath.values()) {
      files.add(SourceFile.of(display(c.path), c.path));
    }
    files.sort(Comparator.comparing(SourceFile::path));
    for (Candidate loop : loops.values()) {
      notices.add(new Notice("symlink loop not followed", display(loop.path)));
    }
    notices.sort(null);
    unreadable.sort(null);
    return new Result(files, notices, unreadable);
  }

  /** A path that reaches a file, and whether it reaches it without passing through a symlink. */
  private record Candidate(Path path, boolean direct) {}

  /**
   * Keeps one path per real file, so a file reached twice is read once, under a name that does not
   * depend on the walk order: the direct path if there is one, else the first in sorted order.
   */
  private void offer(Map<Path, Candidate> byRealPath, Path real, Path path, boolean direct) {
    byRealPath.merge(
        real,
        new Candidate(path, direct),
        (old, now) -> {
          if (old.direct != now.direct) {
            return old.direct ? old : now;
          }
          return display(old.path).compareTo(display(now.path)) <= 0 ? old : now;
        });
  }

  private void walk(
      Path root,
      Map<Path, Candidate> byRealPath,
      Map<Path, Candidate> loops,
      List<Notice> notices,
      List<String> unreadable)
      throws IOException {
    Path realRoot = root.toRealPath();
    // The real path of each directory walked, derived from its parent's unless it is a symlink:
    // resolving every file's real path from scratch costs a system call per path component.
    Map<Path, Path> realDirs = new HashMap<>();
    realDirs.put(root, realRoot);
    // Directories holding a .git entry below the root: submodules (or nested repositories), told
    // apart by the .git the walk meets anyway, so no directory costs an extra system call.
    List<Path> submodules = new ArrayList<>();
    Files.walkFileTree(
        root,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            if (dir.equals(root)) {
              return FileVisitResult.CONTINUE;
            }
            Path relative = root.relativize(dir);
            if (isHidden(dir) || filter.excludesDirectory(relative)) {
              if (isGit(dir) && !dir.getParent().equals(root)) {
                submodules.add(dir.getParent());
              }
              return FileVisitResult.SKIP_SUBTREE;
            }

            Path real = realPath(dir);
            if (!insideRoot(dir, real, "directory")) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            realDirs.put(dir, real);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            if (isGit(file) && !file.getParent().equals(root)) {
              submodules.add(file.getParent()); // a checked-out submodule's .git file
            }
            if (isHidden(file)
                || !attrs.isRegularFile()
                || !filter.acceptsFile(root.relativize(file))) {
              return FileVisitResult.CONTINUE;
            }
            Path real = realPath(file);
            if (insideRoot(file, real, "file")) {
              offer(
                  byRealPath, real, file, root.relativize(file).equals(realRoot.relativize(real)));
            }
            return FileVisitResult.CONTINUE;
          }

          private Path realPath(Path path) throws IOException {
            Path parent = realDirs.get(path.getParent());
            return parent == null || Files.isSymbolicLink(path)
                ? path.toRealPath()
                : parent.resolve(path.getFileName());
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (e instanceof FileSystemLoopException) {
              // A loop reached through an internal symlink is the same loop: report it once.
              try {
                Path parent = file.getParent();
                boolean direct =
                    root.relativize(parent).equals(realRoot.relativize(parent.toRealPath()));
                offer(loops, file.toRealPath(), file, direct);
              } catch (IOException unreadable) {
                notices.add(new Notice("symlink loop not followed", display(file)));
              }
            } else if (!isHidden(file)) {
              notices.add(new Notice("cannot read: " + describe(e), display(file)));
              unreadable.add(display(file) + ": " + describe(e));
            }
            return FileVisitResult.CONTINUE;
          }

          private boolean insideRoot(Path path, Path target, String what) {
            if (target.startsWith(realRoot)) {
              return true;
            }
            notices.add(
                new Notice(
                    "symlink to a " + what + " outside the input root not followed: " + target,
                    display(path)));
            return false;
          }
        });
    // A submodule (or a repository nested in this one) is another project's tree, as gwdns treats
    // it in a revision: listed, not read.
    for (Path submodule : submodules) {
      byRealPath.values().removeIf(c -> c.path.startsWith(submodule));
      notices.add(
          new Notice(
              "submodule not analyzed: its files are in another repository", display(submodule)));
    }
  }

  private static boolean isGit(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().equals(".git");
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static String describe(IOException e) {
    String reason = e.getMessage();
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return reason == null ? e.getClass().getSimpleName() : reason;
  }

  /**
   * The path relative to the base directory when inside it, otherwise absolute; {@code /}
   * separated.
   */
  String display(Path absolute) {
    // The common case, a normalized path below the base directory, by its text: relativize()
    // builds a path object per call and showed in the profile of large trees.
    String whole = absolute.toString();
    if (absolute.getFileSystem().getSeparator().equals("/")
        && whole.length() > basePrefix.length()
        && whole.startsWith(basePrefix)) {
      return whole.substring(basePrefix.length());
    }
    Path shown = absolute.startsWith(baseDir) ? baseDir.relativize(absolute) : absolute;
    String text = shown.toString().replace('\\', '/');
    return text.isEmpty() ? "." : text;
  }
}
