package io.github.gwdns.core.render.chart;

import io.github.gwdns.core.finding.ObjectRef;
import io.github.gwdns.core.finding.SourceRange;
import io.github.gwdns.core.load.ManifestList;
import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.load.ManifestScalar;
import io.github.gwdns.core.render.NamespaceSource;
import io.github.gwdns.core.render.RenderedObject;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One Helm release a cluster installs: the object that carries it (a Flux HelmRelease, a kustomize
 * {@code helmCharts} entry, an Argo CD Application's Helm source), its release name and namespace
 * as the installing tool computes them, the chart, and the values as Helm receives them, each value
 * node still in the file that writes it.
 *
 * @param carrier the object that holds the values
 * @param carrierRef its identity, for findings and suppressions
 * @param releaseName {@code .Release.Name}
 * @param releaseNamespace {@code .Release.Namespace}
 * @param namespaceNode the node that sets the release namespace (the carrier's {@code
 *     metadata.namespace}, a {@code targetNamespace}), or null when nothing does
 * @param namespaceSource who sets the release namespace, as for a manifest's namespace
 * @param namespaceOrigin that, in words, for {@code explain}
 * @param chart the chart it installs
 * @param chartDescription the chart in words, with how gwdns identified it when not by its source
 *     ({@code app-template 5.1.0}, {@code app-template (version not pinned; rendered as 5.2.1)})
 * @param values the values, merged as the tool merges them (an empty mapping when none)
 * @param files the file of each value node that is not in {@code defaultFile}, by identity
 * @param defaultFile the file of every other value node
 * @param valuesPath where the values are in the carrier, for messages ({@code spec.values})
 * @param schemaValidation whether the tool validates the values against the chart's schema
 */
public record ChartRelease(
    RenderedObject carrier,
    ObjectRef carrierRef,
    String releaseName,
    String releaseNamespace,
    ManifestScalar namespaceNode,
    NamespaceSource namespaceSource,
    String namespaceOrigin,
    ChartRef chart,
    String chartDescription,
    ManifestMap values,
    Map<ManifestNode, String> files,
    String defaultFile,
    String valuesPath,
    boolean schemaValidation) {

  public ChartRelease {
    Objects.requireNonNull(carrier, "carrier");
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(namespaceSource, "namespaceSource");
    chartDescription =
        chartDescription == null || chartDescription.isEmpty() ? chart.display() : chartDescription;
    files = java.util.Collections.unmodifiableMap(new IdentityHashMap<>(files));
  }

  /**
   * The release in words: {@code HelmRelease default/atuin}, {@code Application argocd/web}, or for
   * a kustomize {@code helmCharts} entry, {@code helmCharts release wiki/wikijs of
   * apps/wiki/kustomization.yaml}.
   */
  public String label() {
    if (carrierRef.kind().equals("HelmChartInflationGenerator")) {
      return "helmCharts release "
          + (releaseNamespace.isEmpty() ? "" : releaseNamespace + "/")
          + releaseName
          + " of "
          + carrier.file();
    }
    return carrierRef.kind() + " " + carrierRef.namespacedName();
  }

  /** This release, its chart described as {@code description}. */
  public ChartRelease describedAs(String description) {
    return new ChartRelease(
        carrier,
        carrierRef,
        releaseName,
        releaseNamespace,
        namespaceNode,
        namespaceSource,
        namespaceOrigin,
        chart,
        description,
        values,
        files,
        defaultFile,
        valuesPath,
        schemaValidation);
  }

  /** The node that sets the release namespace, or null. */
  public ManifestScalar carrierNamespaceNode() {
    return namespaceNode;
  }

  /** The file that writes {@code node}. */
  public String fileOf(ManifestNode node) {
    String file = files.get(node);
    if (file != null) {
      return file;
    }
    String graft = carrier.grafts().get(node);
    return graft != null ? graft : defaultFile;
  }

  /** Where {@code node} is. */
  public SourceRange range(ManifestNode node) {
    return node.span().in(fileOf(node));
  }

  /**
   * The files of every node of {@code values}, by identity, for the nodes that are not in {@code
   * defaultFile}: a node inherits its parent's file unless {@code grafts} names another.
   */
  public static Map<ManifestNode, String> files(
      ManifestNode values,
      String valuesFile,
      String defaultFile,
      Map<ManifestNode, String> grafts) {
    Map<ManifestNode, String> out = new IdentityHashMap<>();
    walk(values, valuesFile, defaultFile, grafts, out);
    return out;
  }

  private static void walk(
      ManifestNode node,
      String inherited,
      String defaultFile,
      Map<ManifestNode, String> grafts,
      Map<ManifestNode, String> out) {
    String file = grafts.getOrDefault(node, inherited);
    if (!file.equals(defaultFile)) {
      out.put(node, file);
    }
    if (node instanceof ManifestMap map) {
      for (ManifestMap.Entry e : map.entries()) {
        walk(e.value(), file, defaultFile, grafts, out);
      }
    } else if (node instanceof ManifestList list) {
      for (ManifestNode item : list.items()) {
        walk(item, file, defaultFile, grafts, out);
      }
    }
  }
}
