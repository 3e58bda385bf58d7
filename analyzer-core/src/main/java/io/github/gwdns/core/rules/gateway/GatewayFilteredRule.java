package io.github.gwdns.core.rules.gateway;

import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.predict.ParentStep;
import io.github.gwdns.core.rules.Cause;
import io.github.gwdns.core.rules.ParentCause;
import io.github.gwdns.core.rules.Rule;
import io.github.gwdns.core.rules.RuleContext;
import io.github.gwdns.core.rules.RuleInfo;
import io.github.gwdns.core.rules.Wording;

@RuleInfo(
    id = "gateway-filtered",
    severity = Severity.WARNING,
    summary = "A route attaches to a Gateway that external-dns's options exclude",
    description =
        "--gateway-namespace, --gateway-label-filter and a foreign external-dns controller"
            + " annotation make external-dns ignore a Gateway as if it did not exist; --gateway-name compares"
            + " the name only, in any namespace; ListenerSet parents are followed only with"
            + " --gateway-listener-sets. Routes attached through such parents get no record, and external-dns"
            + " logs nothing about it.",
    remediation =
        "Change the external-dns option so it includes the Gateway, or attach the route to a"
            + " Gateway external-dns watches",
    tags = {"external-dns", "filters"})
public final class GatewayFilteredRule implements Rule {
  @Override
  public void check(RuleContext ctx) {
    for (ParentCause c : ctx.causes().of(Cause.GATEWAY_FILTERED)) {
      String why =
          c.trace().failedStep() == ParentStep.GATEWAY_NAME
              ? "--gateway-name="
                  + ctx.options().gatewayName()
                  + " excludes it (the flag compares names only, in any namespace)"
              : c.trace().filteredBy().detail();
      ctx.report(
              c.route(),
              Wording.parentRef(c.ref()),
              Wording.object(c.route())
                  + ": "
                  + Wording.parent(c.ref())
                  + ": external-dns ignores "
                  + c.trace().parent().kind()
                  + " "
                  + c.trace().parent().ref().namespacedName()
                  + ": "
                  + why
                  + "; the route attaches but "
                  + Wording.noRecord(c.route())
                  + ". Fix: change that external-dns option so it includes the parent, or attach the route to a Gateway it watches.")
          .lead(
              Wording.noRecordLead(
                  c.route(),
                  true,
                  "external-dns is set up to ignore its "
                      + c.trace().parent().kind()
                      + " "
                      + c.trace().parent().ref().namespacedName()))
          .related(
              c.trace().parent(),
              FieldPath.parse("metadata.name"),
              c.trace().parent().kind()
                  + " "
                  + c.trace().parent().ref().namespacedName()
                  + ", which external-dns ignores")
          .key(c.ref().identity())
          .add();
    }
  }
}
