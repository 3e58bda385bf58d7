package io.github.gwdns.core.finding;

import java.util.Collection;
import java.util.Locale;

/**
 * "Did you mean": the known name closest to a misspelt one, for the errors about unknown options,
 * keys, rule ids and objects.
 */
public final class Spelling {
  private Spelling() {}

  /**
   * The candidate closest to {@code given} in edit distance (ignoring case), when it is close
   * enough to be a typo: at most a third of the longer name's length, and at most 3 edits; of
   * equally close ones the first in alphabetical order. Null when none is that close.
   */
  public static String closest(String given, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lower = given.toLowerCase(Locale.ROOT);
    for (String candidate : candidates) {
      if (candidate.equals(given)) {
        continue;
      }
      int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
      int allowed = Math.min(3, Math.max(given.length(), candidate.length()) / 3);
      if (distance <= allowed
          && (distance < bestDistance
              || (distance == bestDistance && candidate.compareTo(best) < 0))) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** {@code "; did you mean `x`?"} for the closest candidate, else "". */
  public static String didYouMean(String given, Collection<String> candidates) {
    String closest = closest(given, candidates);
    return closest == null ? "" : "; did you mean `" + closest + "`?";
  }

  /** Levenshtein distance, with a transposition of two neighbours counted as one edit. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[a.length()][b.length()];
  }
}
