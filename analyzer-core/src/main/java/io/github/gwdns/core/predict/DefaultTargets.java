package io.github.gwdns.core.predict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * external-dns's {@code --default-targets} (its multi-source wrapper, which runs after every source
 * and before the dedup wrapper). An endpoint's targets are replaced by the default targets when
 * {@code --force-default-targets} is set, or when it has no targets; the Gateway API sources never
 * emit an endpoint without targets (a name whose Gateway has no address yields no endpoint at all),
 * so without force the default targets change nothing and external-dns only warns. Releases before
 * v0.18.0 had no force flag and replaced every endpoint's targets.
 *
 * <p>A replaced endpoint keeps its name, TTL, set identifier, provider-specific properties and
 * labels; its record type comes from the default targets, not from the endpoint: one endpoint per
 * kind of target, A for the IPv4 addresses, AAAA for the other addresses, CNAME for the names.
 */
public final class DefaultTargets {
  /** The first release that applies default targets only to endpoints without targets. */
  static final ExternalDnsVersion ONLY_TARGETLESS = new ExternalDnsVersion(0, 18, 0);

  private final List<String> targets;
  private final boolean replacing;

  /** The wrapper as {@code options} configure it. */
  public DefaultTargets(ExternalDnsOptions options) {
    this.targets = options.defaultTargets().stream().map(DnsNames::withoutTrailingDot).toList();
    ExternalDnsVersion version =
        options.version() == null ? ExternalDnsVersion.DEFAULT : options.version();
    this.replacing =
        !targets.isEmpty()
            && (options.forceDefaultTargets() || !version.isAtLeast(ONLY_TARGETLESS));
  }

  /** Whether the wrapper replaces the targets of the Gateway API sources' endpoints. */
  public boolean replaces() {
    return replacing;
  }

  /**
   * Whether default targets are given but change nothing: external-dns then logs "Source provided
   * targets for ..., ignoring default targets" for each endpoint.
   */
  public boolean ignored() {
    return !targets.isEmpty() && !replacing;
  }

  /** The endpoints as they leave the wrapper, in their order. */
  List<Endpoint> apply(List<Endpoint> endpoints) {
    if (!replacing) {
      return endpoints;
    }
    List<Endpoint> out = new ArrayList<>();
    endpoints.forEach(e -> out.addAll(replace(e)));
    return out;
  }

  /** What the wrapper makes of one endpoint: itself, or its replacements (A, AAAA, CNAME). */
  public List<Endpoint> replace(Endpoint endpoint) {
    if (!replacing) {
      return List.of(endpoint);
    }
    Map<String, List<String>> byType = new TreeMap<>();
    for (String target : targets) {
      byType
          .computeIfAbsent(EndpointPredictor.recordType(target), k -> new ArrayList<>())
          .add(target);
    }
    List<Endpoint> out = new ArrayList<>();
    byType.forEach(
        (type, values) ->
            out.add(
                new Endpoint(
                    endpoint.dnsName(),
                    type,
                    values.stream().distinct().sorted().toList(),
                    endpoint.recordTtl(),
                    endpoint.setIdentifier(),
                    endpoint.providerSpecific(),
                    endpoint.labels(),
                    endpoint.sources())));
    return out;
  }
}
