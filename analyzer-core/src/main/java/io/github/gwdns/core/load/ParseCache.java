package io.github.gwdns.core.load;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Parse results by {@link SourceFile#cacheKey()}, shared by the analyses of one run: walking Git
 * history parses each blob once per path, however many commits contain it. The key holds the path
 * as well as the content's id because a result names its file (every object's provenance, every
 * position a finding shows), so a renamed file with the same content is parsed again. Thread-safe;
 * the results are not changed after they are stored.
 */
public final class ParseCache {
  private final Map<String, ManifestLoader.FileResult> results = new ConcurrentHashMap<>();
  private final AtomicInteger parses = new AtomicInteger();
  private final AtomicInteger hits = new AtomicInteger();

  ManifestLoader.FileResult get(
      SourceFile file, java.util.function.Function<SourceFile, ManifestLoader.FileResult> load) {
    String key = file.cacheKey();
    if (key == null) {
      return load.apply(file);
    }
    ManifestLoader.FileResult cached = results.get(key);
    if (cached != null) {
      hits.incrementAndGet();
      return cached;
    }
    return results.computeIfAbsent(
        key,
        k -> {
          parses.incrementAndGet();
          return load.apply(file);
        });
  }

  /** How many cacheable files were parsed. */
  public int parses() {
    return parses.get();
  }

  /** How many cacheable files were served without parsing. */
  public int hits() {
    return hits.get();
  }
}
