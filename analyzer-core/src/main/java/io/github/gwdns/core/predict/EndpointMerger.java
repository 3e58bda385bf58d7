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
 *       dedup key (type, name, set identifier, targets) are one record. external-dns keeps the
 *       first it lists and drops the rest.
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
    List<Merged> merged = new ArrayList<>();
    Map<String, List<Merged>> byKey = new LinkedHashMap<>();
    for (RouteTrace trace : traces) {
      for (Endpoint e : trace.endpoints()) {
        String key =
            e.dnsName() + "|" + e.recordType() + "|" + e.setIdentifier() + "|" + e.recordTtl();
        List<Merged> candidates = byKey.computeIfAbsent(key, k -> new ArrayList<>());
        Merged into = null;
        for (Merged m : candidates) {
          if (!e.recordType().equals("CNAME")
              || m.first.targets().get(0).equals(e.targets().get(0))) {
            into = m;
            break;
          }
        }
        if (into == null) {
          into = new Merged(e);
          candidates.add(into);
          merged.add(into);
        }
        into.add(e, true);
      }
    }
    return merged.stream().map(Merged::build).toList();
  }

  static List<Endpoint> deduplicate(List<Endpoint> endpoints) {
    // external-dns's dedup key, then the TTL: one candidate per TTL within a group.
    Map<String, Map<Long, Merged>> groups = new LinkedHashMap<>();
    for (Endpoint e : endpoints) {
      String key = e.recordType() + "|" + e.dnsName() + "|" + e.setIdentifier() + "|" + e.targets();
      groups
          .computeIfAbsent(key, k -> new LinkedHashMap<>())
          .computeIfAbsent(e.recordTtl(), k -> new Merged(e))
          .add(e, false);
    }
    List<Endpoint> kept = new ArrayList<>();
    groups.values().forEach(candidates -> candidates.values().forEach(m -> kept.add(m.build())));
    kept.sort(null);
    return kept;
  }

  /**
   * Endpoints being merged into the first: targets (when merging within a source) and sources are
   * collected once, so a name many routes share costs linear time.
   */
  private static final class Merged {
    final Endpoint first;
    final TreeSet<String> targets = new TreeSet<>();
    final TreeSet<String> sources = new TreeSet<>();

    Merged(Endpoint first) {
      this.first = first;
      targets.addAll(first.targets());
    }

    void add(Endpoint e, boolean unionTargets) {
      if (unionTargets) {
        targets.addAll(e.targets());
      }
      sources.addAll(e.sources());
    }

    Endpoint build() {
      return new Endpoint(
          first.dnsName(),
          first.recordType(),
          new ArrayList<>(targets),
          first.recordTtl(),
          first.setIdentifier(),
          first.providerSpecific(),
          first.labels(),
          new ArrayList<>(sources));
    }
  }
}
