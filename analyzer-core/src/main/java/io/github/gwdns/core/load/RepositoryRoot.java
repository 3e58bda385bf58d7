package io.github.gwdns.core.load;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The root of the Git work tree a directory belongs to, found by looking for {@code .git} upwards.
 * Paths in reports are relative to it, which is what GitHub code scanning needs and what stays
 * stable whatever directory gwdns runs from.
 */
public final class RepositoryRoot {
  private RepositoryRoot() {}

  /** The work tree root containing {@code dir}, or {@code dir} itself when it is in none. */
  public static Path of(Path dir) {
    Path start = dir.toAbsolutePath().normalize();
    for (Path p = start; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(".git"))) {
        return p;
      }
    }
    return start;
  }
}
