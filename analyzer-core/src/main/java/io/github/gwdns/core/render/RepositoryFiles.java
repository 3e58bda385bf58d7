package io.github.gwdns.core.render;

import io.github.gwdns.core.load.SourceFile;
import java.util.List;

/**
 * The files of the repository the analysis reads, by repository-relative path ({@code /} separated,
 * {@code ""} for the root): what kustomize and Flux would read when they build a directory, whether
 * or not it was among the analyzed paths. Implemented for the disk and for a Git tree; a path that
 * leaves the repository (through {@code ..}) is never found.
 */
public interface RepositoryFiles {

  /** True when {@code path} is a regular file. */
  boolean isFile(String path);

  /** True when {@code path} is a directory ({@code ""}, the root, always is). */
  boolean isDirectory(String path);

  /** The names of the entries of directory {@code dir}, sorted; empty when it is not one. */
  List<String> list(String dir);

  /** The file at {@code path}, or null when there is none. */
  SourceFile file(String path);

  /** No repository: standard input, or content given in memory. */
  RepositoryFiles NONE =
      new RepositoryFiles() {
        @Override
        public boolean isFile(String path) {
          return false;
        }

        @Override
        public boolean isDirectory(String path) {
          return false;
        }

        @Override
        public List<String> list(String dir) {
          return List.of();
        }

        @Override
        public SourceFile file(String path) {
          return null;
        }
      };

  /**
   * {@code dir/relative}, with {@code .} and {@code ..} resolved; null when it leaves the
   * repository.
   */
  static String join(String dir, String relative) {
    java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
    String whole =
        relative.startsWith("/") ? relative : (dir.isEmpty() ? "" : dir + "/") + relative;
    for (String p : whole.replace('\\', '/').split("/")) {
      if (p.isEmpty() || p.equals(".")) {
        continue;
      }
      if (p.equals("..")) {
        if (parts.isEmpty()) {
          return null;
        }
        parts.removeLast();
      } else {
        parts.addLast(p);
      }
    }
    return String.join("/", parts);
  }

  /** The directory of {@code path}: {@code ""} for a top-level entry. */
  static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  /** The last segment of {@code path}. */
  static String name(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
