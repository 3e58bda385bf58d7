package io.github.gwdns.core;

import io.github.gwdns.core.attach.Attachments;
import io.github.gwdns.core.deploy.ExternalDnsInstance;
import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.finding.Notice;
import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.model.Inventory;
import io.github.gwdns.core.model.Manifests;
import io.github.gwdns.core.predict.DnsPlan;
import io.github.gwdns.core.rules.Causes;
import java.util.List;
import java.util.Map;

/**
 * Everything an analysis produced: plain data, sorted the way users see it.
 *
 * <p>A repository may hold several clusters (each with its own Gateways and external-dns). The
 * findings, notices, plans and instances here are those of all of them; the per-inventory parts
 * ({@code manifests}, {@code inventory}, {@code attachments}, {@code plan}, {@code causes}) are the
 * first cluster's: read every cluster's from {@link #clusters()}, each an {@code AnalysisResult} of
 * its own.
 *
 * @param findings every finding, sorted by file, position and rule
 * @param notices messages about the run itself (symlinks not followed, unreadable directories)
 * @param manifests the decoded objects
 * @param inventory the objects indexed by identity
 * @param attachments what a conformant Gateway controller decides for every route parentRef
 * @param plan what external-dns would publish
 * @param causes why each route parentRef without a record has none
 * @param stats counts for summaries
 * @param plans one plan per external-dns instance the manifests deploy (or the one plan of the
 *     given options); {@code plan} is the first
 * @param instances every external-dns the manifests deploy
 * @param unreadable the inputs that could not be read, as {@code path: reason}, sorted: the
 *     analysis covers the rest, and callers exit as after an I/O error
 * @param internalErrors bugs in gwdns met on parts of the input, each contained to its part (a
 *     file, an object, a rule): the rest is analyzed, and callers exit as after an internal error
 * @param cluster this result's cluster: {@code ""} for the only one, or for the whole of several
 * @param clusters the result of each cluster (this result alone when there is one)
 * @param files the role of every file read, by path ({@code RESOURCE} for the manifests analyzed)
 */
public record AnalysisResult(
    List<Finding> findings,
    List<Notice> notices,
    Manifests manifests,
    Inventory inventory,
    Attachments attachments,
    DnsPlan plan,
    Causes causes,
    Stats stats,
    List<InstancePlan> plans,
    List<ExternalDnsInstance> instances,
    List<String> unreadable,
    List<io.github.gwdns.core.finding.InternalError> internalErrors,
    String cluster,
    List<AnalysisResult> clusters,
    Map<String, io.github.gwdns.core.render.FileRole> files) {

  /**
   * Counts of what was read.
   *
   * @param files files read
   * @param documents non-empty YAML documents
   * @param objects Kubernetes objects decoded
   * @param nonKubernetes documents skipped because they are not Kubernetes objects
   * @param bytes bytes read
   * @param objectsByKind decoded objects per kind, sorted by kind
   * @param phaseNanos wall time of each phase of the analysis (load, decode+index, attach, predict,
   *     rules), in order: for profiles, never for output users compare
   */
  public record Stats(
      int files,
      int documents,
      int objects,
      int nonKubernetes,
      long bytes,
      Map<String, Integer> objectsByKind,
      Map<String, Long> phaseNanos) {
    public Stats {
      objectsByKind =
          java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(objectsByKind));
      phaseNanos = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(phaseNanos));
    }
  }

  public AnalysisResult {
    findings = List.copyOf(findings);
    notices = List.copyOf(notices);
    plans = List.copyOf(plans);
    instances = List.copyOf(instances);
    unreadable = List.copyOf(unreadable);
    internalErrors = List.copyOf(internalErrors);
    clusters = clusters == null ? null : List.copyOf(clusters);
    files =
        files == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(files));
  }

  /** The result of each cluster: this one alone when the input holds one. */
  @Override
  public List<AnalysisResult> clusters() {
    return clusters == null || clusters.isEmpty() ? List.of(this) : clusters;
  }

  /** True when the input holds more than one cluster. */
  public boolean severalClusters() {
    return clusters().size() > 1;
  }

  /** This result with other findings, e.g. only those a change introduces. */
  public AnalysisResult withFindings(List<Finding> only) {
    return new AnalysisResult(
        only,
        notices,
        manifests,
        inventory,
        attachments,
        plan,
        causes,
        stats,
        plans,
        instances,
        unreadable,
        internalErrors,
        cluster,
        clusters,
        files);
  }

  /** How many findings that count (not suppressed) have exactly {@code severity}. */
  public long count(Severity severity) {
    return findings.stream().filter(f -> f.active() && f.severity() == severity).count();
  }

  /** How many findings are suppressed. */
  public long suppressed() {
    return findings.stream().filter(f -> !f.active()).count();
  }

  /**
   * True when some finding that counts is at or above {@code threshold}; {@code null} means
   * "never".
   */
  public boolean hasFindingsAtOrAbove(Severity threshold) {
    return threshold != null
        && findings.stream().anyMatch(f -> f.active() && f.severity().isAtLeast(threshold));
  }
}
