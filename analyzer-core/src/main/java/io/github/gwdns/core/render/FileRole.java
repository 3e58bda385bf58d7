package io.github.gwdns.core.render;

/**
 * What a file is to the clusters that read it. A file is a manifest only when some cluster applies
 * it as a resource; the others are read for what they are (a kustomization, a patch, Helm values)
 * and never reported as broken manifests.
 */
public enum FileRole {
  /** Applied as a resource: its objects are analyzed, its problems reported. */
  RESOURCE("manifest", "manifests"),
  /** A kustomization or component. */
  KUSTOMIZATION("kustomize file", "kustomize files"),
  /** A kustomize patch. */
  PATCH("kustomize patch", "kustomize patches"),
  /** A kustomize replacements file. */
  REPLACEMENT("kustomize replacements file", "kustomize replacements files"),
  /** Read by a configMapGenerator or secretGenerator as data. */
  GENERATOR_INPUT("generator input", "generator inputs"),
  /** Helm values: a helmCharts valuesFile, or a values*.yaml file. */
  HELM_VALUES("Helm values file", "Helm values files"),
  /**
   * Part of a Helm chart (a directory with Chart.yaml): rendered by Helm, not applied as written.
   */
  HELM_CHART("Helm chart file", "Helm chart files"),
  /** A helmfile. */
  HELMFILE("helmfile", "helmfiles"),
  /** SOPS-encrypted, without a Kubernetes object (a Talos secret, an env file). */
  SOPS("SOPS-encrypted file", "SOPS-encrypted files"),
  /** Talos or talhelper configuration. */
  TALOS("Talos config", "Talos configs"),
  /** An Ansible playbook, inventory, or a role's file (its Jinja templates among them). */
  ANSIBLE("Ansible file", "Ansible files"),
  /** A Renovate configuration. */
  RENOVATE("Renovate config", "Renovate configs"),
  /** A Docker Compose file. */
  COMPOSE("Docker Compose file", "Docker Compose files"),
  /** A Taskfile. */
  TASKFILE("Taskfile", "Taskfiles"),
  /** A baseline or report gwdns wrote (JSON, SARIF): output of an earlier run, not input. */
  GWDNS_OUTPUT("gwdns baseline or report", "gwdns baselines and reports"),
  /** Holds Kubernetes objects, but no cluster found applies it. */
  NOT_APPLIED("file no cluster applies", "files no cluster applies"),
  /** Holds no Kubernetes object: configuration of another tool. */
  NOT_KUBERNETES(
      "other file without apiVersion and kind", "other files without apiVersion and kind"),
  /**
   * Does not parse, and declares no object: another tool's file (JSON with comments, a template).
   */
  UNPARSED(
      "file that does not parse and declares no apiVersion and kind",
      "files that do not parse and declare no apiVersion and kind");

  private final String singular;
  private final String plural;

  FileRole(String singular, String plural) {
    this.singular = singular;
    this.plural = plural;
  }

  /** The role's id in the JSON report: {@code helm-values}, {@code not-applied}. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** A count of such files, in words: "1 Helm values file", "12 Helm values files". */
  public String count(int n) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
