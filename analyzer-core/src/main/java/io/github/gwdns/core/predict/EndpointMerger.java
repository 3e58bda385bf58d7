package io.github.gwdns.core.predict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Merges endpoints as external-dns does: within a source, endpoints with the same name, type, set
 * identifier and TTL are merged and their targets unioned (a CNAME only with one whose first target
 * is the same); different TTLs are never merged. Then exact duplicates are dropped, as
 * external-dns's dedup wrapper does across sources (an HTTPRoute and a GRPCRoute naming the same
 * host).
 *
 * <p>One deliberate difference: external-dns's dedup key leaves out the TTL, so of two endpoints
 * that differ only in TTL it keeps whichever its informer listed first, which is not predictable.
 * gwdns keeps both, so the plan shows the ambiguity, and {@code check} reports it as a {@code
 * dns-conflict}.
 */
final class EndpointMerger {
  private EndpointMerger() {}

  static List<Endpoint> mergeSource(List<RouteTrace> traces) {
    List<Endpoint> merged = new ArrayList<>();
    Map<String, List<Integer>> byKey = new LinkedHashMap<>();
    for (RouteTrace trace : traces) {
      for (Endpoint e : trace.endpoints()) {
        String key = e.dnsName() + "|" + e.recordType() + "|" + e.setIdentifier() + "|" + e.recordTtl();
        List<Integer> candidates = byKey.computeIfAbsent(key, k -> new ArrayList<>());
        Integer into = null;
        for (int i : candidates) {
          Endpoint existing = merged.get(i);
          if (!e.recordType().equals("CNAME") || existing.targets().get(0).equals(e.targets().get(0))) {
            into = i;
            break;
          }
        }
        if (into == null) {
          candidates.add(merged.size());
          merged.add(e);
        } else {
          merged.set(into, union(merged.get(into), e));
        }
      }
    }
    return merged;
  }

  static List<Endpoint> deduplicate(List<Endpoint> endpoints) {
    List<Endpoint> kept = new ArrayList<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (Endpoint e : endpoints) {
      String key = e.recordType() + "|" + e.dnsName() + "|" + e.setIdentifier() + "|" + e.targets() + "|" + e.recordTtl();
      Integer first = seen.putIfAbsent(key, kept.size());
      if (first == null) {
        kept.add(e);
      } else {
        Endpoint existing = kept.get(first);
        kept.set(first, new Endpoint(existing.dnsName(), existing.recordType(), existing.targets(), existing.recordTtl(),
            existing.setIdentifier(), existing.providerSpecific(), existing.labels(), sources(existing, e)));
      }
    }
    kept.sort(null);
    return kept;
  }

  private static Endpoint union(Endpoint a, Endpoint b) {
    TreeSet<String> targets = new TreeSet<>(a.targets());
    targets.addAll(b.targets());
    return new Endpoint(a.dnsName(), a.recordType(), new ArrayList<>(targets), a.recordTtl(), a.setIdentifier(),
        a.providerSpecific(), a.labels(), sources(a, b));
  }

  private static List<String> sources(Endpoint a, Endpoint b) {
    TreeSet<String> sources = new TreeSet<>(a.sources());
    sources.addAll(b.sources());
    return new ArrayList<>(sources);
  }
}
