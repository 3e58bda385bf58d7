package io.github.gwdns.core.rules.chart;

import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.render.chart.ChartProblem;
import io.github.gwdns.core.rules.Rule;
import io.github.gwdns.core.rules.RuleContext;
import io.github.gwdns.core.rules.RuleInfo;

@RuleInfo(
    id = "helm-value-not-templated",
    severity = Severity.ERROR,
    otherLevels = {Severity.WARNING},
    summary =
        "A Helm template in a route value the chart does not render reaches the cluster as written",
    description =
        "A chart passes only some of its values through Helm's `tpl`; `{{ }}` anywhere else is copied into the"
            + " object as written. app-template before 5.2.1 renders hostnames, annotations and labels but not parentRefs, so"
            + " `name: \"{{ .Release.Name }}-gateway\"` names a Gateway literally called `{{ .Release.Name }}-gateway`, which does not"
            + " exist: the route attaches nowhere and external-dns publishes nothing for it. (Where the API server rejects the"
            + " written text, a namespace or a hostname, the release fails to install: that is helm-render-fails.)"
            + " Reported for the values that decide DNS: parentRef names, and hostnames of charts that do not template them.",
    remediation =
        "Write the value literally, or upgrade the chart to a version that renders templates in it (app-template"
            + " 5.2.1 and later render every value)",
    tags = {"helm", "chart"})
public final class HelmValueNotTemplatedRule implements Rule {
  @Override
  public void check(RuleContext ctx) {
    ChartProblemReports.report(ctx, ChartProblem.Kind.NOT_TEMPLATED);
  }
}
