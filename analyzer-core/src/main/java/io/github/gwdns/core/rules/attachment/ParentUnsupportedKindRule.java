package io.github.gwdns.core.rules.attachment;

import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.rules.Cause;
import io.github.gwdns.core.rules.ParentCause;
import io.github.gwdns.core.rules.Rule;
import io.github.gwdns.core.rules.RuleContext;
import io.github.gwdns.core.rules.RuleInfo;
import io.github.gwdns.core.rules.Wording;

@RuleInfo(
    id = "parent-unsupported-kind",
    severity = Severity.WARNING,
    summary = "A route's parent is not a Gateway or ListenerSet, so external-dns never follows it",
    description =
        "external-dns follows only parents of group gateway.networking.k8s.io and kind Gateway or"
            + " ListenerSet. A Service parent (the mesh profile) or a misspelled kind gets no DNS record.",
    remediation =
        "Point the parentRef at a Gateway (the default kind) or a ListenerSet; leave mesh routes"
            + " without DNS expectations",
    tags = {"attachment"})
public final class ParentUnsupportedKindRule implements Rule {
  @Override
  public void check(RuleContext ctx) {
    for (ParentCause c : ctx.causes().of(Cause.PARENT_UNSUPPORTED_KIND)) {
      String kind = (c.ref().group().isEmpty() ? "core/" : c.ref().group() + "/") + c.ref().kind();
      ctx.report(
              c.route(),
              Wording.parentRef(c.ref()).field("kind"),
              Wording.object(c.route())
                  + ": "
                  + Wording.parent(c.ref())
                  + " is a "
                  + kind
                  + ", not a Gateway or ListenerSet; no Gateway controller attaches it and external-dns never follows it."
                  + " Fix: point it at a Gateway (`kind: Gateway`, the default) or a ListenerSet.")
          .lead(
              Wording.noRecordLead(
                  c.route(),
                  true,
                  "its parent is "
                      + Wording.article(kind)
                      + ", and external-dns follows only Gateways"))
          .key(c.ref().identity())
          .add();
    }
  }
}
