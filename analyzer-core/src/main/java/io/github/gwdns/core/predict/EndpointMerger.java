package io.github.gwdns.core.predict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Builds the endpoints {@code plan} shows: those that leave external-dns's dedup wrapper, the stage
 * just before the plan, registry and provider (external-dns section 6, step 2). Two steps, as
 * external-dns runs them:
 *
 * <ol>
 *   <li>{@link #mergeSource}: within a source, endpoints with the same name, type, set identifier
 *       and TTL are merged and their targets unioned (a CNAME only with one whose first target is
 *       the same); different TTLs are never merged.
 *   <li>{@link #deduplicate}: across everything the sources emit, endpoints equal on external-dns's
 *       dedup key (type, name, set identifier, targets) are one record. external-dns keeps the first
 *       it lists and drops the rest.
 * </ol>
 *
 * <p>Which one is first depends on the order external-dns lists objects (informer order within a
 * source), which no manifest decides. When the members of a dedup group are alike but for their
 * sources, that does not matter: they are one endpoint, with every source (an HTTPRoute and a
 * GRPCRoute naming the same host). When they differ in TTL, it does: gwdns keeps one candidate per
 * TTL, so the plan shows the ambiguity, and {@code check} reports it as a {@code dns-conflict}.
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
    // external-dns's dedup key, then the TTL: one candidate per TTL within a group.
    Map<String, Map<Long, Endpoint>> groups = new LinkedHashMap<>();
    for (Endpoint e : endpoints) {
      String key = e.recordType() + "|" + e.dnsName() + "|" + e.setIdentifier() + "|" + e.targets();
      groups.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(e.recordTtl(), e, (existing, dup) ->
          new Endpoint(existing.dnsName(), existing.recordType(), existing.targets(), existing.recordTtl(),
              existing.setIdentifier(), existing.providerSpecific(), existing.labels(), sources(existing, dup)));
    }
    List<Endpoint> kept = new ArrayList<>();
    groups.values().forEach(candidates -> kept.addAll(candidates.values()));
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
