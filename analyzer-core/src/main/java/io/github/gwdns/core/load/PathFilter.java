package io.github.gwdns.core.load;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides which files of a directory walk are manifests: {@code .yaml}, {@code .yml} and {@code
 * .json} by default, narrowed or replaced by {@code --include} globs and pruned by {@code
 * --exclude} globs.
 *
 * <p>Globs use Java's glob syntax against the path relative to the walked root, with {@code /}
 * separators. Two conveniences make them behave as users expect: a pattern without {@code /} is
 * matched against the file name alone ({@code *.yaml}), and a leading {@code **}{@code /} also
 * matches at the top level ({@code **}{@code /test/**} excludes {@code test/a.yaml} too).
 */
public final class PathFilter {
  private final List<PathMatcher> includes;
  private final List<PathMatcher> excludes;
  private final List<PathMatcher> nameIncludes;
  private final List<PathMatcher> nameExcludes;

  public PathFilter(List<String> includes, List<String> excludes) {
    this.includes = new ArrayList<>();
    this.nameIncludes = new ArrayList<>();
    this.excludes = new ArrayList<>();
    this.nameExcludes = new ArrayList<>();
    compile(includes, this.includes, this.nameIncludes);
    compile(excludes, this.excludes, this.nameExcludes);
  }

  private static void compile(
      List<String> globs, List<PathMatcher> paths, List<PathMatcher> names) {
    for (String glob : globs) {
      String pattern = glob.replace('\\', '/');
      if (pattern.startsWith("./")) {
        pattern = pattern.substring(2);
      }
      if (!pattern.contains("/")) {
        names.add(matcher(pattern));
        continue;
      }
      paths.add(matcher(pattern));
      while (pattern.startsWith("**/")) {
        pattern = pattern.substring(3);
        paths.add(matcher(pattern));
      }
    }
  }

  private static PathMatcher matcher(String glob) {
    try {
      return FileSystems.getDefault().getPathMatcher("glob:" + glob);
    } catch (java.util.regex.PatternSyntaxException e) {
      // Its getMessage() spans three lines (the pattern and a caret): say it in one.
      throw new IllegalArgumentException(
          "invalid glob '"
              + glob
              + "': "
              + e.getDescription()
              + (e.getIndex() >= 0 ? " at index " + e.getIndex() : ""),
          e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("invalid glob '" + glob + "': " + e.getMessage(), e);
    }
  }

  /** True when the file at {@code relative} (to the walked root) is to be read. */
  public boolean acceptsFile(Path relative) {
    if (matchesAny(relative, excludes, nameExcludes)) {
      return false;
    }
    if (includes.isEmpty() && nameIncludes.isEmpty()) {
      return hasManifestExtension(relative);
    }
    return matchesAny(relative, includes, nameIncludes);
  }

  /** True when the directory at {@code relative} is excluded with everything below it. */
  public boolean excludesDirectory(Path relative) {
    return matchesAny(relative, excludes, nameExcludes);
  }

  /** {@code .yaml}, {@code .yml} or {@code .json}, in any case. */
  public static boolean hasManifestExtension(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }

  private static boolean matchesAny(
      Path relative, List<PathMatcher> paths, List<PathMatcher> names) {
    Path name = relative.getFileName();
    for (PathMatcher m : names) {
      if (name != null && m.matches(name)) {
        return true;
      }
    }
    for (PathMatcher m : paths) {
      if (m.matches(relative)) {
        return true;
      }
    }
    return false;
  }
}
