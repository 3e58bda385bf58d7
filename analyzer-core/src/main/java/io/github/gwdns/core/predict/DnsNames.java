package io.github.gwdns.core.predict;

import io.github.gwdns.core.model.IpAddresses;
import io.github.gwdns.core.render.Variables;
import java.util.Locale;

/**
 * Hostname canonicalization and listener/candidate intersection exactly as external-dns's gateway
 * sources do them ({@code gwMatchingHost} in source/gateway.go). This differs from the Gateway API
 * controller's rules in small ways that matter: names are lower-cased, a single trailing dot is
 * tolerated (and then only matches a listener without hostname, since the comparison is textual),
 * and IP addresses never match.
 */
public final class DnsNames {
  private DnsNames() {}

  /**
   * The canonical form: "" stays ""; a valid name is lower-cased; null when invalid (an IP address,
   * an empty label, a label over 63 characters or with characters outside [A-Za-z0-9-] or starting
   * or ending with "-", a name over 255 characters).
   */
  public static String canonical(String name) {
    if (name.isEmpty()) {
      return "";
    }
    if (IpAddresses.isIp(name)) {
      return null;
    }
    if (Variables.hasVariable(name)) {
      // Flux substitutes it before external-dns sees it; compare the text as written.
      return name;
    }
    String rest = name.startsWith("*.") ? name.substring(2) : name;
    String domain = rest.endsWith(".") ? rest.substring(0, rest.length() - 1) : rest;
    if (domain.isEmpty() || rest.length() > 255) {
      return null;
    }
    for (String label : domain.split("\\.", -1)) {
      if (!validLabel(label)) {
        return null;
      }
    }
    return name.toLowerCase(Locale.ROOT);
  }

  private static boolean validLabel(String label) {
    if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
      return false;
    }
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * The DNS name a listener hostname and a hostname candidate yield, or null when they do not
   * overlap. Callers skip the pair where both are "".
   *
   * @param listener the listener hostname, "" when unset
   * @param candidate the candidate, "" for "inherit the listener hostname"
   */
  public static String intersect(String listener, String candidate) {
    String g = canonical(listener);
    String h = canonical(candidate);
    if (g == null || h == null) {
      return null;
    }
    if (g.isEmpty()) {
      return h;
    }
    if (h.isEmpty() || h.equals(g)) {
      return g;
    }
    String pattern;
    String other;
    if (g.length() < h.length() || (g.length() == h.length() && g.startsWith("*."))) {
      pattern = g;
      other = h;
    } else {
      pattern = h;
      other = g;
    }
    if (pattern.startsWith("*.") && other.endsWith(pattern.substring(1))) {
      return other;
    }
    return null;
  }

  /** The name without one trailing dot, as external-dns builds endpoint names. */
  public static String withoutTrailingDot(String name) {
    return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
  }

  /** True when some label is longer than 63 characters (external-dns drops such endpoints). */
  public static boolean hasOverlongLabel(String name) {
    for (String label : name.split("\\.")) {
      if (label.length() > 63) {
        return true;
      }
    }
    return false;
  }
}
