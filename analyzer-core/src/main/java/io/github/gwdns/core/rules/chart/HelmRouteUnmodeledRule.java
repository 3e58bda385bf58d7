package io.github.gwdns.core.rules.chart;

import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.render.chart.ChartProblem;
import io.github.gwdns.core.rules.Rule;
import io.github.gwdns.core.rules.RuleContext;
import io.github.gwdns.core.rules.RuleInfo;

@RuleInfo(
    id = "helm-route-unmodeled",
    severity = Severity.NOTE,
    summary =
        "Helm values hold a route of a chart gwdns has no model of, so its DNS is not predicted",
    description =
        "gwdns does not run Helm: it renders routes from Helm values only for the charts it models (bjw-s"
            + " app-template and the charts built on its common library, and the chart shapes of docs/charts.md). A mapping with"
            + " `parentRefs` in the values of any other chart, or in a part of the values the chart's model does not read, most"
            + " likely becomes a route when the chart renders: gwdns cannot say which, so that route is not analyzed and its"
            + " records are not in the plan. This note says so rather than staying silent.",
    remediation =
        "Describe the chart under `charts:` in .gwdns.yaml (docs/charts.md shows how), or write the route as a"
            + " manifest",
    tags = {"helm", "chart"})
public final class HelmRouteUnmodeledRule implements Rule {
  @Override
  public void check(RuleContext ctx) {
    ChartProblemReports.report(ctx, ChartProblem.Kind.UNMODELED);
  }
}
