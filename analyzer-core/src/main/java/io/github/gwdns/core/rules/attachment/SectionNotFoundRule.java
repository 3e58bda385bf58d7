package io.github.gwdns.core.rules.attachment;

import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.rules.Cause;
import io.github.gwdns.core.rules.ParentCause;
import io.github.gwdns.core.rules.Rule;
import io.github.gwdns.core.rules.RuleContext;
import io.github.gwdns.core.rules.RuleInfo;
import io.github.gwdns.core.rules.Wording;

@RuleInfo(
    id = "section-not-found",
    severity = Severity.ERROR,
    summary = "A parentRef's sectionName names no listener of its parent",
    description =
        "sectionName must be the exact (case-sensitive) name of a listener of the Gateway, or of"
            + " the ListenerSet when the parent is one; listeners of attached ListenerSets are not reachable"
            + " through the Gateway. The controller answers NoMatchingParent and external-dns publishes nothing.",
    remediation =
        "Set sectionName to one of the parent's listener names, or remove it to attach to every listener",
    tags = {"attachment"})
public final class SectionNotFoundRule implements Rule {
  @Override
  public void check(RuleContext ctx) {
    for (ParentCause c : ctx.causes().of(Cause.SECTION_NOT_FOUND)) {
      if (c.resolution() != null && !c.resolution().accepted()) {
        ctx.report(
                c.route(),
                Wording.parentRef(c.ref()).field("sectionName"),
                Wording.object(c.route())
                    + ": "
                    + Wording.parent(c.ref())
                    + ": "
                    + c.resolution().message()
                    + "; the controller rejects it (NoMatchingParent) and "
                    + Wording.noRecord(c.route())
                    + "."
                    + Wording.fix(c.resolution(), ctx.inventory()))
            .lead(
                Wording.noRecordLead(
                    c.route(),
                    true,
                    Wording.parentName(c.ref())
                        + " has no listener named `"
                        + c.ref().sectionName()
                        + "`"))
            .related(
                c.resolution().listenerSet() != null
                    ? c.resolution().listenerSet()
                    : c.resolution().gateway(),
                FieldPath.parse("spec.listeners"),
                "the parent's listeners")
            .key(c.ref().identity())
            .add();
      } else {
        FieldPath at =
            Wording.statusParent(c.trace().status().index())
                .field("parentRef")
                .field("sectionName");
        ctx.report(
                c.route(),
                at,
                Wording.object(c.route())
                    + ": the status parent names section \""
                    + c.trace().status().parentRef().sectionName()
                    + "\", which its "
                    + c.trace().parent().kind()
                    + " does not have; external-dns skips it ("
                    + c.trace().message()
                    + ")."
                    + " Fix: the controller must rewrite the status; check spec.parentRefs and the listener names.")
            .lead(
                Wording.noRecordLead(
                    c.route(),
                    true,
                    "its status names a listener its "
                        + c.trace().parent().kind()
                        + " does not have"))
            .key(c.ref().identity(), "status")
            .add();
      }
    }
  }
}
