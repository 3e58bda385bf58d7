package io.github.gwdns.core.rules.manifest;

import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.finding.SourceRange;
import io.github.gwdns.core.rules.Rule;
import io.github.gwdns.core.rules.RuleContext;
import io.github.gwdns.core.rules.RuleInfo;

@RuleInfo(
    id = "no-objects",
    severity = Severity.WARNING,
    summary = "The input holds no Kubernetes object, so nothing was checked",
    description =
        "gwdns read the input but found no Kubernetes object in it (or, in a repository of several"
            + " clusters, none that one cluster applies): a directory of Helm charts or values, a path with a typo, or"
            + " --include/--exclude globs that leave everything out. A check that sees nothing passes whatever the"
            + " repository holds, so the run says so.",
    remediation =
        "Analyze the directory that holds the manifests; render charts first (`helm template ... | gwdns check -`);"
            + " check --include and --exclude and the notices, which list the files that are not manifests",
    tags = {"manifest"})
public final class NoObjectsRule implements Rule {
  @Override
  public void check(RuleContext ctx) {
    if (!ctx.inventory().manifests().objects().isEmpty()
        || !ctx.input().problems().isEmpty()
        || ctx.input().unreadObjects() > 0) {
      return;
    }
    ctx.report(
            SourceRange.startOf("."),
            null,
            "No Kubernetes object in the analyzed input: gwdns checked nothing, so no DNS record is predicted and no problem can"
                + " be found. Fix: analyze the directory that holds the manifests (the notices list the files read that are"
                + " not manifests), render charts first (`helm template ... | gwdns check -`), or check --include and --exclude.")
        .lead("gwdns found nothing to check: the input holds no Kubernetes object.")
        .key("empty")
        .add();
  }
}
