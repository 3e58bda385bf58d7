package io.github.gwdns.cli;

import io.github.gwdns.core.AnalysisException;
import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.TreeInput;
import io.github.gwdns.core.git.GitRepository;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --rev} and {@code --repo}: read the PATHs from a Git revision instead of the disk. */
final class GitOptions {
  @Option(
      names = "--rev",
      paramLabel = "REV",
      description =
          "Read the PATHs from the tree at REV (branch, tag, SHA, HEAD~3, origin/main) straight from Git; the working tree is not touched.")
  String rev;

  @Option(
      names = "--repo",
      paramLabel = "DIR",
      description = "The Git repository (default: the one the current directory is in).")
  Path repo;

  /** Opens the repository: {@code --repo}, else the one the current directory is in. */
  GitRepository open() throws AnalysisException {
    return GitRepository.find(repo != null ? repo : Path.of(""));
  }

  /**
   * With {@code --rev}, makes {@code request} read {@code paths} from that revision and returns the
   * open repository (the caller closes it after the analysis); without, returns null.
   */
  GitRepository applyTo(AnalysisRequest.Builder request, List<String> paths)
      throws AnalysisException {
    if (rev == null) {
      refuseBare(paths);
      return null;
    }
    if (paths.contains("-")) {
      throw new Options.UsageException(
          "--rev reads files from Git; standard input (-) cannot be combined with it");
    }
    GitRepository git = open();
    try {
      request.git(new TreeInput(git.tree(git.commit(rev)), git.roots(asPaths(paths)), true));
      if (!request.clusters().isEmpty()) {
        request.clusterRoots(git.roots(request.clusters()));
      }
      return git;
    } catch (AnalysisException | RuntimeException e) {
      git.close();
      throw e;
    }
  }

  /** The PATHs to read: see {@link #defaultPaths(List, Path)}. */
  List<String> defaultPaths(List<String> given) throws AnalysisException {
    return defaultPaths(given, repo);
  }

  /**
   * The PATHs to read: those given; else the current directory, or, when {@code --repo} names a
   * repository the current directory is outside of ({@code cd /tmp; gwdns plan --repo ~/gitops}),
   * the root of that repository's work tree.
   */
  static List<String> defaultPaths(List<String> given, Path repo) throws AnalysisException {
    if (!given.isEmpty() || repo == null) {
      return given;
    }
    try (GitRepository git = GitRepository.find(repo)) {
      Path workTree = git.workTree();
      if (workTree != null && !Path.of("").toAbsolutePath().normalize().startsWith(workTree)) {
        return List.of(workTree.toString());
      }
    }
    return given;
  }

  /**
   * Without {@code --rev}, manifests are read from disk; in a bare repository (or a {@code .git}
   * directory) there is none to read, only Git's own files, so the run would pass having read
   * nothing. Says to name the revision instead.
   */
  private void refuseBare(List<String> paths) throws AnalysisException {
    if (repo != null) {
      try (GitRepository git = GitRepository.find(repo)) {
        if (git.isBare()) {
          throw bare(repo.toAbsolutePath().normalize());
        }
      }
    }
    for (String p : paths.isEmpty() ? List.of(".") : paths) {
      if (p.equals("-")) {
        continue;
      }
      for (Path dir = Path.of(p).toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
        if (java.nio.file.Files.exists(dir.resolve(".git"))) {
          break; // a work tree: its files are the manifests
        }
        if (java.nio.file.Files.isRegularFile(dir.resolve("HEAD"))
            && java.nio.file.Files.isDirectory(dir.resolve("objects"))
            && java.nio.file.Files.isDirectory(dir.resolve("refs"))) {
          throw bare(dir);
        }
      }
    }
  }

  private static AnalysisException bare(Path dir) {
    return new AnalysisException(
        dir
            + " is a bare Git repository (or a .git directory), which has no working tree to read:"
            + " name the revision with --rev, e.g. --rev HEAD");
  }

  static List<Path> asPaths(List<String> paths) {
    List<Path> result = new ArrayList<>();
    for (String p : paths.isEmpty() ? List.of(".") : paths) {
      result.add(Path.of(p));
    }
    return result;
  }
}
