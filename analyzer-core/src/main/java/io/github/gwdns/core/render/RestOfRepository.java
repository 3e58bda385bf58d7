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
   * or null when none does: the first, in path order, with a line {@code kind: KIND} and a line
   * {@code name: NAME} (quoted or not, the value on the next line or followed by a comment).
   */
  public synchronized String definition(String kind, String name) {
    if (files == null) {
      return null;
    }
    Index index = index();
    for (String path : index.pathsByName.getOrDefault(name, List.of())) {
      if (index.kindsByPath.get(path).contains(kind)) {
        return path;
      }
    }
    return null;
  }

  /**
   * Every file's {@code kind:} and {@code name:} values, read once: a lookup costs the files that
   * mention the name, not a scan of every file (a repository with many missing parents made it
   * quadratic).
   */
  private record Index(
      Map<String, List<String>> pathsByName, Map<String, Set<String>> kindsByPath) {}

  private Index index;

  private Index index() {
    if (index != null) {
      return index;
    }
    Map<String, List<String>> pathsByName = new HashMap<>();
    Map<String, Set<String>> kindsByPath = new HashMap<>();
    for (Map.Entry<String, String> e : texts().entrySet()) {
      Set<String> kinds = new java.util.HashSet<>();
      Set<String> names = new java.util.HashSet<>();
      String[] lines = e.getValue().split("\\R", -1);
      for (int l = 0; l < lines.length; l++) {
        String line = lines[l].strip();
        if (line.startsWith("kind:")) {
          kinds.add(value(line.substring(5), lines, l, false));
        } else if (line.startsWith("name:")) {
          names.add(value(line.substring(5), lines, l, true));
        }
      }
      kindsByPath.put(e.getKey(), kinds);
      for (String n : names) {
        pathsByName.computeIfAbsent(n, k -> new java.util.ArrayList<>()).add(e.getKey());
      }
    }
    index = new Index(pathsByName, kindsByPath);
    return index;
  }

  /**
   * A {@code kind:} or {@code name:} value: the rest of the line, else the next line that is not
   * blank (a plain scalar may start there); one quote either side dropped; for a name, a comment
   * cut off.
   */
  private static String value(String rest, String[] lines, int at, boolean comment) {
    String v = rest.strip();
    for (int next = at + 1; v.isEmpty() && next < lines.length; next++) {
      v = lines[next].strip();
    }
    if (comment && v.indexOf('#') >= 0) {
      v = v.substring(0, v.indexOf('#')).strip();
    }
    if (!v.isEmpty() && (v.charAt(0) == '"' || v.charAt(0) == '\'')) {
      v = v.substring(1);
    }
    if (!v.isEmpty() && (v.charAt(v.length() - 1) == '"' || v.charAt(v.length() - 1) == '\'')) {
      v = v.substring(0, v.length() - 1);
    }
    return v;
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
