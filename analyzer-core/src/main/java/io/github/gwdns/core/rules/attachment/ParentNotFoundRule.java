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
    id = "parent-not-found",
    severity = Severity.ERROR,
    summary = "A route names a Gateway or ListenerSet that does not exist, or no parent at all",
    description = "The parentRef's Gateway (or ListenerSet) is not in the manifests. An unset parentRef"
        + " namespace means the route's own namespace, never the Gateway's. No controller attaches the"
        + " route, it gets no status, and external-dns, which follows only route status, publishes nothing.",
    remediation = "Fix the parentRef's name and namespace (set namespace when the Gateway lives elsewhere),"
        + " or add the missing Gateway",
    tags = {"attachment"})
public final class ParentNotFoundRule implements Rule {
  @Override
  public void check(RuleContext ctx) {
    for (ParentCause c : ctx.causes().of(Cause.PARENT_NOT_FOUND)) {
      if (c.ref() == null) {
        ctx.report(c.route(), FieldPath.parse("spec"),
                Wording.object(c.route()) + " has no spec.parentRefs; external-dns follows only routes that name"
                    + " their parents, so it publishes nothing for it. Fix: add spec.parentRefs naming the Gateway.")
            .key("no-parent-refs").add();
        continue;
      }
      String message = Wording.object(c.route()) + ": parentRefs[" + c.ref().index() + "] names "
          + c.ref().kind() + " " + c.ref().namespace() + "/" + c.ref().name() + ", which does not exist"
          + (c.resolution() != null && c.resolution().listenerSet() != null ? " (" + c.resolution().message() + ")" : "")
          + "; no controller attaches the route and " + Wording.noRecord(c.route()) + "."
          + (c.resolution() != null ? Wording.fix(c.resolution(), ctx.inventory()) : "");
      ctx.report(c.route(), Wording.parentRef(c.ref()), message)
          .key(c.ref().kind(), c.ref().namespace(), c.ref().name())
          .add();
    }
  }
}
