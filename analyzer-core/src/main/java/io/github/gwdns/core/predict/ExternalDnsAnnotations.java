package io.github.gwdns.core.predict;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How external-dns reads its annotations (source/annotations): hostname and target lists, TTL,
 * provider-specific properties and the set identifier. Keys are relative to the prefix in force.
 */
public final class ExternalDnsAnnotations {
  private ExternalDnsAnnotations() {}

  public static final String HOSTNAME = "hostname";
  public static final String TARGET = "target";
  public static final String TTL = "ttl";
  public static final String CONTROLLER = "controller";
  public static final String GATEWAY_HOSTNAME_SOURCE = "gateway-hostname-source";
  public static final String SET_IDENTIFIER = "set-identifier";
  public static final String ALIAS = "alias";

  /**
   * Provider-specific {@code record-type}: {@code ptr} asks for a PTR record (with {@code
   * --create-ptr} off).
   */
  public static final String RECORD_TYPE = "record-type";

  /** The value of the controller annotation that external-dns accepts as its own. */
  public static final String CONTROLLER_VALUE = "dns-controller";

  private static final long TTL_MAX = Integer.MAX_VALUE;
  private static final Pattern DURATION_PART =
      Pattern.compile("([0-9]*(?:\\.[0-9]*)?)(ns|us|µs|μs|ms|s|m|h)");

  /**
   * A comma-separated annotation value as external-dns splits it: every space removed, split on
   * ",", empty items kept (an empty hostname means "inherit the listener hostname").
   */
  public static List<String> split(String value) {
    List<String> items = new ArrayList<>();
    for (String item : value.replace(" ", "").strip().split(",", -1)) {
      items.add(item);
    }
    return items;
  }

  /**
   * Target annotation values as external-dns's TargetsFromTargetAnnotation reads them: nothing for
   * an absent or empty annotation; otherwise split (spaces removed), one trailing dot removed from
   * each, and empty items <em>kept</em> ({@code "1.2.3.4,"} gives {@code 1.2.3.4} and {@code ""}).
   * A non-empty annotation therefore always overrides the status addresses, even when every item is
   * empty.
   */
  public static List<String> targets(String value) {
    List<String> targets = new ArrayList<>();
    if (value == null || value.isEmpty()) {
      return targets;
    }
    for (String item : split(value)) {
      targets.add(DnsNames.withoutTrailingDot(item));
    }
    return targets;
  }

  /** A TTL annotation's value, or why it is ignored. */
  public record Ttl(long seconds, String problem) {}

  /**
   * Parses a TTL like external-dns: a Go duration ({@code 15s}, {@code 10m}, {@code 1h30m};
   * fractions of a second truncated) or a plain integer of seconds; it must be within [1,
   * 2147483647], otherwise the TTL is 0 ("not set") and external-dns logs a warning.
   */
  public static Ttl ttl(String value) {
    Long seconds = goDurationSeconds(value);
    if (seconds == null) {
      try {
        seconds = Long.parseLong(value);
      } catch (NumberFormatException e) {
        return new Ttl(
            0,
            "\""
                + value
                + "\" is not a valid TTL value (use seconds, e.g. 300, or a duration such as 5m)");
      }
    }
    if (seconds < 1 || seconds > TTL_MAX) {
      return new Ttl(0, "TTL value " + seconds + " must be between [1, " + TTL_MAX + "]");
    }
    return new Ttl(seconds, null);
  }

  /** Go's time.ParseDuration, in whole seconds (truncated); null when not a duration. */
  static Long goDurationSeconds(String value) {
    String text = value;
    boolean negative = false;
    if (text.startsWith("-") || text.startsWith("+")) {
      negative = text.startsWith("-");
      text = text.substring(1);
    }
    if (text.equals("0")) {
      return 0L;
    }
    if (text.isEmpty()) {
      return null;
    }
    Matcher m = DURATION_PART.matcher(text);
    BigDecimal nanos = BigDecimal.ZERO;
    int end = 0;
    while (m.find()) {
      if (m.start() != end || m.group(1).isEmpty() || m.group(1).equals(".")) {
        return null;
      }
      end = m.end();
      BigDecimal number =
          new BigDecimal(
              m.group(1).startsWith(".")
                  ? "0" + m.group(1)
                  : m.group(1).endsWith(".") ? m.group(1) + "0" : m.group(1));
      long unit =
          switch (m.group(2)) {
            case "ns" -> 1L;
            case "us", "µs", "μs" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            default -> 3_600_000_000_000L;
          };
      nanos = nanos.add(number.multiply(BigDecimal.valueOf(unit)));
    }
    if (end != text.length()) {
      return null;
    }
    long seconds = nanos.divideToIntegralValue(BigDecimal.valueOf(1_000_000_000L)).longValue();
    return negative ? -seconds : seconds;
  }

  /**
   * Provider-specific properties from route annotations, sorted by name: {@code alias} (only
   * "true"), {@code record-type} under its own name and with its value as written (an empty value
   * opts out of {@code --create-ptr}), {@code aws-*}, {@code scw-*}, {@code webhook-*} and {@code
   * coredns-*} as {@code aws/...} etc., {@code azure-tags} as {@code azure/tags}, and the
   * Cloudflare keys under their full key.
   */
  public static List<ProviderProperty> providerSpecific(
      Map<String, String> annotations, String prefix) {
    List<ProviderProperty> properties = new ArrayList<>();
    for (Map.Entry<String, String> e : annotations.entrySet()) {
      if (!e.getKey().startsWith(prefix)) {
        continue;
      }
      String name = e.getKey().substring(prefix.length());
      String value = e.getValue();
      if (name.equals(ALIAS)) {
        if (value.equals("true")) {
          properties.add(new ProviderProperty("alias", "true"));
        }
      } else if (name.equals(RECORD_TYPE)) {
        properties.add(new ProviderProperty(RECORD_TYPE, value));
      } else if (name.startsWith("aws-")) {
        properties.add(new ProviderProperty("aws/" + name.substring(4), value));
      } else if (name.startsWith("scw-")) {
        properties.add(new ProviderProperty("scw/" + name.substring(4), value));
      } else if (name.startsWith("webhook-")) {
        properties.add(new ProviderProperty("webhook/" + name.substring(8), value));
      } else if (name.startsWith("coredns-")) {
        properties.add(new ProviderProperty("coredns/" + name.substring(8), value));
      } else if (name.equals("azure-tags")) {
        properties.add(new ProviderProperty("azure/tags", value));
      } else if (List.of(
              "cloudflare-proxied",
              "cloudflare-custom-hostname",
              "cloudflare-region-key",
              "cloudflare-record-comment",
              "cloudflare-tags")
          .contains(name)) {
        properties.add(new ProviderProperty(e.getKey(), value));
      }
    }
    properties.sort(null);
    return properties;
  }

  /**
   * True for an annotation key external-dns reads on routes to build endpoints (without the
   * prefix).
   */
  public static boolean isRouteEndpointAnnotation(String name) {
    return name.equals(HOSTNAME)
        || name.equals(TTL)
        || name.equals(SET_IDENTIFIER)
        || name.equals(ALIAS)
        || name.equals(RECORD_TYPE)
        || name.equals(GATEWAY_HOSTNAME_SOURCE)
        || name.equals(CONTROLLER)
        || name.startsWith("aws-")
        || name.startsWith("scw-")
        || name.startsWith("webhook-")
        || name.startsWith("coredns-")
        || name.equals("azure-tags")
        || name.startsWith("cloudflare-");
  }
}
