package io.github.gwdns.core.render;

import io.github.gwdns.core.finding.ObjectRef;
import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.load.ManifestScalar;
import io.github.gwdns.core.render.chart.ChartRef;
import io.github.gwdns.core.render.chart.ChartRelease;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The Helm releases among a cluster's objects, with what their installing tool gives the chart:
 * Flux HelmReleases (values already merged with {@code valuesFrom}) and kustomize {@code
 * helmCharts} entries.
 */
final class ChartCarriers {
  private ChartCarriers() {}

  /**
   * Every release {@code objects} install, in their order.
   *
   * @param defaultNamespace the namespace of a carrier that sets none
   */
  static List<ChartRelease> find(List<RenderedObject> objects, String defaultNamespace) {
    Map<String, RenderedObject> sources = new HashMap<>();
    for (RenderedObject o : objects) {
      if (o.group().equals("source.toolkit.fluxcd.io")) {
        sources.put(o.kind() + "/" + o.namespace() + "/" + o.name(), o);
      }
    }
    List<ChartRelease> releases = new ArrayList<>();
    for (RenderedObject o : objects) {
      if (o.is("helm.toolkit.fluxcd.io", "HelmRelease")
          && o.root().get("spec") instanceof ManifestMap spec) {
        releases.add(helmRelease(o, spec, sources, defaultNamespace));
      } else if (o.kind().equals(KustomizeBuilder.HELM_CHART_KIND)
          && o.root().get("spec") instanceof ManifestMap spec) {
        releases.add(helmChart(o, spec, defaultNamespace));
      } else if (o.kind().equals(ArgoWalk.HELM_SOURCE_KIND)
          && o.root().get("spec") instanceof ManifestMap spec) {
        releases.add(argoHelmSource(o, spec, defaultNamespace));
      }
    }
    return releases;
  }

  /** A Flux HelmRelease, as helm-controller installs it. */
  private static ChartRelease helmRelease(
      RenderedObject release,
      ManifestMap spec,
      Map<String, RenderedObject> sources,
      String defaultNamespace) {
    String ownNamespace = release.namespace().isEmpty() ? defaultNamespace : release.namespace();
    String label = "HelmRelease " + ownNamespace + "/" + release.name();
    String target = nonEmpty(spec.text("targetNamespace"));
    String name = nonEmpty(spec.text("releaseName"));
    if (name == null) {
      name = target == null ? release.name() : target + "-" + release.name();
    }
    boolean schema =
        !"true".equals(text(spec, "install", "disableSchemaValidation"))
            && !"true".equals(text(spec, "upgrade", "disableSchemaValidation"));
    ObjectRef ref =
        new ObjectRef("helm.toolkit.fluxcd.io", "HelmRelease", ownNamespace, release.name());
    ChartRef chart = chartOf(release, spec, sources);
    if (target != null) {
      return release(
          release,
          ref,
          shorten(name),
          target,
          (ManifestScalar) spec.get("targetNamespace"),
          NamespaceSource.HELM,
          "spec.targetNamespace of " + label + " (" + release.where() + ")",
          chart,
          "spec.values",
          schema);
    }
    return release(
        release,
        ref,
        shorten(name),
        ownNamespace,
        namespaceNode(release),
        namespaceSource(release),
        namespaceOrigin(release),
        chart,
        "spec.values",
        schema);
  }

  /** A kustomize {@code helmCharts} entry, as kustomize inflates it with {@code helm template}. */
  private static ChartRelease helmChart(
      RenderedObject entry, ManifestMap spec, String defaultNamespace) {
    String namespace = entry.namespace().isEmpty() ? defaultNamespace : entry.namespace();
    ChartRef chart =
        new ChartRef(
            spec.text("name"),
            spec.text("repo"),
            spec.text("version"),
            "the helmCharts version in " + entry.file());
    return release(
        entry,
        new ObjectRef("", KustomizeBuilder.HELM_CHART_KIND, entry.namespace(), entry.name()),
        entry.name(),
        namespace,
        namespaceNode(entry),
        namespaceSource(entry),
        namespaceOrigin(entry),
        chart,
        "spec.values",
        true);
  }

  /**
   * An Argo CD Application's Helm chart source, as Argo CD renders it with {@code helm template}.
   */
  private static ChartRelease argoHelmSource(
      RenderedObject source, ManifestMap spec, String defaultNamespace) {
    String application = spec.text("application");
    int slash = application.indexOf('/');
    ObjectRef ref =
        new ObjectRef(
            ArgoWalk.GROUP,
            "Application",
            slash <= 0 ? "" : application.substring(0, slash),
            application.substring(slash + 1));
    String repository = spec.text("repoURL") == null ? "" : spec.text("repoURL");
    String name = spec.text("chart");
    if (repository.startsWith("oci://") || !repository.contains("://")) {
      // An OCI repository URL names the registry path; the chart is the last segment under it.
      repository =
          (repository.startsWith("oci://") ? "" : "oci://")
              + repository.replaceAll("/+$", "")
              + "/"
              + name;
    }
    ChartRef chart =
        new ChartRef(
            name,
            repository,
            spec.text("targetRevision"),
            "spec.source.targetRevision of Argo CD Application "
                + ref.namespacedName()
                + " ("
                + source.file()
                + ")");
    String namespace = source.namespace().isEmpty() ? defaultNamespace : source.namespace();
    return release(
        source,
        ref,
        source.name(),
        namespace,
        namespaceNode(source),
        namespaceSource(source),
        namespaceOrigin(source),
        chart,
        "spec.values",
        true);
  }

