package io.github.gwdns.core;

import io.github.gwdns.core.finding.Notice;
import io.github.gwdns.core.load.PathFilter;
import io.github.gwdns.core.load.SourceFile;
import io.github.gwdns.core.render.RepositoryFiles;
import java.util.List;

/**
 * A repository's files read from somewhere other than the disk: a Git commit's tree or the index
 * ({@link io.github.gwdns.core.git.TreeSnapshot}). The analysis reads only through this interface,
 * so the core does not depend on where the tree comes from.
 */
public interface RepositoryTree {
  /** The inputs of an analysis: files to read, and notices about entries that cannot be read. */
  record Selection(List<SourceFile> files, List<Notice> notices) {
    public Selection {
      files = List.copyOf(files);
      notices = List.copyOf(notices);
    }
  }

  /** What the user calls the tree, for messages: a short SHA or "the index". */
  String name();

  /**
   * The manifests under {@code roots} (repository-relative paths; {@code ""} for the whole tree),
   * chosen as a directory walk on disk chooses them.
   *
   * @param rootsMustExist fail when a root names nothing in this tree, instead of selecting nothing
   * @throws AnalysisException when a root is missing and must exist
   */
  Selection select(List<String> roots, PathFilter filter, boolean rootsMustExist)
      throws AnalysisException;

  /**
   * The tree's files, as the render stage reads them (kustomize bases, generator inputs, values).
   */
  RepositoryFiles files();

  /** The kustomization files of the directories above each root, up to the repository root. */
  List<SourceFile> kustomizationsAbove(List<String> roots);
}
