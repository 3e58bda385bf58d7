package io.github.gwdns.core.render;

import java.util.ArrayList;
import java.util.List;

/** Where a path of a Flux source is in the repository. */
final class SourcePaths {
  private SourcePaths() {}

  /**
   * A path of a Flux source, as a repository directory and the source root it is relative to
   * ({@code ""}, or the directory the source's root is: an OCI artifact pushed from {@code
   * kubernetes/}, or the GitOps tree when a subdirectory of a larger repository is analyzed); null
   * when there is none. Another root is looked for only among the analyzed directories, where it is
   * unambiguous, and only when the path's first directory is not at the repository root: {@code
   * ./kubernetes/apps/x} in a repository that has {@code kubernetes/} but no {@code
   * kubernetes/apps/x} is missing, as Flux finds it, not the {@code archive/kubernetes/apps/x} an
   * application was moved to.
   */
  static String[] resolve(FileStore store, String written, String sourceRoot) {
    String path = RepositoryFiles.join("", written);
    if (path == null) {
      return null;
    }
    String underRoot = RepositoryFiles.join(sourceRoot, path);
    if (underRoot != null && store.isDirectory(underRoot)) {
      return new String[] {underRoot, sourceRoot};
    }
    if (store.isDirectory(path)) {
      return new String[] {path, ""};
    }
    if (path.isEmpty() || store.isDirectory(path.split("/", 2)[0])) {
      return null;
    }
    List<String> roots = new ArrayList<>();
    for (String dir : store.inputDirectories()) {
      if (dir.endsWith("/" + path) && store.isDirectory(dir)) {
        String root = dir.substring(0, dir.length() - path.length() - 1);
        if (!roots.contains(root)) {
          roots.add(root);
        }
      }
    }
    return roots.size() == 1
        ? new String[] {RepositoryFiles.join(roots.get(0), path), roots.get(0)}
        : null;
  }
}
