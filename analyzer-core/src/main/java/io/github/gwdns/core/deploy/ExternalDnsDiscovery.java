package io.github.gwdns.core.deploy;

import io.github.gwdns.core.load.ManifestList;
import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.load.ManifestScalar;
import io.github.gwdns.core.load.ScalarKind;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.model.GenericObject;
import io.github.gwdns.core.model.Inventory;
import io.github.gwdns.core.predict.ExternalDnsOptions;
import io.github.gwdns.core.predict.ExternalDnsVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Finds the external-dns instances the manifests deploy and reads their options:
 *
 * <ul>
 *   <li>a Deployment, StatefulSet or DaemonSet with a container whose image is external-dns's, or
 *       whose args enable a {@code gateway-*} source: its args, its image tag for the version, its
 *       ServiceAccount for RBAC;
 *   <li>a Flux HelmRelease of the external-dns chart: the chart's values ({@code sources}, {@code
 *       domainFilters}, {@code extraArgs}, ...) as the chart turns them into args, and the image tag
 *       or chart version for the version. The chart renders its own RBAC.
 * </ul>
 *
 * Values that are still templates ({@code {{ }}}, {@code ${VAR}}) are not guessed: they are left
 * at external-dns's defaults and named in {@link ExternalDnsInstance#unread()}.
 */
public final class ExternalDnsDiscovery {
  private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet");
  /** A kustomize {@code helmCharts} entry, as the render stage keeps it. */
  private static final String HELM_CHART = "HelmChartInflationGenerator";

  private ExternalDnsDiscovery() {}

  /**
   * Every instance, sorted by kind, namespace and name. Flux variables were substituted when the
   * objects were rendered.
   */
  public static List<ExternalDnsInstance> find(Inventory inventory) {
    List<ExternalDnsInstance> found = new ArrayList<>();
    // The OCIRepositories by namespace/name, the first of each: a HelmRelease's chartRef names one.
    Map<String, GenericObject> ociRepositories = new HashMap<>();
    for (GenericObject o : inventory.manifests().others()) {
      if (o.kind().equals("OCIRepository")) {
        ociRepositories.putIfAbsent(o.metadata().namespace() + "/" + o.metadata().name(), o);
      }
    }
    for (GenericObject o : inventory.manifests().others()) {
      UnaryOperator<String> substitute = UnaryOperator.identity();
      if (WORKLOADS.contains(o.kind()) && o.apiVersion().startsWith("apps/")) {
        workload(o, found, substitute);
      } else if ((o.kind().equals("HelmRelease") && o.apiVersion().startsWith("helm.toolkit.fluxcd.io/"))
          || o.kind().equals(HELM_CHART)) {
        ExternalDnsInstance instance = helmRelease(o, ociRepositories, substitute);
        if (instance != null) {
          found.add(instance);
        }
      }
    }
    found.sort(Comparator.comparing((ExternalDnsInstance i) -> i.object().ref()));
    return found;
  }

  private static void workload(GenericObject o, List<ExternalDnsInstance> found, UnaryOperator<String> substitute) {
    FieldPath pod = FieldPath.parse("spec.template.spec");
    if (!(o.provenance().node(pod.field("containers")) instanceof ManifestList containers)) {
      return;
    }
    for (int i = 0; i < containers.items().size(); i++) {
      if (!(containers.items().get(i) instanceof ManifestMap container)) {
        continue;
      }
      String image = container.text("image");
      List<String> args = new ArrayList<>(strings(container.get("command")));
      args.addAll(strings(container.get("args")));
      args.replaceAll(substitute);
      boolean gatewaySource = ExternalDnsArgs.parse(args).sources().stream().anyMatch(src -> src.startsWith("gateway-"));
      if (!(image != null && image.contains("external-dns")) && !gatewaySource) {
        continue;
      }
      ExternalDnsArgs parsed = ExternalDnsArgs.parse(args);
      String label = o.kind() + " " + o.ref().namespacedName();
      ExternalDnsOptions.Builder options = ExternalDnsOptions.builder().origin(label);
      parsed.applyTo(options);
      options.origin(label + ", image " + image).version(ExternalDnsArgs.imageVersion(image));
      String account = text(o.provenance().node(pod.field("serviceAccountName")));
      if (account == null) {
        account = text(o.provenance().node(pod.field("serviceAccount")));
      }
      FieldPath at = pod.field("containers").index(i).field(container.get("args") != null ? "args" : "command");
      found.add(new ExternalDnsInstance(o, options.build(), at, parsed.sources(),
          o.metadata().namespace() + "/" + (account == null ? "default" : account), List.of()));
    }
  }

