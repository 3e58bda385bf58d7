package io.github.gwdns.core.attach;

import io.github.gwdns.core.model.GatewayClass;
import io.github.gwdns.core.model.Inventory;
import io.github.gwdns.core.render.Variables;

/**
 * Whether a gatewayClassName the manifests do not define counts as missing, and which defined class
 * it most likely meant. When the manifests define GatewayClasses but not the one named, the Gateway
 * is never reconciled (issue 3: the class is taken for a mistake, not for one installed elsewhere).
 * Two exemptions: manifests that define no GatewayClass at all (the classes come with the
 * controllers' charts), and a name that is not final yet (a Flux {@code ${VAR}} substitution or a
 * test placeholder such as {@code {GATEWAY_CLASS_NAME}}), which gwdns cannot compare.
 *
 * <p>A class a controller creates by itself ({@link ControllerClasses}) is not missing either,
 * unless it is one edit away from a defined class.
 *
 * <p>{@link #likelyTypo} only words the hint: a name one edit away from a defined one (two for
 * names of 12 characters or more) is named as the class meant. Names that differ only in digits
 * ({@code gateway-1}, {@code gateway-2}) and short names get no hint.
 */
public final class GatewayClassNames {
  private GatewayClassNames() {}

  /**
   * True when {@code name} is not defined while the manifests define other GatewayClasses, and the
   * name is final (not a substitution or placeholder, not empty): the Gateway is never reconciled.
   */
  public static boolean missing(String name, Inventory inventory) {
    return inventory.gatewayClass(name) == null
        && inventory.definesGatewayClasses()
        && !name.isEmpty()
        && !Variables.unresolved(name)
        && (!ControllerClasses.wellKnown(name) || likelyTypo(name, inventory) != null);
  }

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
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
