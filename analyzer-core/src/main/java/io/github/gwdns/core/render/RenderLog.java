package io.github.gwdns.core.render;

import io.github.gwdns.core.finding.Notice;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What rendering learned besides the objects: the role of every file it read, and what it could not
 * follow (a remote base, a path that is not in the repository), as notices.
 */
final class RenderLog {
  private final Map<String, FileRole> roles = new HashMap<>();
  private final Set<Notice> notices = new LinkedHashSet<>();
  private final Set<String> incomplete = new java.util.HashSet<>();

  /**
   * References that could not be followed, by what they are (in words), each as {@code file:
   * reference}.
   */
  private final Map<String, Set<String[]>> unfollowed = new java.util.TreeMap<>();

  /** Records {@code role} for {@code path}; a file any cluster applies stays a resource. */
  void role(String path, FileRole role) {
    if (path == null) {
      return;
    }
    roles.merge(
        path,
        role,
        (old, now) ->
            old == FileRole.RESOURCE || now == FileRole.RESOURCE ? FileRole.RESOURCE : old);
  }

  FileRole role(String path) {
    return roles.get(path);
  }

  Map<String, FileRole> roles() {
    return roles;
  }

  void notice(String message, String file) {
    notices.add(new Notice(message, file));
  }

  /** Records that the kustomization in {@code file} has parts that could not be read. */
  void markIncomplete(String file) {
    incomplete.add(RepositoryFiles.parent(file));
  }

  private final Set<String> builtIncomplete = new java.util.HashSet<>();

  /** Records that {@code o} was built by a kustomization with parts that could not be read. */
  void markBuiltIncomplete(RenderedObject o) {
    builtIncomplete.add(o.file() + "#" + o.document() + "#" + o.item());
  }

  /** True when {@code o} was built by a kustomization with parts that could not be read. */
  boolean isBuiltIncomplete(RenderedObject o) {
    return builtIncomplete.contains(o.file() + "#" + o.document() + "#" + o.item());
  }

  /** True when the kustomization of {@code dir} has parts that could not be read. */
  boolean isIncomplete(String dir) {
    return incomplete.contains(dir);
  }

  /**
   * A reference that could not be followed: {@code what} says what it is and why, in the plural
   * ("kustomize resources that are not in the repository (kustomize fails on them)"); {@code
   * reference} is what {@code file} names. A few are listed one by one, more are counted in one
   * notice, so a repository with many remote bases is not buried in notices.
   */
  void unfollowed(String what, String file, String reference) {
    unfollowed
        .computeIfAbsent(what, k -> new java.util.LinkedHashSet<>())
        .add(new String[] {file, reference});
  }

  List<Notice> notices() {
    List<Notice> all = new ArrayList<>(notices);
    unfollowed.forEach(
        (what, references) -> {
          List<String[]> sorted = new ArrayList<>(references);
          sorted.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
          List<String> distinct = new ArrayList<>();
          for (String[] r : sorted) {
            String text = "`" + r[1] + "` in " + r[0];
            if (!distinct.contains(text)) {
              distinct.add(text);
            }
          }
          if (distinct.size() <= 3) {
            for (String[] r : sorted) {
              all.add(new Notice("`" + r[1] + "`: one of the " + what, r[0]));
            }
          } else {
            all.add(
                new Notice(
                    distinct.size()
                        + " "
                        + what
                        + ": "
                        + String.join(", ", distinct.subList(0, 3))
                        + " and "
                        + (distinct.size() - 3)
                        + " more",
                    ""));
          }
        });
    return all;
  }
}
