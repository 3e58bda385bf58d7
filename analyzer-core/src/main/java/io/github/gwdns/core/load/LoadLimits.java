package io.github.gwdns.core.load;

/**
 * Bounds that keep hostile input from exhausting the machine. gwdns reads untrusted pull requests
 * in CI, so every bound has a default that real manifests never reach.
 *
 * @param maxFileBytes files larger than this are refused with a finding, unread (real rendered
 *     manifests are a few MiB at most)
 * @param maxNestingDepth deeper documents are refused; SnakeYAML composes recursively and would
 *     otherwise overflow the stack (Kubernetes objects, CRD schemas included, stay far below 100)
 * @param maxAliasesForCollections SnakeYAML's guard against "billion laughs" alias expansion
 */
public record LoadLimits(long maxFileBytes, int maxNestingDepth, int maxAliasesForCollections) {

  /** 32 MiB. */
  public static final long DEFAULT_MAX_FILE_BYTES = 32L * 1024 * 1024;

  public static final int DEFAULT_MAX_NESTING_DEPTH = 200;

  /** SnakeYAML's own default. */
  public static final int DEFAULT_MAX_ALIASES = 50;

  public static final LoadLimits DEFAULTS =
      new LoadLimits(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_ALIASES);

  public LoadLimits {
    if (maxFileBytes < 1 || maxNestingDepth < 1 || maxAliasesForCollections < 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** These limits with another maximum file size. */
  public LoadLimits withMaxFileBytes(long bytes) {
    return new LoadLimits(bytes, maxNestingDepth, maxAliasesForCollections);
  }
}
