package io.github.gwdns.core.pipeline;

import io.github.gwdns.core.InstancePlan;
import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.predict.FilteredEndpoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The findings of several external-dns instances' plans, combined into one list. */
final class InstanceFindings {
  private InstanceFindings() {}

  /**
   * Rules that say one external-dns leaves a name out. With several instances a name another one
   * publishes is fine, so their findings count only when every instance reports them.
   */
  static final Set<String> ALL_INSTANCES_MUST_AGREE =
      Set.of("route-filtered", "gateway-filtered", "domain-filtered", "annotation-prefix-mismatch");

  /**
   * The findings of every instance's plan, once each (by fingerprint). A finding that says one
   * external-dns leaves a name or route out is kept only when no instance publishes it; an
   * annotation-prefix finding only when every instance that publishes the route ignores it.
   */
  static List<Finding> combine(List<List<Finding>> perPlan, List<InstancePlan> plans) {
    if (perPlan.size() == 1) {
      return perPlan.get(0);
    }
    Map<String, Finding> first = new LinkedHashMap<>();
    Map<String, Set<Integer>> reportedBy = new HashMap<>();
    for (int i = 0; i < perPlan.size(); i++) {
      for (Finding f : perPlan.get(i)) {
        first.putIfAbsent(f.fingerprint(), f);
        reportedBy.computeIfAbsent(f.fingerprint(), k -> new HashSet<>()).add(i);
      }
    }
    // Who each plan publishes for, indexed once: a lookup per finding, not a scan of every
    // endpoint.
    List<Set<String>> publishers = plans.stream().map(InstanceFindings::publishers).toList();
    List<Finding> combined = new ArrayList<>();
    first.forEach(
        (fingerprint, f) -> {
          if (!ALL_INSTANCES_MUST_AGREE.contains(f.ruleId()) || f.object() == null) {
            combined.add(f);
            return;
          }
          String source = f.object().display();
          Set<Integer> publishing = new HashSet<>();
          for (int i = 0; i < plans.size(); i++) {
            if (publishers.get(i).contains(source)) {
              publishing.add(i);
            }
          }
          boolean keep =
              switch (f.ruleId()) {
                case "annotation-prefix-mismatch" ->
                    publishing.isEmpty()
                        ? reportedBy.get(fingerprint).size() == plans.size()
                        : reportedBy.get(fingerprint).containsAll(publishing);
                default -> publishing.isEmpty();
              };
          if (keep) {
            combined.add(f);
          }
        });
    return combined;
  }

  /**
   * The routes this plan publishes a record for: an endpoint, a pending name, or a name that holds
   * an unresolved variable (published once Flux substitutes it), as {@code Kind/namespace/name};
   * for an instance that does not start, what it would publish once it does, so that its start-up
   * failure, not another instance's filter, is the one finding on those routes.
   */
  static Set<String> publishers(InstancePlan instance) {
    Set<String> sources = new HashSet<>();
    instance.plan().endpoints().forEach(e -> sources.addAll(e.sources()));
    instance.plan().pending().forEach(p -> sources.addAll(p.sources()));
    instance.plan().unresolved().forEach(u -> sources.addAll(u.sources()));
    instance.plan().filtered().stream()
        .filter(FilteredEndpoint::notStarting)
        .forEach(f -> sources.addAll(f.endpoint().sources()));
    return sources;
  }
}
