package io.github.gwdns.core.rules.manifest;

import io.github.gwdns.core.finding.ManifestProblem;
import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.rules.Rule;
import io.github.gwdns.core.rules.RuleContext;
import io.github.gwdns.core.rules.RuleInfo;

@RuleInfo(
    id = "invalid-manifest",
    severity = Severity.ERROR,
    otherLevels = {Severity.WARNING, Severity.NOTE},
    summary = "Input the API server would reject, or that gwdns cannot read",
    description =
        "A file that is not valid YAML, JSON or UTF-8, a document with duplicate keys, an"
            + " unrendered Helm template, or a Gateway API object the API server rejects (a field of the wrong"
            + " type, a missing required field, an invalid hostname, a listener the CRD's rules forbid). kubectl,"
            + " Flux and Argo CD refuse such a document, so its object never reaches the cluster.",
    remediation =
        "Fix the field the message names; analyze rendered output (helm template, kustomize"
            + " build) rather than templates",
    tags = {"manifest"})
public final class InvalidManifestRule implements Rule {
  @Override
  public void check(RuleContext ctx) {
    for (ManifestProblem p : ctx.input().problems()) {
      String message =
          p.object() == null
              ? p.message()
              : p.object().kind() + " " + p.object().namespacedName() + ": " + p.message();
      // Identity without line numbers: the object (or, when none is known, the file: the context
      // adds
      // it), the kind of problem and the field, plus the message with its digits removed (they
      // carry
      // positions). Moving the file keeps an object's finding.
      ctx.report(p.range(), p.object(), message)
          .lead(lead(p))
          .severity(p.severity() == Severity.ERROR ? ctx.severityDefault() : p.severity())
          .key(p.code(), p.field(), message.replaceAll("[0-9]+", "#"))
          .add();
    }
  }

  /** The plain first sentence: what the problem does to what gets applied. */
  private static String lead(ManifestProblem p) {
    String who = p.object() == null ? null : p.object().kind() + " " + p.object().namespacedName();
    if (p.severity() != Severity.ERROR) {
      return (who == null ? "Part of this file" : who + ": part of it")
          + " does not take effect as written.";
    }
    if (p.message().startsWith("file not read")) {
      return "gwdns did not read this file, so it checks nothing in it.";
    }
    return who == null
        ? "This file cannot be read as Kubernetes manifests, so gwdns checks nothing it declares."
        : who + " is refused by the cluster as written, so it is never applied.";
  }
}
