package io.github.gwdns.core.attach;

import io.github.gwdns.core.model.GatewayClass;
import io.github.gwdns.core.model.Inventory;
import io.github.gwdns.core.model.Variables;

/**
 * Tells a misspelled gatewayClassName from a class that is simply installed elsewhere (with its
 * controller's chart, say). A name that is not defined but one edit away from one that is (two for
 * names of 12 characters or more) is taken for a typo: that Gateway is never reconciled. Names
 * that differ only in digits ({@code gateway-1}, {@code gateway-2}) and short names are not: they
 * are usually different classes, and an error must be true. Anything else, placeholders included,
 * is assumed installed.
 */
public final class GatewayClassNames {
  private GatewayClassNames() {}

  /** The defined class {@code name} most likely meant, or null when it is not a likely typo. */
  public static String likelyTypo(String name, Inventory inventory) {
    if (Variables.unresolved(name) || name.isEmpty()) {
      return null;
    }
    for (GatewayClass c : inventory.manifests().gatewayClasses()) {
      String defined = c.metadata().name();
      if (!defined.equals(name) && similar(name, defined)) {
        return defined;
      }
    }
    return null;
  }

  static boolean similar(String a, String b) {
    if (a.equalsIgnoreCase(b)) {
      return true;
    }
    int shorter = Math.min(a.length(), b.length());
    if (shorter < 4 || a.replaceAll("[0-9]", "").equals(b.replaceAll("[0-9]", ""))) {
      return false;
    }
    return distance(a, b) <= (shorter >= 12 ? 2 : 1);
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
