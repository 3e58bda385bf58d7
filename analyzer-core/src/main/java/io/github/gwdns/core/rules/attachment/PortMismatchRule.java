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
    id = "port-mismatch",
    severity = Severity.ERROR,
    summary = "A parentRef's port matches no listener of its parent (or of its section)",
    description =
        "A parentRef port selects the listeners on that port; with sectionName, the named listener"
            + " must also be on it. When none is, the controller answers NoMatchingParent, and external-dns,"
            + " which compares the status parentRef's port with each listener's, publishes nothing.",
    remediation = "Set the parentRef's port to the listener's port, or remove it",
    tags = {"attachment"})
public final class PortMismatchRule implements Rule {
  @Override
  public void check(RuleContext ctx) {
    for (ParentCause c : ctx.causes().of(Cause.PORT_MISMATCH)) {
      String message =
          c.resolution() != null && !c.resolution().accepted()
              ? Wording.object(c.route())
                  + ": "
                  + Wording.parent(c.ref())
                  + ": "
                  + c.resolution().message()
                  + "; the controller rejects it (NoMatchingParent) and "
                  + Wording.noRecord(c.route())
                  + "."
                  + Wording.fix(c.resolution(), ctx.inventory())
              : Wording.object(c.route())
                  + ": "
                  + Wording.parent(c.ref())
                  + ": external-dns finds no listener on the status"
                  + " parentRef's port ("
                  + c.externalDnsListener().failed().detail()
                  + "), so "
                  + Wording.noRecord(c.route())
                  + ". Fix: set the parentRef's port to the listener's port, or remove it.";
      ctx.report(c.route(), Wording.parentRef(c.ref()).field("port"), message)
          .lead(
              Wording.noRecordLead(
                  c.route(),
                  true,
                  "no listener of "
                      + Wording.parentName(c.ref())
                      + " is on port "
                      + c.ref().port()))
          .related(
              c.trace() != null && c.trace().parent() != null
                  ? c.trace().parent()
                  : c.resolution().listenerSet() != null
                      ? c.resolution().listenerSet()
                      : c.resolution().gateway(),
              FieldPath.parse("spec.listeners"),
              "the parent's listeners")
          .key(c.ref().identity())
          .add();
    }
  }
}
