package io.github.gwdns.core;

import java.util.List;
import java.util.Objects;

/**
 * Manifests read from a repository tree instead of the disk.
 *
 * @param tree the tree (a commit's, or the index)
 * @param roots repository-relative paths to analyze, {@code ""} for the whole tree
 * @param rootsMustExist whether a root missing from the tree is an error (one revision) or selects
 *     nothing (history, where paths come and go)
 */
public record TreeInput(RepositoryTree tree, List<String> roots, boolean rootsMustExist) {
  public TreeInput {
    Objects.requireNonNull(tree, "tree");
    roots = List.copyOf(roots);
  }
}
