package io.github.gwdns.core.rules.chart;

import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.render.chart.ChartProblem;
import io.github.gwdns.core.rules.Rule;
import io.github.gwdns.core.rules.RuleContext;
import io.github.gwdns.core.rules.RuleInfo;

@RuleInfo(
    id = "helm-value-unresolved",
    severity = Severity.NOTE,
    summary =
        "A route value is a Helm template gwdns does not evaluate, so what depends on it is unknown",
    description =
        "Charts pass some values through Helm's `tpl` (app-template: hostnames, annotations, labels, backend"
            + " names...). gwdns evaluates the templates values use in practice (`.Release`, `.Chart`, `.Values`, `printf`,"
            + " `default`, `lower`, `upper`, `quote`, `trim`, `replace`, `trunc`, ...); a template with anything else (`include`,"
            + " `lookup`, a value the chart's defaults set) is left unevaluated. The route is still analyzed with its other"
            + " fields; a hostname that is such a template is not compared with listeners or domain filters, and its names are"
            + " listed as unresolved in the plan.",
    remediation =
        "Write the value literally, or with only the template functions gwdns evaluates (docs/charts.md lists them)",
    tags = {"helm", "chart", "variables"})
public final class HelmValueUnresolvedRule implements Rule {
  @Override
  public void check(RuleContext ctx) {
    ChartProblemReports.report(ctx, ChartProblem.Kind.UNRESOLVED);
  }
}