  private static ExternalDnsInstance helmRelease(GenericObject release, Map<String, GenericObject> ociRepositories,
      UnaryOperator<String> substitute) {
    String[] chart = chartOf(release, ociRepositories);
    if (chart == null) {
      return null;
    }
    String chartVersion = chart[0];
    ManifestNode valuesNode = release.provenance().node(FieldPath.parse("spec.values"));
    ManifestMap values = substituted(valuesNode instanceof ManifestMap m ? m : new ManifestMap(List.of(), release.provenance().root().span()),
        substitute);
    String label = release.kind() + " " + release.ref().namespacedName();
    List<ExternalDnsInstance.Unread> unread = new ArrayList<>();
    ExternalDnsArgs args = new ExternalDnsArgs();
    // The chart's own defaults: sources [service, ingress], so Gateway sources must be asked for.
    List<String> sources = plainList(values, "sources", unread);
    for (String s : sources == null ? List.of("service", "ingress") : sources) {
      args.add("source", s);
    }
    listArg(values, "domainFilters", "domain-filter", args, unread);
    listArg(values, "excludeDomains", "exclude-domains", args, unread);
    listArg(values, "managedRecordTypes", "managed-record-types", args, unread);
    scalarArg(values, "regexDomainFilter", "regex-domain-filter", args, unread);
    scalarArg(values, "regexDomainExclusion", "regex-domain-exclusion", args, unread);
    scalarArg(values, "labelFilter", "label-filter", args, unread);
    scalarArg(values, "annotationFilter", "annotation-filter", args, unread);
    scalarArg(values, "annotationPrefix", "annotation-prefix", args, unread);
    scalarArg(values, "txtOwnerId", "txt-owner-id", args, unread);
    ManifestNode provider = values.get("provider");
    String providerName = provider instanceof ManifestMap p ? p.text("name") : text(provider);
    if (providerName != null && plain(providerName)) {
      args.add("provider", providerName);
    }
    if ("true".equals(text(values.get("namespaced")))) {
      String namespace = text(release.provenance().node(FieldPath.parse("spec.targetNamespace")));
      args.add("namespace", namespace != null ? namespace : release.metadata().namespace());
    }
    extraArgs(values.get("extraArgs"), args, unread);
    ExternalDnsOptions.Builder options = ExternalDnsOptions.builder().origin(label);
    args.applyTo(options);
    ManifestNode image = values.get("image");
    ExternalDnsVersion version = image instanceof ManifestMap i ? ExternalDnsVersion.parse(text(i.get("tag"))) : null;
    if (version != null) {
      options.origin(label + ", values image.tag").version(version);
    } else {
      ExternalDnsVersion ofChart = ExternalDnsVersion.ofChart(chartVersion);
      options.origin(ofChart == null ? label : "chart " + chartVersion + " from " + chart[1] + ", which ships external-dns " + ofChart)
          .version(ofChart);
    }
    return new ExternalDnsInstance(release, options.build(), FieldPath.parse(valuesNode != null ? "spec.values" : "spec"),
        args.sources(), null, unread);
  }

  /**
   * When {@code release} installs the external-dns chart: its version ("" when the version is not
   * pinned) and where that version is written, for explain; else null. The chart is {@code
   * spec.chart.spec.chart}, or a {@code spec.chartRef} to an OCIRepository whose URL is
   * external-dns's (its {@code spec.ref.tag} is the chart version).
   */
  private static String[] chartOf(GenericObject release, Map<String, GenericObject> ociRepositories) {
    String label = release.kind() + " " + release.ref().namespacedName();
    if (release.kind().equals(HELM_CHART)) {
      String name = text(release.provenance().node(FieldPath.parse("spec.name")));
      if (!"external-dns".equals(name)) {
        return null;
      }
      String version = text(release.provenance().node(FieldPath.parse("spec.version")));
      return new String[] {version == null ? "" : version, "the helmCharts version in " + release.provenance().file()};
    }
    String chart = text(release.provenance().node(FieldPath.parse("spec.chart.spec.chart")));
    if (chart != null) {
      if (!chart.equals("external-dns") && !chart.endsWith("/external-dns")) {
        return null;
      }
      String version = text(release.provenance().node(FieldPath.parse("spec.chart.spec.version")));
      return new String[] {version == null ? "" : version, "spec.chart.spec.version of " + label};
    }
    String refKind = text(release.provenance().node(FieldPath.parse("spec.chartRef.kind")));
    String refName = text(release.provenance().node(FieldPath.parse("spec.chartRef.name")));
    if (!"OCIRepository".equals(refKind) || refName == null) {
      return null;
    }
    String refNamespace = text(release.provenance().node(FieldPath.parse("spec.chartRef.namespace")));
    String namespace = refNamespace != null ? refNamespace : release.metadata().namespace();
    GenericObject o = ociRepositories.get(namespace + "/" + refName);
    if (o != null) {
      String url = text(o.provenance().node(FieldPath.parse("spec.url")));
      if (url == null || !url.endsWith("/external-dns")) {
        return null;
      }
      String tag = text(o.provenance().node(FieldPath.parse("spec.ref.tag")));
      return new String[] {tag == null ? "" : tag, "spec.ref.tag of OCIRepository " + namespace + "/" + refName + " ("
          + o.provenance().file() + ")"};
    }
    return null;
  }

