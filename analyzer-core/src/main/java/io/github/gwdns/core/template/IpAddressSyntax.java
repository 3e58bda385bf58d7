package io.github.gwdns.core.template;

/**
 * Go's {@code netip.ParseAddr} as external-dns's isIPv4/isIPv6 use it: purely syntactic, so no name
 * is ever resolved. An IPv4-mapped address such as {@code ::ffff:1.2.3.4} is IPv6.
 */
final class IpAddressSyntax {
  private IpAddressSyntax() {}

  static boolean isIPv4(String s) {
    return firstSeparator(s) == '.' && ipv4(s, 0, s.length());
  }

  static boolean isIPv6(String s) {
    return firstSeparator(s) == ':' && ipv6(s);
  }

  /** ParseAddr picks the family from the first '.', ':' or '%' it meets. */
  private static char firstSeparator(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.' || c == ':' || c == '%') {
        return c;
      }
    }
    return 0;
  }

  /** Four decimal fields of at most 255, without leading zeros. */
  private static boolean ipv4(String s, int from, int to) {
    int fields = 0;
    int value = 0;
    int digits = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        if (digits == 1 && value == 0) {
          return false; // leading zero
        }
        value = value * 10 + (c - '0');
        digits++;
        if (value > 255) {
          return false;
        }
      } else if (c == '.') {
        if (i == from || i == to - 1 || s.charAt(i - 1) == '.' || fields == 3) {
          return false;
        }
        fields++;
        value = 0;
        digits = 0;
      } else {
        return false;
      }
    }
    return fields == 3;
  }

  private static boolean ipv6(String in) {
    int end = in.indexOf('%');
    if (end == in.length() - 1) {
      return false; // an explicit zone must not be empty
    }
    end = end < 0 ? in.length() : end;
    int i = 0;
    int bytes = 0;
    int ellipsis = -1;
    if (in.startsWith("::")) {
      ellipsis = 0;
      i = 2;
      if (i == end) {
        return true;
      }
    }
    while (bytes < 16) {
      int off = 0;
      int acc = 0;
      while (i + off < end
          && Character.digit(in.charAt(i + off), 16) >= 0
          && in.charAt(i + off) < 0x80) {
        acc = (acc << 4) + Character.digit(in.charAt(i + off), 16);
        if (++off > 4 || acc > 0xFFFF) {
          return false;
        }
      }
      if (off == 0) {
        return false;
      }
      if (i + off < end && in.charAt(i + off) == '.') {
        // A trailing embedded IPv4 address replaces the last two groups.
        if ((ellipsis < 0 && bytes != 12) || bytes + 4 > 16 || !ipv4(in, i, end)) {
          return false;
        }
        i = end;
        bytes += 4;
        break;
      }
      bytes += 2;
      i += off;
      if (i == end) {
        break;
      }
      if (in.charAt(i) != ':' || i + 1 == end) {
        return false;
      }
      i++;
      if (in.charAt(i) == ':') {
        if (ellipsis >= 0) {
          return false; // only one "::"
        }
        ellipsis = bytes;
        if (++i == end) {
          break;
        }
      }
    }
    if (i != end) {
      return false;
    }
    // Without "::" all 16 bytes are needed; with it, "::" stands for at least one zero group.
    return ellipsis < 0 ? bytes == 16 : bytes < 16;
  }
}
