package io.github.gwdns.core.rules.dns;

import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.predict.RouteTrace;
import io.github.gwdns.core.rules.Rule;
import io.github.gwdns.core.rules.RuleContext;
import io.github.gwdns.core.rules.RuleInfo;
import io.github.gwdns.core.rules.Wording;

@RuleInfo(
    id = "route-filtered",
    severity = Severity.NOTE,
    summary = "external-dns's options exclude this route, so it never considers it",
    description =
        "A route outside --namespace, not matching --label-filter or --annotation-filter, carrying"
            + " a foreign external-dns controller annotation, or of a kind whose --source is not enabled is never"
            + " listed: external-dns logs nothing about it. Usually deliberate (a private route, another"
            + " instance's routes), sometimes a forgotten label.",
    remediation =
        "If the route should get DNS, change its namespace, labels or annotations, or the"
            + " external-dns option that excludes it",
    tags = {"external-dns", "filters"})
public final class RouteFilteredRule implements Rule {
  @Override
  public void check(RuleContext ctx) {
    for (RouteTrace t : ctx.plan().traces()) {
      if (t.filteredBy() != null) {
        ctx.report(
                t.route(),
                FieldPath.parse("metadata"),
                Wording.object(t.route())
                    + " is excluded by external-dns's options: "
                    + t.filteredBy().detail()
                    + "; external-dns never considers it. If it should get DNS, change the route or that option.")
            .lead(
                Wording.object(t.route())
                    + " gets no DNS record: external-dns is set up to skip it.")
            .key(t.filteredBy().filter().key())
            .add();
      }
    }
  }
}
