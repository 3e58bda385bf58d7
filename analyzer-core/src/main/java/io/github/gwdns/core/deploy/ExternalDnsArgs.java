package io.github.gwdns.core.deploy;

import io.github.gwdns.core.model.RouteKind;
import io.github.gwdns.core.predict.ExternalDnsOption;
import io.github.gwdns.core.predict.ExternalDnsOptions;
import io.github.gwdns.core.predict.ExternalDnsVersion;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The flags of external-dns's parsed command line ({@link ExternalDnsFlagParser}) turned into
 * {@link ExternalDnsOptions}. Flags gwdns does not model are ignored; unknown values are kept as
 * written.
 */
final class ExternalDnsArgs {
  private final Map<String, List<String>> flags = new LinkedHashMap<>();

  private ExternalDnsArgs() {}

  /** The values of a parsed command line that gwdns can read (those from Secrets are not). */
  static ExternalDnsArgs of(ExternalDnsFlagParser.Parsed parsed) {
    ExternalDnsArgs args = new ExternalDnsArgs();
    for (String name : parsed.values().keySet()) {
      List<String> texts = parsed.texts(name);
      if (!texts.isEmpty()) {
        args.flags.put(name, texts);
      }
    }
    return args;
  }

  boolean has(String name) {
    return flags.containsKey(name);
  }

  List<String> all(String name) {
    return flags.getOrDefault(name, List.of());
  }

  /** Every {@code --source} value. */
  List<String> sources() {
    return all("source");
  }

  /** Applies every modeled flag to {@code options}. */
  void applyTo(ExternalDnsOptions.Builder options) {
    Set<RouteKind> kinds = EnumSet.noneOf(RouteKind.class);
    for (String s : sources()) {
      RouteKind kind = RouteKind.ofSource(s.trim());
      if (kind != null) {
        kinds.add(kind);
      }
    }
    // An external-dns without Gateway sources publishes no route records: an empty set, not the
    // default.
    options.sourceKinds(kinds);
    for (ExternalDnsOption option : ExternalDnsOption.values()) {
      if (option != ExternalDnsOption.SOURCE && option.externalDnsFlag() && has(option.flag())) {
        try {
          option.apply(options, all(option.flag()));
        } catch (IllegalArgumentException e) {
          // A value external-dns refuses: ExternalDnsStartup reports it; predict with the default.
        }
      }
    }
  }

  /**
   * The version of an image reference's tag ({@code
   * registry.k8s.io/external-dns/external-dns:v0.22.0}).
   */
  static ExternalDnsVersion imageVersion(String image) {
    if (image == null) {
      return null;
    }
    String ref = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
    int colon = ref.lastIndexOf(':');
    return colon > ref.lastIndexOf('/') ? ExternalDnsVersion.parse(ref.substring(colon + 1)) : null;
  }
}
