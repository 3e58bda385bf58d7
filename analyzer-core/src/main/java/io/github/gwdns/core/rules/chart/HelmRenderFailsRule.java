package io.github.gwdns.core.rules.chart;

import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.render.chart.ChartProblem;
import io.github.gwdns.core.rules.Rule;
import io.github.gwdns.core.rules.RuleContext;
import io.github.gwdns.core.rules.RuleInfo;

@RuleInfo(
    id = "helm-render-fails",
    severity = Severity.ERROR,
    otherLevels = {Severity.WARNING},
    summary = "The chart fails to render with these Helm values, so the release installs nothing",
    description =
        "gwdns renders the routes of a Helm release from its values with a model of the chart (see docs/charts.md)."
            + " Where the chart itself would stop rendering with these values (a `fail` or `required` of its templates, or its"
            + " values schema rejecting a key), Helm renders nothing: Flux's helm-controller or Argo CD cannot install or upgrade the"
            + " release, so no route of this revision reaches the cluster and external-dns publishes none of their records (an"
            + " installed release keeps the objects of its last good revision).",
    remediation = "Fix the value the message names, as the chart's own error message says",
    tags = {"helm", "chart"})
public final class HelmRenderFailsRule implements Rule {
  @Override
  public void check(RuleContext ctx) {
    ChartProblemReports.report(ctx, ChartProblem.Kind.RENDER_FAILS);
  }
}