  /** {@code map} with Flux variables substituted in every string, positions kept. */
  private static ManifestMap substituted(ManifestMap map, UnaryOperator<String> substitute) {
    List<ManifestMap.Entry> entries = new ArrayList<>();
    for (ManifestMap.Entry e : map.entries()) {
      entries.add(new ManifestMap.Entry(e.key(), e.keySpan(), substituted(e.value(), substitute)));
    }
    return new ManifestMap(entries, map.span());
  }

  private static ManifestNode substituted(ManifestNode node, UnaryOperator<String> substitute) {
    if (node instanceof ManifestMap m) {
      return substituted(m, substitute);
    }
    if (node instanceof ManifestList l) {
      return new ManifestList(l.items().stream().map(i -> substituted(i, substitute)).toList(), l.span());
    }
    if (node instanceof ManifestScalar s && s.kind() == ScalarKind.STRING) {
      return new ManifestScalar(substitute.apply(s.value()), s.kind(), s.plain(), s.span());
    }
    return node;
  }

  private static void extraArgs(ManifestNode node, ExternalDnsArgs args, List<ExternalDnsInstance.Unread> unread) {
    if (node instanceof ManifestList list) {
      List<String> raw = new ArrayList<>();
      for (ManifestNode item : list.items()) {
        String s = text(item);
        if (s != null && plain(s)) {
          raw.add(s);
        } else if (s != null) {
          unread.add(new ExternalDnsInstance.Unread("extraArgs", s));
        }
      }
      ExternalDnsArgs parsed = ExternalDnsArgs.parse(raw);
      parsed.copyInto(args);
    } else if (node instanceof ManifestMap map) {
      // Newer charts also take a map: flag name to a value or a list of values.
      for (ManifestMap.Entry e : map.entries()) {
        for (String value : e.value() instanceof ManifestList l ? strings(l) : java.util.Collections.singletonList(text(e.value()))) {
          if (value != null && plain(value)) {
            args.add(e.key().replaceFirst("^--", ""), value);
          } else {
            unread.add(new ExternalDnsInstance.Unread("extraArgs." + e.key(), String.valueOf(value)));
          }
        }
      }
    }
  }

  private static List<String> plainList(ManifestMap values, String key, List<ExternalDnsInstance.Unread> unread) {
    ManifestNode node = values.get(key);
    if (node == null || node.isNull()) {
      return null;
    }
    List<String> items = strings(node);
    if (items.stream().anyMatch(s -> !plain(s))) {
      unread.add(new ExternalDnsInstance.Unread(key, String.join(", ", items.stream().filter(s -> !plain(s)).toList())));
      return items.stream().filter(ExternalDnsDiscovery::plain).toList();
    }
    return items;
  }

  private static void listArg(ManifestMap values, String key, String flag, ExternalDnsArgs args,
      List<ExternalDnsInstance.Unread> unread) {
    List<String> items = plainList(values, key, unread);
    if (items != null) {
      items.forEach(v -> args.add(flag, v));
    }
  }

  private static void scalarArg(ManifestMap values, String key, String flag, ExternalDnsArgs args,
      List<ExternalDnsInstance.Unread> unread) {
    String value = text(values.get(key));
    if (value == null || value.isEmpty()) {
      return;
    }
    if (plain(value)) {
      args.add(flag, value);
    } else {
      unread.add(new ExternalDnsInstance.Unread(key, value));
    }
  }

  /** Not a template: no {{ }} and no ${VAR}. */
  private static boolean plain(String value) {
    return !value.contains("{{") && !value.contains("${");
  }

  private static List<String> strings(ManifestNode node) {
    List<String> result = new ArrayList<>();
    if (node instanceof ManifestList list) {
      for (ManifestNode item : list.items()) {
        String s = text(item);
        if (s != null) {
          result.add(s);
        }
      }
    } else if (text(node) != null) {
      result.add(text(node));
    }
    return result;
  }

  private static String text(ManifestNode node) {
    return node instanceof ManifestScalar s && s.kind() != ScalarKind.NULL ? s.value() : null;
  }
}
