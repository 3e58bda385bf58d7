package io.github.gwdns.core.git;

import io.github.gwdns.core.load.FileTooLargeException;
import io.github.gwdns.core.load.SourceFile;
import java.io.IOException;
import java.util.Objects;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;

/**
 * A file of a Git tree, read as a blob from the object database: no checkout, and a cache key that
 * never changes for the same content at the same path.
 *
 * @param path the path in the repository, {@code /} separated
 */
public record BlobFile(String path, ObjectId id, Repository repository) implements SourceFile {
  public BlobFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(repository, "repository");
  }

  @Override
  public byte[] read(long maxBytes) throws IOException {
    // Repository.open uses a reader of its own, so blobs may be read in parallel.
    ObjectLoader loader = repository.open(id);
    if (loader.getSize() > maxBytes) {
      throw new FileTooLargeException(loader.getSize(), maxBytes);
    }
    return loader.getCachedBytes((int) Math.min(maxBytes, Integer.MAX_VALUE - 8));
  }

  /**
   * The blob id and the path: parse results name their file, so one blob at two paths is two
   * results.
   */
  @Override
  public String cacheKey() {
    return id.name() + ":" + path;
  }
}
