package io.github.gwdns.core.change;

import io.github.gwdns.core.predict.DnsPlan;
import io.github.gwdns.core.predict.Endpoint;
import io.github.gwdns.core.predict.PendingName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a change does to the DNS records external-dns publishes: records added, removed and changed
 * (type, targets, TTL, provider properties), keyed by name and set identifier, so a name whose
 * record type changes (A to CNAME when a Gateway's address becomes a load balancer hostname) is one
 * change, not a removal and an addition; and names that start or stop waiting for a Gateway
 * address.
 *
 * @param records sorted by name and set identifier
 * @param pendingAdded names now waiting for an address that were not before
 * @param pendingRemoved names that no longer wait (published, or gone)
 */
public record PlanDiff(
    List<RecordChange> records, List<PendingName> pendingAdded, List<PendingName> pendingRemoved) {

  public PlanDiff {
    records = List.copyOf(records);
    pendingAdded = List.copyOf(pendingAdded);
    pendingRemoved = List.copyOf(pendingRemoved);
  }

  /** The difference from {@code before} to {@code after}. */
  public static PlanDiff between(DnsPlan before, DnsPlan after) {
    return between(before.endpoints(), before.pending(), after.endpoints(), after.pending());
  }

  /** The difference between two sets of records and pending names. */
  public static PlanDiff between(
      List<Endpoint> beforeRecords,
      List<PendingName> beforePending,
      List<Endpoint> afterRecords,
      List<PendingName> afterPending) {
    Map<String, List<Endpoint>> old = byKey(beforeRecords);
    Map<String, List<Endpoint>> now = byKey(afterRecords);
    TreeSet<String> keys = new TreeSet<>(old.keySet());
    keys.addAll(now.keySet());
    List<RecordChange> changes = new ArrayList<>();
    for (String key : keys) {
      List<Endpoint> a = old.getOrDefault(key, List.of());
      List<Endpoint> b = now.getOrDefault(key, List.of());
      Endpoint any = b.isEmpty() ? a.get(0) : b.get(0);
      RecordChange.Kind kind;
      if (a.isEmpty()) {
        kind = RecordChange.Kind.ADDED;
      } else if (b.isEmpty()) {
        kind = RecordChange.Kind.REMOVED;
      } else if (!sameRecords(a, b)) {
        kind = RecordChange.Kind.CHANGED;
      } else {
        continue;
      }
      changes.add(
          new RecordChange(
              kind,
              any.dnsName(),
              RecordChange.types(b.isEmpty() ? a : b),
              any.setIdentifier(),
              a,
              b));
    }
    Map<String, PendingName> oldPending = pendingByName(beforePending);
    Map<String, PendingName> newPending = pendingByName(afterPending);
    List<PendingName> added =
        newPending.entrySet().stream()
            .filter(e -> !oldPending.containsKey(e.getKey()))
            .map(Map.Entry::getValue)
            .toList();
    List<PendingName> removed =
        oldPending.entrySet().stream()
            .filter(e -> !newPending.containsKey(e.getKey()))
            .map(Map.Entry::getValue)
            .toList();
    return new PlanDiff(changes, added, removed);
  }

  /** True when nothing changes. */
  public boolean isEmpty() {
    return records.isEmpty() && pendingAdded.isEmpty() && pendingRemoved.isEmpty();
  }

  /** The changes of one kind. */
  public List<RecordChange> of(RecordChange.Kind kind) {
    return records.stream().filter(r -> r.kind() == kind).toList();
  }

  private static Map<String, List<Endpoint>> byKey(List<Endpoint> endpoints) {
    Map<String, List<Endpoint>> map = new TreeMap<>();
    for (Endpoint e : endpoints) {
      map.computeIfAbsent(e.dnsName() + "\u0000" + e.setIdentifier(), k -> new ArrayList<>())
          .add(e);
    }
    return map;
  }

  /** Same published data; the routes behind a record may differ without changing DNS. */
  private static boolean sameRecords(List<Endpoint> a, List<Endpoint> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      Endpoint x = a.get(i);
      Endpoint y = b.get(i);
      if (!x.recordType().equals(y.recordType())
          || !x.targets().equals(y.targets())
          || x.recordTtl() != y.recordTtl()
          || !Objects.equals(x.providerSpecific(), y.providerSpecific())) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, PendingName> pendingByName(List<PendingName> pending) {
    Map<String, PendingName> map = new LinkedHashMap<>();
    pending.forEach(p -> map.putIfAbsent(p.dnsName() + " " + p.awaitingAddressOf(), p));
    return map;
  }
}
