package io.github.gwdns.core;

import io.github.gwdns.core.deploy.ExternalDnsInstance;
import io.github.gwdns.core.deploy.StartupFailure;
import io.github.gwdns.core.predict.DnsPlan;
import java.util.List;

/**
 * The plan of one external-dns instance (a public and a private one each publish their own).
 *
 * @param instance the instance, or null when the options come from the command line or defaults
 * @param cluster the cluster the instance runs in, {@code ""} when the input holds one
 * @param startup why the instance does not start, or may not (the release is not known): empty when
 *     it starts
 */
public record InstancePlan(
    ExternalDnsInstance instance, DnsPlan plan, String cluster, List<StartupFailure> startup) {

  public InstancePlan {
    startup = List.copyOf(startup);
  }

  /** The plan of an instance of the only cluster that starts. */
  public InstancePlan(ExternalDnsInstance instance, DnsPlan plan) {
    this(instance, plan, "", List.of());
  }

  /** This plan, of {@code name}'s cluster. */
  public InstancePlan inCluster(String name) {
    return new InstancePlan(instance, plan, name, startup);
  }

  /** True when the instance is known not to start, so it publishes nothing. */
  public boolean starts() {
    return startup.stream().noneMatch(StartupFailure::certain);
  }

  /**
   * What identifies the plan across revisions: the instance's {@code namespace/name} ({@code ""}
   * for none), after the cluster's name when there are several.
   */
  public String key() {
    String name = instance == null ? "" : instance.name();
    return cluster.isEmpty() ? name : cluster + ":" + name;
  }

  /**
   * How people name it: {@code Deployment external-dns/public}, or {@code command line} for none.
   */
  public String label() {
    return (instance == null ? "options" : instance.label())
        + (cluster.isEmpty() ? "" : " in cluster " + cluster);
  }
}
