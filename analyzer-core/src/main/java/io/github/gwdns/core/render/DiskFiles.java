package io.github.gwdns.core.render;

import io.github.gwdns.core.load.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A repository's files on disk below its root. A symlink is followed only when its target stays
 * inside the root, as in a directory walk.
 */
public final class DiskFiles implements RepositoryFiles {
  private final Path root;
  private final Path realRoot;

  /**
   * @param root the repository root, which paths are relative to
   */
  public DiskFiles(Path root) {
    this.root = root.toAbsolutePath().normalize();
    Path real;
    try {
      real = this.root.toRealPath();
    } catch (IOException e) {
      real = this.root;
    }
    this.realRoot = real;
  }

  private Path resolve(String path) {
    if (path == null) {
      return null;
    }
    Path p = path.isEmpty() ? root : root.resolve(path).normalize();
    if (!p.startsWith(root)) {
      return null;
    }
    try {
      if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !p.toRealPath().startsWith(realRoot)) {
        return null;
      }
    } catch (IOException e) {
      return null;
    }
    return p;
  }

  @Override
  public boolean isFile(String path) {
    Path p = resolve(path);
    return p != null && Files.isRegularFile(p);
  }

  @Override
  public boolean isDirectory(String path) {
    Path p = resolve(path);
    return p != null && Files.isDirectory(p);
  }

  @Override
  public List<String> list(String dir) {
    Path p = resolve(dir);
    if (p == null || !Files.isDirectory(p)) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    try (Stream<Path> children = Files.list(p)) {
      children.forEach(c -> names.add(c.getFileName().toString()));
    } catch (IOException | java.io.UncheckedIOException e) {
      return List.of();
    }
    names.sort(null);
    return names;
  }

  @Override
  public SourceFile file(String path) {
    Path p = resolve(path);
    return p != null && Files.isRegularFile(p) ? SourceFile.of(path, p) : null;
  }
}
