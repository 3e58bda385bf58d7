package io.github.gwdns.core.load;

import java.io.IOException;

/** A file is larger than the configured maximum and was not read. */
public final class FileTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;
  private final long size;
  private final long limit;

  public FileTooLargeException(long size, long limit) {
    super("file is " + size + " bytes, more than the limit of " + limit + " bytes");
    this.size = size;
    this.limit = limit;
  }

  public long size() {
    return size;
  }

  public long limit() {
    return limit;
  }
}
