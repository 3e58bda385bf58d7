package io.github.gwdns.core.render;

import io.github.gwdns.core.load.ManifestLoader;
import io.github.gwdns.core.load.SourceFile;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The files of the repository that were not analyzed, when only part of it was: where an object the
 * analyzed part names but does not define may be defined. Read only when asked, and only as text
 * (no file is parsed): a file that says {@code kind: Gateway} and {@code name: public} may define
 * Gateway {@code public}. Enough to tell "defined nowhere" from "not among what you gave", never to
 * analyze the object.
 */
public final class RestOfRepository {
  /** Standard input, or a repository that cannot be read: anything may be defined elsewhere. */
  public static final RestOfRepository UNKNOWN = new RestOfRepository(null, null, Set.of());

  private static final int MAX_FILES = 20_000;

  private final RepositoryFiles files;
  private final ManifestLoader loader;
  private final Set<String> analyzed;
  private final Map<String, String> found = new HashMap<>();
  private Map<String, String> texts;

  /**
   * @param analyzed the paths of the files that were analyzed (they are not searched)
   */
  public RestOfRepository(RepositoryFiles files, ManifestLoader loader, Set<String> analyzed) {
    this.files = files;
    this.loader = loader;
    this.analyzed = analyzed;
  }

  /**
   * True when the repository cannot be searched: the caller must assume anything is defined
   * elsewhere.
   */
  public boolean unknown() {
    return files == null;
  }

  /**
   * A file outside the analyzed ones that may define an object of {@code kind} named {@code name},
   * or null when none does.
   */
  public synchronized String definition(String kind, String name) {
    if (files == null) {
      return null;
    }
    String key = kind + "/" + name;
    if (found.containsKey(key)) {
      return found.get(key);
    }
    Pattern kindLine =
        Pattern.compile("(?m)^\\s*kind:\\s*[\"']?" + Pattern.quote(kind) + "[\"']?\\s*$");
    Pattern nameLine =
        Pattern.compile("(?m)^\\s*name:\\s*[\"']?" + Pattern.quote(name) + "[\"']?\\s*(#.*)?$");
    String hit = null;
    for (Map.Entry<String, String> e : texts().entrySet()) {
      if (kindLine.matcher(e.getValue()).find() && nameLine.matcher(e.getValue()).find()) {
        hit = e.getKey();
        break;
      }
    }
    found.put(key, hit);
    return hit;
  }

  /**
   * The text of every YAML and JSON file of the repository not analyzed, read once, in path order.
   */
  private Map<String, String> texts() {
    if (texts != null) {
      return texts;
    }
    texts = new java.util.TreeMap<>();
    Deque<String> dirs = new ArrayDeque<>(List.of(""));
    int seen = 0;
    while (!dirs.isEmpty() && seen < MAX_FILES) {
      String dir = dirs.poll();
      for (String name : files.list(dir)) {
        if (name.startsWith(".")) {
          continue;
        }
        String path = dir.isEmpty() ? name : dir + "/" + name;
        if (files.isDirectory(path)) {
          dirs.add(path);
          continue;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (analyzed.contains(path)
            || !(lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json"))) {
          continue;
        }
        seen++;
        SourceFile source = files.file(path);
        String text = source == null ? null : loader.readText(source);
        if (text != null) {
          texts.put(path, text);
        }
      }
    }
    return texts;
  }
}
