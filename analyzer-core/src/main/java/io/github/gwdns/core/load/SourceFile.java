package io.github.gwdns.core.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One input file: where it is shown to the user, and how to read its bytes. Implemented for files
 * on disk, for in-memory content (stdin, tests) and for Git blobs.
 */
public interface SourceFile {
  /** How standard input is named when the user names it nothing else. */
  String STDIN = "<stdin>";

  /** The path shown in findings: relative to the analysis base directory, {@code /} separated. */
  String path();

  /**
   * Reads the whole content.
   *
   * @throws FileTooLargeException when the content is larger than {@code maxBytes}
   * @throws IOException when it cannot be read
   */
  byte[] read(long maxBytes) throws IOException;

  /**
   * A key that identifies this content at this path for good (a Git blob id and the path), so a
   * {@link ParseCache} can reuse its parse; null when the content may change (files on disk).
   */
  default String cacheKey() {
    return null;
  }

  /** A file on disk shown as {@code displayPath}. */
  static SourceFile of(String displayPath, Path file) {
    return new OnDisk(displayPath, file);
  }

  /** In-memory content, e.g. standard input. */
  static SourceFile ofBytes(String displayPath, byte[] content) {
    return new InMemory(displayPath, content.clone());
  }

  /** In-memory UTF-8 text, for tests and examples. */
  static SourceFile ofText(String displayPath, String text) {
    return new InMemory(displayPath, text.getBytes(StandardCharsets.UTF_8));
  }

  /** A file on disk. */
  record OnDisk(String path, Path file) implements SourceFile {
    public OnDisk {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(file, "file");
    }

    @Override
    public byte[] read(long maxBytes) throws IOException {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new FileTooLargeException(size, maxBytes);
      }
      // Never more than the limit plus one byte: a pipe (`<(kustomize build)`) or a device has no
      // size, and a file may grow while it is read.
      try (java.io.InputStream in = Files.newInputStream(file)) {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
          throw new FileTooLargeException(Math.max(size, bytes.length), maxBytes);
        }
        return bytes;
      }
    }
  }

  /** Content held in memory; the array is never changed once given. */
  @SuppressWarnings("ArrayRecordComponent")
  record InMemory(String path, byte[] content) implements SourceFile {
    public InMemory {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(content, "content");
    }

    @Override
    public byte[] read(long maxBytes) throws IOException {
      if (content.length > maxBytes) {
        throw new FileTooLargeException(content.length, maxBytes);
      }
      return content;
    }
  }
}