  private static ManifestScalar namespaceNode(RenderedObject o) {
    return TreeEdit.get(o.root(), List.of("metadata", "namespace")) instanceof ManifestScalar s
            && !s.isNull()
        ? s
        : null;
  }

  private static NamespaceSource namespaceSource(RenderedObject o) {
    if (o.namespace().isEmpty()) {
      return NamespaceSource.DEFAULT;
    }
    return o.namespaceSource() == null ? NamespaceSource.METADATA : o.namespaceSource();
  }

  private static String namespaceOrigin(RenderedObject o) {
    if (o.namespace().isEmpty()) {
      return "--default-namespace (" + o.kind() + " " + o.name() + " sets no namespace)";
    }
    return o.namespaceOrigin() == null ? "metadata.namespace in " + o.where() : o.namespaceOrigin();
  }

  private static ChartRelease release(
      RenderedObject carrier,
      ObjectRef ref,
      String name,
      String namespace,
      ManifestScalar namespaceNode,
      NamespaceSource source,
      String origin,
      ChartRef chart,
      String valuesPath,
      boolean schema) {
    List<Object> path = List.of((Object[]) valuesPath.split("\\."));
    ManifestNode node = TreeEdit.get(carrier.root(), path);
    ManifestMap values =
        node instanceof ManifestMap m ? m : TreeEdit.emptyMap(carrier.root().span().start());
    String valuesFile = carrier.fileAt(path);
    Map<ManifestNode, String> files =
        ChartRelease.files(values, valuesFile, carrier.file(), carrier.grafts());
    return new ChartRelease(
        carrier,
        ref,
        name,
        namespace,
        namespaceNode,
        source,
        origin,
        chart,
        null,
        values,
        files,
        carrier.file(),
        valuesPath,
        schema);
  }

  /**
   * Which chart a HelmRelease installs: {@code spec.chart.spec}, or the source {@code
   * spec.chartRef} names.
   */
  private static ChartRef chartOf(
      RenderedObject release, ManifestMap spec, Map<String, RenderedObject> sources) {
    String label = "HelmRelease " + release.namespace() + "/" + release.name();
    if (spec.get("chart") instanceof ManifestMap chart
        && chart.get("spec") instanceof ManifestMap chartSpec) {
      String name = chartSpec.text("chart");
      String repository = "";
      if (chartSpec.get("sourceRef") instanceof ManifestMap ref && ref.text("name") != null) {
        String namespace =
            nonEmpty(ref.text("namespace")) == null ? release.namespace() : ref.text("namespace");
        RenderedObject source =
            sources.get(ref.text("kind") + "/" + namespace + "/" + ref.text("name"));
        if (source != null && "HelmRepository".equals(ref.text("kind"))) {
          String url = text(source.root(), "spec", "url");
          repository = url == null ? "" : url;
          if ("oci".equals(text(source.root(), "spec", "type")) && name != null) {
            repository = repository.replaceAll("/+$", "") + "/" + name;
          }
        } else if (source != null) {
          repository = ref.text("kind") + " " + namespace + "/" + ref.text("name");
        }
      }
      return new ChartRef(
          name == null ? "" : lastSegment(name),
          repository,
          chartSpec.text("version"),
          "spec.chart.spec.version of " + label);
    }
    if (spec.get("chartRef") instanceof ManifestMap ref && ref.text("name") != null) {
      String namespace =
          nonEmpty(ref.text("namespace")) == null ? release.namespace() : ref.text("namespace");
      String kind = ref.text("kind") == null ? "OCIRepository" : ref.text("kind");
      RenderedObject source = sources.get(kind + "/" + namespace + "/" + ref.text("name"));
      String sourceLabel = kind + " " + namespace + "/" + ref.text("name");
      if (source != null && kind.equals("OCIRepository")) {
        String url = text(source.root(), "spec", "url");
        String tag = text(source.root(), "spec", "ref", "tag");
        String semver = text(source.root(), "spec", "ref", "semver");
        String version = tag != null ? tag : semver;
        return new ChartRef(
            url == null ? ref.text("name") : lastSegment(url),
            url,
            version,
            (tag != null ? "spec.ref.tag of " : "spec.ref.semver of ")
                + sourceLabel
                + " ("
                + source.file()
                + ")");
      }
      if (source != null && kind.equals("HelmChart")) {
        return new ChartRef(
            text(source.root(), "spec", "chart"),
            sourceLabel,
            text(source.root(), "spec", "version"),
            "spec.version of " + sourceLabel);
      }
      // The source is not in the repository: its name most often is the chart's.
      return new ChartRef(
          ref.text("name"), "", "", sourceLabel + " is not in the repository", false);
    }
    return new ChartRef("", "", "", "");
  }

  /**
   * helm-controller's release name: one longer than 53 characters is cut to 40, a hyphen and the
   * first 12 hex digits of its SHA-256.
   */
  static String shorten(String name) {
    if (name.length() <= 53) {
      return name;
    }
    try {
      byte[] sum =
          MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      return name.substring(0, 40) + "-" + HexFormat.of().formatHex(sum).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  private static String lastSegment(String path) {
    String trimmed = path.replaceAll("/+$", "");
    return trimmed.substring(trimmed.lastIndexOf('/') + 1);
  }

  private static String nonEmpty(String text) {
    return text == null || text.isEmpty() ? null : text;
  }

  private static String text(ManifestNode root, String... path) {
    ManifestNode node = TreeEdit.get(root, List.of((Object[]) path));
    return node instanceof ManifestScalar s && !s.isNull() ? s.value() : null;
  }
}
