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
 *       domainFilters}, {@code extraArgs}, ...) as the chart turns them into args, and the image
 *       tag or chart version for the version. The chart renders its own RBAC.
 * </ul>
 *
 * Values that are still templates ({@code {{ }}}, {@code ${VAR}}) are not guessed: they are left at
 * external-dns's defaults and named in {@link ExternalDnsInstance#unread()}.
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
    // ConfigMaps by namespace/name: a container's envFrom may read EXTERNAL_DNS_* variables from
    // one.
    Map<String, GenericObject> configMaps = new HashMap<>();
    for (GenericObject o : inventory.manifests().others()) {
      String key = o.metadata().namespace() + "/" + o.metadata().name();
      if (o.kind().equals("OCIRepository")) {
        ociRepositories.putIfAbsent(key, o);
      } else if (o.kind().equals("ConfigMap")) {
        configMaps.put(key, o);
      }
    }
    for (GenericObject o : inventory.manifests().others()) {
      UnaryOperator<String> substitute = UnaryOperator.identity();
      if (WORKLOADS.contains(o.kind()) && o.apiVersion().startsWith("apps/")) {
        workload(o, found, configMaps);
      } else if ((o.kind().equals("HelmRelease")
              && o.apiVersion().startsWith("helm.toolkit.fluxcd.io/"))
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

  private static void workload(
      GenericObject o, List<ExternalDnsInstance> found, Map<String, GenericObject> configMaps) {
    FieldPath pod = FieldPath.parse("spec.template.spec");
    if (!(o.provenance().node(pod.field("containers")) instanceof ManifestList containers)) {
      return;
    }
    for (int i = 0; i < containers.items().size(); i++) {
      if (!(containers.items().get(i) instanceof ManifestMap container)) {
        continue;
      }
      String image = container.text("image");
      FieldPath at = pod.field("containers").index(i);
      ExternalDnsCommandLine line =
          commandLine(container, at, o.metadata().namespace(), configMaps);
      ExternalDnsVersion version = ExternalDnsArgs.imageVersion(image);
      ExternalDnsFlagParser.Parsed parsed = parse(line, version);
      boolean gatewaySource =
          parsed.texts("source").stream().anyMatch(src -> src.startsWith("gateway-"))
              || (!line.entrypointKnown()
                  && strings(container.get("command")).stream()
                      .anyMatch(a -> a.contains("--source=gateway-")));
      if (!(image != null && image.contains("external-dns")) && !gatewaySource) {
        continue;
      }
      ExternalDnsArgs args = ExternalDnsArgs.of(parsed);
      String label = o.kind() + " " + o.ref().namespacedName();
      ExternalDnsOptions.Builder options = ExternalDnsOptions.builder().origin(label);
      args.applyTo(options);
      options.origin(label + ", image " + image).version(version);
      String account = text(o.provenance().node(pod.field("serviceAccountName")));
      if (account == null) {
        account = text(o.provenance().node(pod.field("serviceAccount")));
      }
      FieldPath argsAt =
          at.field(
              container.get("args") != null
                  ? "args"
                  : container.get("command") != null ? "command" : "image");
      found.add(
          new ExternalDnsInstance(
              o,
              options.build(),
              argsAt,
              args.sources(),
              o.metadata().namespace() + "/" + (account == null ? "default" : account),
              unread(parsed, line),
              line));
    }
  }

  /**
   * The command line of a container: its {@code args} after a {@code command} that runs the
   * external-dns binary (a shell as the command: not known), its {@code env}, and the variables of
   * the ConfigMaps its {@code envFrom} names.
   */
  private static ExternalDnsCommandLine commandLine(
      ManifestMap container,
      FieldPath at,
      String namespace,
      Map<String, GenericObject> configMaps) {
    List<ExternalDnsCommandLine.Arg> args = new ArrayList<>();
    boolean known = true;
    if (container.get("command") instanceof ManifestList command && !command.items().isEmpty()) {
      String binary = text(command.items().get(0));
      known =
          binary != null && binary.substring(binary.lastIndexOf('/') + 1).contains("external-dns");
      for (int k = 1; known && k < command.items().size(); k++) {
        String s = text(command.items().get(k));
        args.add(new ExternalDnsCommandLine.Arg(s == null ? "" : s, at.field("command").index(k)));
      }
    }
    if (container.get("args") instanceof ManifestList list) {
      for (int k = 0; k < list.items().size(); k++) {
        String s = text(list.items().get(k));
        args.add(new ExternalDnsCommandLine.Arg(s == null ? "" : s, at.field("args").index(k)));
      }
    }
    List<ExternalDnsCommandLine.Env> env = new ArrayList<>();
    List<String> unreadSources = new ArrayList<>();
    if (container.get("envFrom") instanceof ManifestList from) {
      for (int k = 0; k < from.items().size(); k++) {
        if (!(from.items().get(k) instanceof ManifestMap source)) {
          continue;
        }
        String prefix = source.text("prefix") == null ? "" : source.text("prefix");
        if (source.get("configMapRef") instanceof ManifestMap ref && ref.text("name") != null) {
          GenericObject map = configMaps.get(namespace + "/" + ref.text("name"));
          if (map != null
              && map.provenance().node(FieldPath.parse("data")) instanceof ManifestMap data) {
            for (ManifestMap.Entry e : data.entries()) {
              env.add(
                  new ExternalDnsCommandLine.Env(
                      prefix + e.key(),
                      text(e.value()) == null ? "" : text(e.value()),
                      at.field("envFrom").index(k)));
            }
          } else if (map == null) {
            unreadSources.add(
                "ConfigMap " + namespace + "/" + ref.text("name") + " (not in the manifests)");
          }
        } else if (source.get("secretRef") instanceof ManifestMap ref) {
          unreadSources.add("Secret " + namespace + "/" + ref.text("name"));
        }
      }
    }
    // Variables of env come after those of envFrom, and win over them, as the kubelet sets them.
    env.addAll(ExternalDnsChartArgs.env(container.get("env"), at.field("env")));
    return known
        ? new ExternalDnsCommandLine(args, env, unreadSources, List.of(), true)
        : new ExternalDnsCommandLine(List.of(), env, unreadSources, List.of(), false);
  }

  /**
   * The command line parsed with the flags of {@code version} (or of the newest release, when it is
   * not known).
   */
  static ExternalDnsFlagParser.Parsed parse(
      ExternalDnsCommandLine line, ExternalDnsVersion version) {
    ExternalDnsFlags flags =
        ExternalDnsFlags.of(version == null ? new ExternalDnsVersion(0, 23, 0) : version);
    return flags == null
        ? ExternalDnsFlagParser.parse(line, ExternalDnsFlags.oldest(), true)
        : ExternalDnsFlagParser.parse(line, flags, false);
  }

  /** The flags set from a Secret's key, which gwdns cannot read. */
  private static List<ExternalDnsInstance.Unread> unread(
      ExternalDnsFlagParser.Parsed parsed, ExternalDnsCommandLine line) {
    List<ExternalDnsInstance.Unread> out = new ArrayList<>();
    parsed
        .values()
        .forEach(
            (name, values) -> {
              if (values.stream().anyMatch(ExternalDnsFlagParser.Value::unknown)) {
                out.add(new ExternalDnsInstance.Unread("--" + name, "from a Secret (valueFrom)"));
              }
            });
    line.envFrom()
        .forEach(
            source ->
                out.add(
                    new ExternalDnsInstance.Unread(
                        "envFrom", source + ", which may set any EXTERNAL_DNS_* variable")));
    return out;
  }

  private static ExternalDnsInstance helmRelease(
      GenericObject release,
      Map<String, GenericObject> ociRepositories,
      UnaryOperator<String> substitute) {
    String[] chart = chartOf(release, ociRepositories);
    if (chart == null) {
      return null;
    }
    String chartVersion = chart[0];
    ManifestNode valuesNode = release.provenance().node(FieldPath.parse("spec.values"));
    ManifestMap values =
        substituted(
            valuesNode instanceof ManifestMap m
                ? m
                : new ManifestMap(List.of(), release.provenance().root().span()),
            substitute);
    String label = release.kind() + " " + release.ref().namespacedName();
    List<ExternalDnsInstance.Unread> unread = new ArrayList<>();
    String namespace = text(release.provenance().node(FieldPath.parse("spec.targetNamespace")));
    ExternalDnsVersion chart1 = ExternalDnsVersion.parse(chartVersion);
    ExternalDnsCommandLine line =
        ExternalDnsChartArgs.of(
            values,
            FieldPath.parse("spec.values"),
            chart1 != null && chart1.major() == 1 ? chart1.minor() : -1,
            namespace != null ? namespace : release.metadata().namespace(),
            unread);
    ExternalDnsOptions.Builder options = ExternalDnsOptions.builder().origin(label);
    ManifestNode image = values.get("image");
    ExternalDnsVersion version =
        image instanceof ManifestMap i ? ExternalDnsVersion.parse(text(i.get("tag"))) : null;
    String origin;
    if (version != null) {
      origin = label + ", values image.tag";
    } else {
      version = ExternalDnsVersion.ofChart(chartVersion);
      origin =
          version == null
              ? label
              : "chart "
                  + chartVersion
                  + " from "
                  + chart[1]
                  + ", which ships external-dns "
                  + version;
    }
    ExternalDnsFlagParser.Parsed parsed = parse(line, version);
    ExternalDnsArgs args = ExternalDnsArgs.of(parsed);
    args.applyTo(options);
    options.origin(origin).version(version);
    unread.addAll(unread(parsed, line));
    return new ExternalDnsInstance(
        release,
        options.build(),
        FieldPath.parse(valuesNode != null ? "spec.values" : "spec"),
        args.sources(),
        null,
        unread,
        line);
  }

  /**
   * When {@code release} installs the external-dns chart: its version ("" when the version is not
   * pinned) and where that version is written, for explain; else null. The chart is {@code
   * spec.chart.spec.chart}, or a {@code spec.chartRef} to an OCIRepository whose URL is
   * external-dns's (its {@code spec.ref.tag} is the chart version).
   */
  private static String[] chartOf(
      GenericObject release, Map<String, GenericObject> ociRepositories) {
    String label = release.kind() + " " + release.ref().namespacedName();
    if (release.kind().equals(HELM_CHART)) {
      String name = text(release.provenance().node(FieldPath.parse("spec.name")));
      if (!"external-dns".equals(name)) {
        return null;
      }
      String version = text(release.provenance().node(FieldPath.parse("spec.version")));
      return new String[] {
        version == null ? "" : version, "the helmCharts version in " + release.provenance().file()
      };
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
    String refNamespace =
        text(release.provenance().node(FieldPath.parse("spec.chartRef.namespace")));
    String namespace = refNamespace != null ? refNamespace : release.metadata().namespace();
    GenericObject o = ociRepositories.get(namespace + "/" + refName);
    if (o != null) {
      String url = text(o.provenance().node(FieldPath.parse("spec.url")));
      if (url == null || !url.endsWith("/external-dns")) {
        return null;
      }
      String tag = text(o.provenance().node(FieldPath.parse("spec.ref.tag")));
      return new String[] {
        tag == null ? "" : tag,
        "spec.ref.tag of OCIRepository "
            + namespace
            + "/"
            + refName
            + " ("
            + o.provenance().file()
            + ")"
      };
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
      return new ManifestList(
          l.items().stream().map(i -> substituted(i, substitute)).toList(), l.span());
    }
    if (node instanceof ManifestScalar s && s.kind() == ScalarKind.STRING) {
      return new ManifestScalar(substitute.apply(s.value()), s.kind(), s.plain(), s.span());
    }
    return node;
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
