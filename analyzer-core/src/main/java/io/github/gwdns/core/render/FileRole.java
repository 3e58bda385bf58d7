package io.github.gwdns.core.render;

/**
 * What a file is to the clusters that read it. A file is a manifest only when some cluster applies
 * it as a resource; the others are read for what they are (a kustomization, a patch, Helm values)
 * and never reported as broken manifests.
 */
public enum FileRole {
  /** Applied as a resource: its objects are analyzed, its problems reported. */
  RESOURCE("manifests"),
  /** A kustomization or component. */
  KUSTOMIZATION("kustomize files"),
  /** A kustomize patch. */
  PATCH("kustomize patches"),
  /** A kustomize replacements file. */
  REPLACEMENT("kustomize replacements"),
  /** Read by a configMapGenerator or secretGenerator as data. */
  GENERATOR_INPUT("generator inputs"),
  /** Helm values: a helmCharts valuesFile, or a values*.yaml file. */
  HELM_VALUES("Helm values files"),
  /** Part of a Helm chart (a directory with Chart.yaml): rendered by Helm, not applied as written. */
  HELM_CHART("Helm chart files"),
  /** A helmfile. */
  HELMFILE("helmfile files"),
  /** Holds Kubernetes objects, but no cluster found applies it. */
  NOT_APPLIED("files no cluster applies"),
  /** Holds no Kubernetes object: configuration of another tool. */
  NOT_KUBERNETES("other files without apiVersion and kind"),
  /** Does not parse, and declares no object: another tool's file (JSON with comments, a template). */
  UNPARSED("files that do not parse and declare no apiVersion and kind");

  private final String plural;

  FileRole(String plural) {
    this.plural = plural;
  }

  /** The role's id in the JSON report: {@code helm-values}, {@code not-applied}. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** How a count of such files is named: "12 Helm values files". */
  public String plural() {
    return plural;
  }
}
