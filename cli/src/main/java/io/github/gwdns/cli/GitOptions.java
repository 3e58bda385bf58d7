package io.github.gwdns.cli;

import io.github.gwdns.core.AnalysisException;
import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.git.GitInput;
import io.github.gwdns.core.git.GitRepository;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --rev} and {@code --repo}: read the PATHs from a Git revision instead of the disk. */
final class GitOptions {
  @Option(names = "--rev", paramLabel = "REV",
      description = "Read the PATHs from the tree at REV (branch, tag, SHA, HEAD~3, origin/main) straight from Git; the working tree is not touched.")
  String rev;

  @Option(names = "--repo", paramLabel = "DIR",
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
  GitRepository applyTo(AnalysisRequest.Builder request, List<String> paths) throws AnalysisException {
    if (rev == null) {
      return null;
    }
    if (paths.contains("-")) {
      throw new Options.UsageException("--rev reads files from Git; standard input (-) cannot be combined with it");
    }
    GitRepository git = open();
    try {
      request.git(new GitInput(git.tree(git.commit(rev)), git.roots(asPaths(paths)), true));
      return git;
    } catch (AnalysisException | RuntimeException e) {
      git.close();
      throw e;
    }
  }

  static List<Path> asPaths(List<String> paths) {
    List<Path> result = new ArrayList<>();
    for (String p : paths.isEmpty() ? List.of(".") : paths) {
      result.add(Path.of(p));
    }
    return result;
  }
}
