package io.github.gwdns.core.rules.attachment;

import io.github.gwdns.core.attach.Check;
import io.github.gwdns.core.attach.ListenerCheck;
import io.github.gwdns.core.attach.OwnedListener;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.rules.Cause;
import io.github.gwdns.core.rules.ParentCause;
import io.github.gwdns.core.rules.Rule;
import io.github.gwdns.core.rules.RuleContext;
import io.github.gwdns.core.rules.Wording;

/**
 * The shape shared by the rules about a listener refusing a route (protocol, kinds, namespaces,
 * hostnames): report at the parentRef, name the listener that came closest and the value it
 * compared, point at that listener's field, and give the fix. Whether the controller or
 * external-dns refused is taken from the cause.
 */
abstract class ListenerRejectionRule implements Rule {

  /** The cause this rule reports. */
  abstract Cause cause();

  /** The field of the listener that decided, relative to the listener. */
  abstract FieldPath listenerField(OwnedListener listener);

  /** Where in the route to report; the parentRef by default. */
  FieldPath at(ParentCause c) {
    return Wording.parentRef(c.ref());
  }

  @Override
  public void check(RuleContext ctx) {
    for (ParentCause c : ctx.causes().of(cause())) {
      OwnedListener listener;
      String message;
      if (c.listener() != null) {
        ListenerCheck closest = c.listener();
        listener = closest.listener();
        Check failed = closest.failed();
        message =
            Wording.object(c.route())
                + ": "
                + Wording.parent(c.ref())
                + ": "
                + listener.display()
                + " refuses it ("
                + failed.detail()
                + ")"
                + Wording.others(c.resolution(), closest)
                + "; the controller rejects the route ("
                + c.resolution().outcome().reason()
                + ") and "
                + Wording.noRecord(c.route())
                + "."
                + Wording.fix(c.resolution(), ctx.inventory());
      } else if (c.externalDnsListener() != null) {
        listener = c.externalDnsListener().listener();
        Check failed = c.externalDnsListener().failed();
        message =
            Wording.object(c.route())
                + ": "
                + Wording.parent(c.ref())
                + ": external-dns does not match "
                + listener.display()
                + " ("
                + failed.detail()
                + "), so "
                + Wording.noRecord(c.route())
                + " although its status says Accepted. Fix: "
                + externalDnsFix(c)
                + ".";
      } else {
        continue;
      }
      String doubt = uncertainty(ctx, c, listener);
      String why =
          c.listener() != null
              ? plainWhy(c)
              : "external-dns does not count "
                  + listener.display()
                  + " as taking it, although the Gateway accepts it";
      ctx.report(c.route(), at(c), doubt == null ? message : doubt + message)
          .lead(Wording.noRecordLead(c.route(), doubt == null, why))
          .severity(
              doubt == null ? ctx.severityDefault() : io.github.gwdns.core.finding.Severity.NOTE)
          .related(listener.owner(), listenerField(listener), listener.display())
          .key(c.ref().identity())
          .add();
    }
  }

  /**
   * Why the verdict cannot be trusted, as a message prefix, or null. A note replaces the error
   * then: gwdns must never claim a failure it cannot know.
   */
  String uncertainty(RuleContext ctx, ParentCause c, OwnedListener listener) {
    return null;
  }

  /**
   * Why the controller refuses the route, in plain words and without field names, for the lead:
   * "Gateway infra/public does not accept routes from namespace `shop`".
   */
  abstract String plainWhy(ParentCause c);

  /** The fix when external-dns, not the controller, refuses the listener. */
  abstract String externalDnsFix(ParentCause c);
}
