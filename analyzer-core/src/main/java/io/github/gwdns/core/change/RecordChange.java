package io.github.gwdns.core.change;

import io.github.gwdns.core.predict.Endpoint;
import java.util.List;
import java.util.TreeSet;

/**
 * One DNS name (and set identifier) whose records a change adds, removes or changes.
 *
 * @param recordType the record types now (before, when removed), e.g. {@code CNAME} or {@code
 *     A,AAAA}
 * @param before the records before (empty when added)
 * @param after the records after (empty when removed)
 */
public record RecordChange(
    Kind kind,
    String dnsName,
    String recordType,
    String setIdentifier,
    List<Endpoint> before,
    List<Endpoint> after) {

  /** What happens to the records of the name. */
  public enum Kind {
    ADDED,
    REMOVED,
    CHANGED;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public RecordChange {
    before = List.copyOf(before);
    after = List.copyOf(after);
  }

  /** The routes responsible, on either side, sorted. */
  public List<String> sources() {
    TreeSet<String> all = new TreeSet<>();
    before.forEach(e -> all.addAll(e.sources()));
    after.forEach(e -> all.addAll(e.sources()));
    return List.copyOf(all);
  }

  /**
   * What changed, for people: {@code type A -> CNAME; targets 192.0.2.1 -> lb.example.net; TTL 300
   * -> 60}.
   */
  public String detail() {
    return switch (kind) {
      case ADDED -> describe(after);
      case REMOVED -> describe(before);
      case CHANGED -> {
        String typesBefore = types(before);
        String typesAfter = types(after);
        String targetsBefore = targets(before);
        String targetsAfter = targets(after);
        String ttlBefore = ttls(before);
        String ttlAfter = ttls(after);
        StringBuilder text = new StringBuilder();
        if (!typesBefore.equals(typesAfter)) {
          text.append("type ").append(typesBefore).append(" -> ").append(typesAfter);
        }
        if (!targetsBefore.equals(targetsAfter)) {
          text.append(text.isEmpty() ? "" : "; ")
              .append("targets ")
              .append(targetsBefore)
              .append(" -> ")
              .append(targetsAfter);
        }
        if (!ttlBefore.equals(ttlAfter)) {
          text.append(text.isEmpty() ? "" : "; ")
              .append("TTL ")
              .append(ttlBefore)
              .append(" -> ")
              .append(ttlAfter);
        }
        if (text.isEmpty()) {
          text.append("provider-specific properties or labels changed");
        }
        yield text.toString();
      }
    };
  }

  /** True when the change turns one record type into another (A to CNAME, say). */
  public boolean typeChanged() {
    return kind == Kind.CHANGED && !types(before).equals(types(after));
  }

  /** The distinct record types of {@code records}, sorted: {@code A,AAAA}. */
  static String types(List<Endpoint> records) {
    TreeSet<String> all = new TreeSet<>();
    records.forEach(e -> all.add(e.recordType()));
    return String.join(",", all);
  }

  private static String describe(List<Endpoint> records) {
    String ttl = ttls(records);
    return targets(records) + (ttl.equals("default") ? "" : " (TTL " + ttl + ")");
  }

  private static String targets(List<Endpoint> records) {
    TreeSet<String> all = new TreeSet<>();
    records.forEach(e -> all.addAll(e.targets()));
    return String.join(",", all);
  }

  private static String ttls(List<Endpoint> records) {
    TreeSet<String> all = new TreeSet<>();
    records.forEach(e -> all.add(e.recordTtl() == 0 ? "default" : Long.toString(e.recordTtl())));
    return String.join(",", all);
  }
}
