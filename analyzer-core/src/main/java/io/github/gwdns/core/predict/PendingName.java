package io.github.gwdns.core.predict;

import java.util.List;

/**
 * A name that will point at a Gateway whose address only its controller will assign (predicted
 * mode, Gateway without status block and without target annotation). It is not an endpoint yet:
 * external-dns publishes it once the controller writes {@code status.addresses}.
 *
 * @param awaitingAddressOf the Gateway, {@code namespace/name}
 * @param requestedAddresses the Gateway's {@code spec.addresses} values, a hint of what it will get
 * @param sources the routes asking for the name
 */
public record PendingName(
    String dnsName, String awaitingAddressOf, List<String> requestedAddresses, List<String> sources)
    implements Comparable<PendingName> {
  public PendingName {
    requestedAddresses = List.copyOf(requestedAddresses);
    sources = List.copyOf(sources);
  }

  @Override
  public int compareTo(PendingName other) {
    int byName = dnsName.compareTo(other.dnsName);
    return byName != 0 ? byName : awaitingAddressOf.compareTo(other.awaitingAddressOf);
  }
}
