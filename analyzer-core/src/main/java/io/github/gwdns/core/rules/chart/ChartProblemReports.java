package io.github.gwdns.core.rules.chart;

import io.github.gwdns.core.render.chart.ChartProblem;
import io.github.gwdns.core.rules.RuleContext;

/** Reports the chart models' problems of one kind, at the value each is about. */
final class ChartProblemReports {
  private ChartProblemReports() {}

  private static void add(RuleContext.Report report, boolean hedged) {
    if (hedged) {
      report.severity(io.github.gwdns.core.finding.Severity.WARNING);
    }
    report.add();
  }

  /** The plain first sentence of a chart problem's message. */
  private static String lead(ChartProblem.Kind kind, String carrier, boolean hedged) {
    return switch (kind) {
      case RENDER_FAILS ->
          carrier
              + (hedged ? " may install nothing" : " installs nothing")
              + ": its chart fails with these Helm values, so none of its routes gets a DNS record.";
      case NOT_TEMPLATED ->
          carrier
              + ": a Helm template in these values reaches the cluster as written, because the chart"
              + " does not render it there.";
      case UNMODELED ->
          carrier
              + ": these Helm values describe a route, but gwdns does not know the chart, so it cannot"
              + " predict the route's DNS records.";
      case UNRESOLVED ->
          carrier
              + ": a route value is a Helm template gwdns does not evaluate, so it cannot tell what the"
              + " route publishes.";
    };
  }

  static void report(RuleContext ctx, ChartProblem.Kind kind) {
    for (ChartProblem p : ctx.input().chartProblems()) {
      if (p.kind() != kind) {
        continue;
      }
      boolean hedged =
          p.assumed() && ctx.severityDefault() == io.github.gwdns.core.finding.Severity.ERROR;
      String text =
          p.message()
              + (hedged
                  ? " (gwdns assumed the chart or its version, as said above: this is a warning, not an"
                      + " error; pin the version to have it checked)"
                  : "")
              + (p.fix() == null ? "." : ". Fix: " + p.fix() + ".");
      // Identity without positions: the release, the kind, and the message without its digits.
      ChartProblemReports.add(
          ctx.report(p.range(), p.carrier(), text)
              .lead(lead(kind, p.carrier().kind() + " " + p.carrier().namespacedName(), hedged))
              .key(kind.name(), p.message().replaceAll("[0-9]+", "#")),
          hedged);
    }
  }
}
