package io.github.gwdns.core.model;

import java.util.regex.Pattern;

/**
 * The Gateway API {@code Hostname} type and hostname intersection as a conformant controller
 * computes it (Gateway API hostnames page; conformance httproute-hostname-intersection).
 *
 * <p>A wildcard {@code *.example.com} matches one or more labels in front of its suffix and never
 * the bare suffix. Intersecting a listener hostname with a route hostname yields the more specific
 * of the two: a precise route name under a wildcard listener yields the route name, a wildcard
 * route on a precise listener yields the listener's name, two wildcards yield the narrower
 * wildcard.
 */
public final class Hostnames {
  private Hostnames() {}

  // The CRD's Hostname pattern: optional "*." then lowercase RFC 1123 labels.
  private static final Pattern HOSTNAME =
      Pattern.compile(
          "^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$");
  private static final Pattern IPV4 = Pattern.compile("^[0-9]+(\\.[0-9]+){3}$");

  /** True when the API server accepts {@code name} as a Gateway API {@code Hostname}. */
  public static boolean isValid(String name) {
    return name.length() <= 253 && HOSTNAME.matcher(name).matches();
  }

  /** Why the API server rejects {@code name}, or null when it accepts it. */
  public static String whyInvalid(String name) {
    if (name.isEmpty()) {
      return "it is empty";
    }
    if (name.length() > 253) {
      return "it is longer than 253 characters";
    }
    if (!name.equals(name.toLowerCase(java.util.Locale.ROOT))) {
      return "it has uppercase letters (write it in lowercase)";
    }
    if (name.endsWith(".")) {
      return "it ends with a dot (drop the trailing dot)";
    }
    if (name.contains("*") && !(name.startsWith("*.") && name.indexOf('*', 1) < 0)) {
      return "`*` is allowed only as the whole first label (`*.example.com`)";
    }
    if (!isValid(name)) {
      return "it is not a lowercase RFC 1123 DNS name";
    }
    return null;
  }

  /** True for {@code *.example.com}. */
  public static boolean isWildcard(String name) {
    return name.startsWith("*.");
  }

  /**
   * True for a name that is an IP address. The Hostname pattern lets IPv4 addresses through for
   * HTTPRoute, GRPCRoute and listeners (a known validation gap); they never match anything.
   */
  public static boolean isIpAddress(String name) {
    return IPV4.matcher(name).matches() || name.contains(":");
  }

  /**
   * The intersection of a listener hostname and a route hostname, or null when they do not
   * intersect.
   *
   * @param listener the listener's hostname, or null when unset (matches every route hostname)
   * @param route one route hostname
   */
  public static String intersect(String listener, String route) {
    if (isIpAddress(route) || (listener != null && isIpAddress(listener))) {
      return null;
    }
    if (listener == null || listener.equals(route)) {
      return route;
    }
    boolean listenerWild = isWildcard(listener);
    boolean routeWild = isWildcard(route);
    if (listenerWild && routeWild) {
      String l = listener.substring(1);
      String r = route.substring(1);
      if (r.endsWith(l)) {
        return route;
      }
      return l.endsWith(r) ? listener : null;
    }
    if (listenerWild) {
      return route.endsWith(listener.substring(1)) ? route : null;
    }
    if (routeWild) {
      return listener.endsWith(route.substring(1)) ? listener : null;
    }
    return null;
  }
}
