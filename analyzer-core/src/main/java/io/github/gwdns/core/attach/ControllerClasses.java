package io.github.gwdns.core.attach;

import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.model.GenericObject;
import io.github.gwdns.core.model.Inventory;
import java.util.Map;
import java.util.TreeMap;

/**
 * GatewayClasses that no manifest defines because a controller creates them: Istio's istiod creates
 * {@code istio}, {@code istio-remote} and {@code istio-waypoint}; the Cilium chart creates {@code
 * cilium} when it enables Gateway API; NGINX Gateway Fabric's and Traefik's charts create theirs;
 * GKE and AKS provide their own. A Gateway naming one is not missing its class. When the cluster
 * installs the controller's chart with Gateway API enabled, the class is known to exist; otherwise
 * it is assumed, and said so.
 */
public final class ControllerClasses {
  /** Class names controllers create, with who does. */
  private static final Map<String, String> WELL_KNOWN =
      new TreeMap<>(
          Map.ofEntries(
              Map.entry(
                  "cilium", "Cilium, whose chart creates it when `gatewayAPI.enabled` is true"),
              Map.entry("istio", "Istio: istiod creates it"),
              Map.entry("istio-remote", "Istio: istiod creates it"),
              Map.entry("istio-waypoint", "Istio: istiod creates it"),
              Map.entry("istio-east-west", "Istio: istiod creates it"),
              Map.entry("kgateway", "kgateway: its controller creates it"),
              Map.entry("kgateway-waypoint", "kgateway: its controller creates it"),
              Map.entry("gloo-gateway", "Gloo Gateway: its controller creates it"),
              Map.entry("nginx", "NGINX Gateway Fabric, whose chart creates it"),
              Map.entry(
                  "traefik",
                  "Traefik, whose chart creates it when the Kubernetes Gateway provider is enabled"),
              Map.entry("gke-l7-global-external-managed", "GKE, which provides it"),
              Map.entry("gke-l7-regional-external-managed", "GKE, which provides it"),
              Map.entry("gke-l7-rilb", "GKE, which provides it"),
              Map.entry("gke-l7-gxlb", "GKE, which provides it"),
              Map.entry("gke-l7-global-external-managed-mc", "GKE, which provides it"),
              Map.entry("gke-l7-regional-external-managed-mc", "GKE, which provides it"),
              Map.entry("gke-l7-rilb-mc", "GKE, which provides it"),
              Map.entry("gke-l7-gxlb-mc", "GKE, which provides it"),
              Map.entry(
                  "azure-alb-external",
                  "AKS Application Gateway for Containers, which provides it")));

  private final Map<String, String> installed = new TreeMap<>();

  /** Reads which controllers the cluster installs, and with which class. */
  public ControllerClasses(Inventory inventory) {
    for (GenericObject o : inventory.manifests().others()) {
      String chart = chart(o);
      if (chart == null) {
        continue;
      }
      ManifestNode values = o.provenance().node(FieldPath.parse("spec.values"));
      String where = o.kind() + " " + o.ref().namespacedName() + " (" + o.provenance().file() + ")";
      switch (chart) {
        case "cilium" -> {
          if ("true".equals(text(values, "gatewayAPI.enabled"))) {
            installed.put(
                text(values, "gatewayAPI.gatewayClass.name") != null
                    ? text(values, "gatewayAPI.gatewayClass.name")
                    : "cilium",
                "the Cilium chart of " + where + ", with gatewayAPI.enabled");
          }
        }
        case "istiod" -> {
          for (String name : new String[] {"istio", "istio-remote", "istio-waypoint"}) {
            installed.put(name, "istiod of " + where);
          }
        }
        case "nginx-gateway-fabric" ->
            installed.put(
                text(values, "nginxGateway.gatewayClassName") != null
                    ? text(values, "nginxGateway.gatewayClassName")
                    : "nginx",
                "the NGINX Gateway Fabric chart of " + where);
        case "traefik" -> {
          if ("true".equals(text(values, "providers.kubernetesGateway.enabled"))) {
            installed.put(
                text(values, "gatewayClass.name") != null
                    ? text(values, "gatewayClass.name")
                    : "traefik",
                "the Traefik chart of " + where + ", with providers.kubernetesGateway.enabled");
          }
        }
        case "kgateway" -> {
          installed.put("kgateway", "the kgateway chart of " + where);
          installed.put("kgateway-waypoint", "the kgateway chart of " + where);
        }
        default -> {
          // another chart: it creates no GatewayClass gwdns knows of
        }
      }
    }
  }

  /**
   * Who creates class {@code name}: the chart installed in the cluster, or, for a well-known class,
   * who would; else null.
   */
  public String creator(String name) {
    String known = installed.get(name);
    return known != null ? known : WELL_KNOWN.get(name);
  }

  /** True when the cluster installs the controller that creates class {@code name}. */
  public boolean installed(String name) {
    return installed.containsKey(name);
  }

  /** True for a class name some controller creates by itself. */
  public static boolean wellKnown(String name) {
    return WELL_KNOWN.containsKey(name);
  }

  /**
   * The chart a Flux HelmRelease, kustomize helmCharts entry or Argo CD Application installs, or
   * null.
   */
  private static String chart(GenericObject o) {
    String name =
        switch (o.kind()) {
          case "HelmRelease" ->
              text(o.provenance().node(FieldPath.parse("spec.chart.spec")), "chart");
          case "HelmChartInflationGenerator" ->
              text(o.provenance().node(FieldPath.parse("spec")), "name");
          case "Application" -> text(o.provenance().node(FieldPath.parse("spec.source")), "chart");
          default -> null;
        };
    if (name == null && o.kind().equals("HelmRelease")) {
      // spec.chartRef to an OCIRepository: named after the chart, as GitOps repositories do.
      name = text(o.provenance().node(FieldPath.parse("spec.chartRef")), "name");
    }
    return name == null ? null : name.substring(name.lastIndexOf('/') + 1);
  }

  /** The scalar at a dotted path under {@code node}, or null. */
  static String text(ManifestNode node, String dotted) {
    return descend(node, dotted) instanceof io.github.gwdns.core.load.ManifestScalar s
            && !s.isNull()
        ? s.value()
        : null;
  }

  /** The node at a dotted path of map keys under {@code node}, or null. */
  static ManifestNode descend(ManifestNode node, String dotted) {
    ManifestNode current = node;
    for (String key : dotted.split("\\.")) {
      if (!(current instanceof ManifestMap map)) {
        return null;
      }
      current = map.get(key);
    }
    return current;
  }
}
