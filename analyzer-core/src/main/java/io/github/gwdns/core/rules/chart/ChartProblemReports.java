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
              .key(kind.name(), p.message().replaceAll("[0-9]+", "#")),
          hedged);
    }
  }
}
