package io.github.gwdns.core.deploy;

import io.github.gwdns.core.model.RouteKind;
import io.github.gwdns.core.predict.ExternalDnsOptions;
import io.github.gwdns.core.predict.ExternalDnsVersion;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The flags of external-dns's parsed command line ({@link ExternalDnsFlagParser}) turned into {@link
 * ExternalDnsOptions}. Flags gwdns does not model are ignored; unknown values are kept as written.
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
    // An external-dns without Gateway sources publishes no route records: an empty set, not the default.
    options.sourceKinds(kinds);
    last("gateway-name").ifPresent(options::gatewayName);
    last("gateway-namespace").ifPresent(options::gatewayNamespace);
    last("gateway-label-filter").ifPresent(options::gatewayLabelFilter);
    last("gateway-listener-sets").ifPresent(v -> options.gatewayListenerSets(bool(v)));
    last("namespace").ifPresent(options::namespace);
    last("label-filter").ifPresent(options::labelFilter);
    last("annotation-filter").ifPresent(options::annotationFilter);
    last("annotation-prefix").ifPresent(options::annotationPrefix);
    last("ignore-hostname-annotation").ifPresent(v -> options.ignoreHostnameAnnotation(bool(v)));
    if (has("fqdn-template")) {
      options.fqdnTemplates(all("fqdn-template"));
    }
    last("combine-fqdn-annotation").ifPresent(v -> options.combineFqdnAnnotation(bool(v)));
    if (has("domain-filter")) {
      options.domainFilters(all("domain-filter"));
    }
    if (has("exclude-domains")) {
      options.excludeDomains(all("exclude-domains"));
    }
    last("regex-domain-filter").ifPresent(options::regexDomainFilter);
    last("regex-domain-exclusion").ifPresent(options::regexDomainExclusion);
    if (has("managed-record-types")) {
      options.managedRecordTypes(all("managed-record-types").stream().map(t -> t.toUpperCase(Locale.ROOT)).toList());
    }
    if (has("default-targets")) {
      options.defaultTargets(all("default-targets"));
    }
    last("force-default-targets").ifPresent(v -> options.forceDefaultTargets(bool(v)));
    last("provider").ifPresent(options::provider);
    last("txt-owner-id").ifPresent(options::txtOwnerId);
  }

  private java.util.Optional<String> last(String name) {
    List<String> values = all(name);
    return values.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(values.get(values.size() - 1));
  }

  private static boolean bool(String value) {
    return value.equals("true");
  }

  /** The version of an image reference's tag ({@code registry.k8s.io/external-dns/external-dns:v0.22.0}). */
  static ExternalDnsVersion imageVersion(String image) {
    if (image == null) {
      return null;
    }
    String ref = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
    int colon = ref.lastIndexOf(':');
    return colon > ref.lastIndexOf('/') ? ExternalDnsVersion.parse(ref.substring(colon + 1)) : null;
  }
}
