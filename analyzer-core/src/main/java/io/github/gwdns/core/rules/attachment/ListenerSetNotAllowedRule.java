package io.github.gwdns.core.rules.attachment;

import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.model.Gateway;
import io.github.gwdns.core.rules.Cause;
import io.github.gwdns.core.rules.ParentCause;
import io.github.gwdns.core.rules.Rule;
import io.github.gwdns.core.rules.RuleContext;
import io.github.gwdns.core.rules.RuleInfo;
import io.github.gwdns.core.rules.Wording;

@RuleInfo(
    id = "listenerset-not-allowed",
    severity = Severity.ERROR,
    summary = "A route attaches to a ListenerSet that its Gateway does not admit",
    description =
        "A Gateway admits ListenerSets only through spec.allowedListeners.namespaces.from, whose"
            + " default is None. A ListenerSet it does not admit is not Accepted, routes attached to it are not"
            + " either, and external-dns, which requires the ListenerSet to be attached, publishes nothing.",
    remediation =
        "Set spec.allowedListeners.namespaces.from on the Gateway (Same, All, or a Selector that"
            + " matches the ListenerSet's namespace)",
    tags = {"attachment", "listenerset"})
public final class ListenerSetNotAllowedRule implements Rule {
  @Override
  public void check(RuleContext ctx) {
    for (ParentCause c : ctx.causes().of(Cause.LISTENERSET_NOT_ALLOWED)) {
      Gateway gateway = c.resolution().gateway();
      String why = !c.resolution().accepted() ? c.resolution().message() : c.trace().message();
      var report =
          ctx.report(
              c.route(),
              Wording.parentRef(c.ref()),
              Wording.object(c.route())
                  + ": "
                  + Wording.parent(c.ref())
                  + ": "
                  + why
                  + "; "
                  + Wording.noRecord(c.route())
                  + "."
                  + Wording.fix(c.resolution(), ctx.inventory()));
      report.lead(
          Wording.noRecordLead(
              c.route(),
              true,
              "its "
                  + Wording.parentName(c.ref())
                  + " is not allowed to add listeners to "
                  + (gateway == null
                      ? "its Gateway"
                      : "Gateway " + gateway.ref().namespacedName())));
      if (gateway != null) {
        report.related(
            gateway,
            FieldPath.parse("spec.allowedListeners"),
            "allowedListeners of Gateway " + gateway.ref().namespacedName());
      }
      report.key(c.ref().identity()).add();
    }
  }
}
