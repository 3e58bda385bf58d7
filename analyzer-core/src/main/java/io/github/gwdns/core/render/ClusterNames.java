package io.github.gwdns.core.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Short names for clusters, from their entry paths: the segments that tell them apart ({@code
 * kubernetes/main/flux} and {@code kubernetes/utility/flux} are {@code main} and {@code utility}).
 */
final class ClusterNames {
  private ClusterNames() {}

  /** A distinct name for each key (a path, or {@code argo:<destination>}). */
  static Map<String, String> of(List<String> keys) {
    List<String[]> parts = new ArrayList<>();
    for (String key : keys) {
      String shown =
          key.startsWith("argo:") ? key.substring(5).replaceFirst("^https?://", "") : key;
      parts.add(shown.isEmpty() ? new String[] {"."} : shown.split("/"));
    }
    int prefix = 0;
    int suffix = 0;
    if (keys.size() > 1) {
      int shortest = parts.stream().mapToInt(p -> p.length).min().orElse(0);
      while (prefix < shortest - 1 && same(parts, prefix, true)) {
        prefix++;
      }
      while (suffix < shortest - prefix - 1 && same(parts, suffix, false)) {
        suffix++;
      }
    }
    Map<String, String> names = new HashMap<>();
    Set<String> used = new HashSet<>();
    for (int i = 0; i < keys.size(); i++) {
      String[] p = parts.get(i);
      String name = String.join("/", Arrays.copyOfRange(p, prefix, p.length - suffix));
      if (!used.add(name)) {
        // only an Argo CD destination can shorten to a Flux cluster's name: show its full key
        name = keys.get(i);
        for (int n = 2; !used.add(name); n++) {
          name = keys.get(i) + "#" + n;
        }
      }
      names.put(keys.get(i), name);
    }
    return names;
  }

  private static boolean same(List<String[]> parts, int at, boolean fromStart) {
    String first = null;
    for (String[] p : parts) {
      String segment = fromStart ? p[at] : p[p.length - 1 - at];
      if (first == null) {
        first = segment;
      } else if (!first.equals(segment)) {
        return false;
      }
    }
    return true;
  }
}
