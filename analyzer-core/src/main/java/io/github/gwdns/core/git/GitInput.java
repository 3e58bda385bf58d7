package io.github.gwdns.core.git;

import java.util.List;
import java.util.Objects;

/**
 * Manifests read from a Git tree instead of the disk.
 *
 * @param tree the commit's tree or the index
 * @param roots repository-relative paths to analyze, {@code ""} for the whole tree
 * @param rootsMustExist whether a root missing from the tree is an error (one revision) or selects
 *     nothing (history, where paths come and go)
 */
public record GitInput(TreeSnapshot tree, List<String> roots, boolean rootsMustExist) {
  public GitInput {
    Objects.requireNonNull(tree, "tree");
    roots = List.copyOf(roots);
  }
}
