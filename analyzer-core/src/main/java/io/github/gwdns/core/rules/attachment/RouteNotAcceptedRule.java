package io.github.gwdns.core.rules.attachment;

import io.github.gwdns.core.attach.AttachmentOutcome;
import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.model.Condition;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.predict.ParentStep;
import io.github.gwdns.core.rules.Cause;
import io.github.gwdns.core.rules.ParentCause;
import io.github.gwdns.core.rules.Rule;
import io.github.gwdns.core.rules.RuleContext;
import io.github.gwdns.core.rules.RuleInfo;
import io.github.gwdns.core.rules.Wording;

@RuleInfo(
    id = "route-not-accepted",
    severity = Severity.ERROR,
    summary =
        "The route's status says it is not Accepted, or names a parent the route no longer has",
    description =
        "external-dns follows a route only through status.parents entries whose first Accepted"
            + " condition is True and whose parent is still in spec.parentRefs. A status that says otherwise"
            + " (written by the controller, or in a kubectl snapshot) means no DNS record until it changes.",
    remediation =
        "Fix what the status reason says; for a stale status parent, let the controller reconcile"
            + " the current spec.parentRefs",
    tags = {"attachment", "status"})
public final class RouteNotAcceptedRule implements Rule {
  @Override
  public void check(RuleContext ctx) {
    for (ParentCause c : ctx.causes().of(Cause.ROUTE_NOT_ACCEPTED)) {
      if (c.ref() == null) {
        int index = c.trace().status().index();
        ctx.report(
                c.route(),
                Wording.statusParent(index).field("parentRef"),
                Wording.object(c.route())
                    + ": status.parents["
                    + index
                    + "] names "
                    + c.trace().status().parentRef().display()
                    + ", which is no longer in spec.parentRefs; external-dns"
                    + " skips it (the status is stale). Fix: nothing in the manifest; the controller rewrites the status"
                    + " for the current parents. If it does not, check the controller.")
            .lead(
                Wording.object(c.route())
                    + ": its status still names a parent it no longer has, which external-dns"
                    + " ignores.")
            .key("stale", c.trace().status().parentRef().display())
            .add();
      } else if (c.resolution() != null
          && c.resolution().outcome() == AttachmentOutcome.ROUTE_UNSUPPORTED) {
        ctx.report(
                c.route(),
                FieldPath.parse("spec.rules"),
                Wording.object(c.route())
                    + ": "
                    + Wording.parent(c.ref())
                    + ": "
                    + c.resolution().message()
                    + "; the controller does not accept it ("
                    + c.resolution().outcome().reason()
                    + ") and "
                    + Wording.noRecord(c.route())
                    + "."
                    + Wording.fix(c.resolution(), ctx.inventory()))
            .lead(
                Wording.noRecordLead(
                    c.route(),
                    true,
                    "its Gateway controller does not support what the route asks for"))
            .key(c.ref().identity(), "unsupported")
            .add();
      } else if (c.resolution() != null
          && c.resolution().outcome() == AttachmentOutcome.KIND_NOT_WATCHED) {
        ctx.report(
                c.route(),
                FieldPath.parse("apiVersion"),
                Wording.object(c.route())
                    + ": "
                    + Wording.parent(c.ref())
                    + ": "
                    + c.resolution().message()
                    + ", so "
                    + Wording.noRecord(c.route())
                    + "."
                    + Wording.fix(c.resolution(), ctx.inventory()))
            .related(
                ctx.attachments()
                    .servedVersions()
                    .crd(c.route().kind().toLowerCase(java.util.Locale.ROOT) + "s"),
                FieldPath.parse("spec.versions"),
                "the CRD")
            .lead(
                Wording.noRecordLead(
                    c.route(),
                    true,
                    "its Gateway controller does not handle routes of this kind or version"))
            .key(c.ref().identity(), "not-watched")
            .add();
      } else if (c.trace() != null && c.trace().failedStep() == ParentStep.ACCEPTED) {
        Condition accepted = c.trace().status().condition("Accepted");
        String reason =
            accepted == null
                ? "has no Accepted condition"
                : "says Accepted="
                    + accepted.status()
                    + (accepted.reason().isEmpty()
                        ? ""
                        : " ("
                            + accepted.reason()
                            + (accepted.message().isEmpty() ? "" : ": " + accepted.message())
                            + ")");
        ctx.report(
                c.route(),
                Wording.statusParent(c.trace().status().index()).field("conditions"),
                Wording.object(c.route())
                    + ": the status for "
                    + Wording.parent(c.ref())
                    + " "
                    + reason
                    + ", so "
                    + Wording.noRecord(c.route())
                    + "; gwdns's own prediction is that the controller accepts it."
                    + " Fix: re-check the status on the cluster; if it persists, see what the controller logs for the route.")
            .lead(
                Wording.noRecordLead(
                    c.route(), true, "its status says the Gateway has not accepted it"))
            .key(c.ref().identity(), "status")
            .add();
      } else {
        ctx.report(
                c.route(),
                Wording.parentRef(c.ref()),
                Wording.object(c.route())
                    + ": the route's status has no entry for "
                    + Wording.parent(c.ref())
                    + " (no controller has reconciled it yet), so "
                    + Wording.noRecord(c.route())
                    + " through it."
                    + " gwdns predicts the controller accepts it once it reconciles.")
            .lead(
                Wording.object(c.route())
                    + " has no DNS record through "
                    + Wording.parentName(c.ref())
                    + " yet: no Gateway controller has processed it.")
            .key(c.ref().identity(), "no-status")
            .add();
      }
    }
  }
}
