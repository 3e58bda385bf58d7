package io.github.gwdns.core.predict;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A DNS record external-dns would publish, as its source emits it.
 *
 * @param dnsName the name, without trailing dot
 * @param recordType A, AAAA or CNAME
 * @param targets sorted, without duplicates
 * @param recordTtl seconds; 0 when unset
 * @param setIdentifier "" when unset
 * @param providerSpecific sorted by name
 * @param labels {@code resource=<kind>/<namespace>/<name>}, of the first route in sorted order
 * @param sources every route that contributed, as {@code Kind/namespace/name}, sorted
 */
public record Endpoint(
    String dnsName,
    String recordType,
    List<String> targets,
    long recordTtl,
    String setIdentifier,
    List<ProviderProperty> providerSpecific,
    Map<String, String> labels,
    List<String> sources)
    implements Comparable<Endpoint> {

  /** Sorted by name, then type, then set identifier, TTL and targets. */
  public static final Comparator<Endpoint> ORDER =
      Comparator.comparing(Endpoint::dnsName)
          .thenComparing(Endpoint::recordType)
          .thenComparing(Endpoint::setIdentifier)
          .thenComparingLong(Endpoint::recordTtl)
          .thenComparing(e -> String.join(",", e.targets()));

  public Endpoint {
    targets = List.copyOf(targets);
    providerSpecific = List.copyOf(providerSpecific);
    labels = java.util.Collections.unmodifiableMap(new TreeMap<>(labels));
    sources = List.copyOf(sources);
  }

  @Override
  public int compareTo(Endpoint other) {
    return ORDER.compare(this, other);
  }

  /** external-dns's log form: {@code name ttl IN type targets [properties]}. */
  @Override
  public String toString() {
    return dnsName
        + " "
        + recordTtl
        + " IN "
        + recordType
        + "  "
        + String.join(";", targets)
        + " "
        + providerSpecific;
  }
}
