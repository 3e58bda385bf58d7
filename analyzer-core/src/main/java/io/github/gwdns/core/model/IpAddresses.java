package io.github.gwdns.core.model;

import java.util.regex.Pattern;

/**
 * IP address syntax as Go's {@code net/netip.ParseAddr} accepts it, which is what external-dns uses
 * to split targets into A and AAAA records and the Gateway CRD uses to validate IPAddress values.
 * No DNS lookups: {@link java.net.InetAddress} is deliberately not used.
 */
public final class IpAddresses {
  private IpAddresses() {}

  private static final Pattern IPV4 =
      Pattern.compile(
          "^(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$");

  /** True for a dotted-quad IPv4 address without leading zeros. */
  public static boolean isIpv4(String text) {
    return IPV4.matcher(text).matches();
  }

  /** True for an IPv6 address, including IPv4-mapped forms ({@code ::ffff:1.2.3.4}) and zones. */
  public static boolean isIpv6(String text) {
    if (!text.contains(":")) {
      return false;
    }
    String address = text;
    int zone = address.indexOf('%');
    if (zone >= 0) {
      if (zone == address.length() - 1) {
        return false;
      }
      address = address.substring(0, zone);
    }
    int groups = 8;
    int lastColon = address.lastIndexOf(':');
    String tail = address.substring(lastColon + 1);
    if (tail.contains(".")) {
      if (!isIpv4(tail)) {
        return false;
      }
      address = address.substring(0, lastColon + 1) + "0:0";
    }
    int doubleColon = address.indexOf("::");
    if (doubleColon >= 0 && address.indexOf("::", doubleColon + 1) >= 0) {
      return false;
    }
    String[] parts = address.split(":", -1);
    int count = 0;
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (part.isEmpty()) {
        // Empty parts are allowed only as part of "::" (at most two adjacent, or at the ends).
        if (doubleColon < 0) {
          return false;
        }
        continue;
      }
      if (part.length() > 4 || !part.matches("[0-9a-fA-F]+")) {
        return false;
      }
      count++;
    }
    return doubleColon >= 0 ? count < groups : count == groups;
  }

  /** True for an IPv4 or IPv6 address. */
  public static boolean isIp(String text) {
    return isIpv4(text) || isIpv6(text);
  }

  /**
   * True for an IPv6 address of the form {@code ::ffff:a.b.c.d}, which external-dns still calls
   * AAAA.
   */
  public static boolean isIpv4Mapped(String text) {
    return isIpv6(text)
        && text.toLowerCase(java.util.Locale.ROOT).startsWith("::ffff:")
        && text.contains(".");
  }
}
