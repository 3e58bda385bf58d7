package io.github.gwdns.core.rules.attachment;

import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.rules.Cause;
import io.github.gwdns.core.rules.ParentCause;
import io.github.gwdns.core.rules.Rule;
import io.github.gwdns.core.rules.RuleContext;
import io.github.gwdns.core.rules.RuleInfo;
import io.github.gwdns.core.rules.Wording;

@RuleInfo(
    id = "no-hostname",
    severity = Severity.WARNING,
    summary = "Neither the route nor the listener has a hostname, so there is no name to publish",
    description = "A route without spec.hostnames inherits the listener's hostname; a listener without one"
        + " accepts every hostname. When both are empty the route attaches and serves traffic, but"
        + " external-dns has no DNS name for it (TCP and UDP listeners never have hostnames, and their"
        + " routes are named only by the hostname annotation).",
    remediation = "Set spec.hostnames on the route, or the external-dns hostname annotation, or a hostname"
        + " on the listener",
    tags = {"dns", "hostname"})
public final class NoHostnameRule implements Rule {
  @Override
  public void check(RuleContext ctx) {
    for (ParentCause c : ctx.causes().of(Cause.NO_HOSTNAME)) {
      String annotation = ctx.options().annotation("hostname");
      ctx.report(c.route(), Wording.parentRef(c.ref()),
              Wording.object(c.route()) + ": " + Wording.parent(c.ref()) + ": the route has no hostnames and "
                  + c.externalDnsListener().listener().display() + " has none either, so external-dns has no name to"
                  + " publish. Fix: set spec.hostnames" + (c.route().routeKind().hasHostnames() ? "" : " (not available on "
                  + c.route().kind() + ")") + ", or the annotation `" + annotation + "`, or a hostname on the listener.")
          .related(c.externalDnsListener().listener().owner(), c.externalDnsListener().listener().path(),
              c.externalDnsListener().listener().display())
          .key(c.ref().identity())
          .add();
    }
  }
}
