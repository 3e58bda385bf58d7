package io.github.gwdns.core.rules.attachment;

import io.github.gwdns.core.attach.OwnedListener;
import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.rules.Cause;
import io.github.gwdns.core.rules.ParentCause;
import io.github.gwdns.core.rules.RuleInfo;
import io.github.gwdns.core.rules.Wording;

@RuleInfo(
    id = "kind-not-allowed",
    severity = Severity.ERROR,
    otherLevels = {Severity.NOTE},
    summary = "The listener's allowedRoutes.kinds does not list the route's kind",
    description =
        "When allowedRoutes.kinds is set, a listener admits only the kinds it lists (group and"
            + " kind). A route of another kind is NotAllowedByListeners, and external-dns, which checks the same"
            + " list, publishes nothing.",
    remediation =
        "Add the route's kind to the listener's allowedRoutes.kinds, or attach the route to a"
            + " listener that lists it",
    tags = {"attachment"})
public final class KindNotAllowedRule extends ListenerRejectionRule {
  @Override
  String plainWhy(ParentCause c) {
    return Wording.parentName(c.ref()) + " does not accept routes of kind " + c.route().kind();
  }

  @Override
  Cause cause() {
    return Cause.KIND_NOT_ALLOWED;
  }

  @Override
  FieldPath listenerField(OwnedListener listener) {
    return listener.path().field("allowedRoutes").field("kinds");
  }

  @Override
  String externalDnsFix(ParentCause c) {
    return "add `kind: "
        + c.route().kind()
        + "` to `allowedRoutes.kinds` of "
        + c.externalDnsListener().listener().display();
  }
}
