package io.github.gwdns.core.change;

import io.github.gwdns.core.InstancePlan;
import io.github.gwdns.core.predict.Endpoint;
import io.github.gwdns.core.predict.PendingName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a change does to the plan of every external-dns instance (a public and a private one publish
 * their own records), matched by instance name ({@code namespace/name}): the records each instance
 * adds, removes and changes, and the instances that appear or disappear, whose records are all
 * added or removed.
 *
 * @param instances sorted by instance name; the plan without an instance (options from the command
 *     line, when the manifests deploy none) is named ""
 */
public record PlanChanges(List<Instance> instances) {

  /** Whether an instance is on both sides of the change. */
  public enum Presence {
    BOTH,
    ADDED,
    REMOVED;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * The change of one instance's plan.
   *
   * @param name what {@code --external-dns} matches ({@code dns/public}), "" for the options' plan
   * @param label how people name it ({@code Deployment dns/public}, {@code options})
   */
  public record Instance(String name, String label, Presence presence, PlanDiff plan) {}

  /** What one side of a change publishes for one instance. */
  public record Side(String name, String label, List<Endpoint> records, List<PendingName> pending) {
    public Side {
      records = List.copyOf(records);
      pending = List.copyOf(pending);
    }

    public static Side of(InstancePlan p) {
      return new Side(p.key(), p.label(), p.plan().endpoints(), p.plan().pending());
    }
  }

  public PlanChanges {
    instances = List.copyOf(instances);
  }

  /** The changes from the plans {@code before} to the plans {@code after}, instance by instance. */
  public static PlanChanges between(List<InstancePlan> before, List<InstancePlan> after) {
    return of(before.stream().map(Side::of).toList(), after.stream().map(Side::of).toList());
  }

  /** The same, from what was kept of each side. */
  public static PlanChanges of(List<Side> before, List<Side> after) {
    Map<String, Side> old = byName(before);
    Map<String, Side> now = byName(after);
    TreeMap<String, Presence> names = new TreeMap<>();
    old.keySet().forEach(n -> names.put(n, Presence.REMOVED));
    now.keySet().forEach(n -> names.put(n, names.containsKey(n) ? Presence.BOTH : Presence.ADDED));
    List<Instance> result = new ArrayList<>();
    names.forEach(
        (name, presence) -> {
          Side a = old.get(name);
          Side b = now.get(name);
          PlanDiff diff =
              PlanDiff.between(
                  a == null ? List.of() : a.records(),
                  a == null ? List.of() : a.pending(),
                  b == null ? List.of() : b.records(),
                  b == null ? List.of() : b.pending());
          result.add(new Instance(name, (b != null ? b : a).label(), presence, diff));
        });
    return new PlanChanges(result);
  }

  private static Map<String, Side> byName(List<Side> sides) {
    Map<String, Side> map = new TreeMap<>();
    sides.forEach(s -> map.putIfAbsent(s.name(), s));
    return map;
  }

  /**
   * True when the change is about more than one plan, or the instance differs between the sides:
   * reports then group the changes by instance. One instance on both sides reads as one plan.
   */
  public boolean grouped() {
    return !(instances.size() == 1 && instances.get(0).presence() == Presence.BOTH);
  }

  /** True when no instance changes. */
  public boolean isEmpty() {
    return instances.stream().allMatch(i -> i.presence() == Presence.BOTH && i.plan().isEmpty());
  }

  /** Every record change, instance by instance. */
  public List<RecordChange> records() {
    return instances.stream().flatMap(i -> i.plan().records().stream()).toList();
  }

  /** The record changes of one kind, in every instance. */
  public List<RecordChange> of(RecordChange.Kind kind) {
    return instances.stream().flatMap(i -> i.plan().of(kind).stream()).toList();
  }

  /** The instances that appear ({@code ADDED}) or disappear ({@code REMOVED}). */
  public List<Instance> of(Presence presence) {
    return instances.stream().filter(i -> i.presence() == presence).toList();
  }
}
