package io.github.gwdns.core.rules.attachment;

import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.rules.Cause;
import io.github.gwdns.core.rules.ParentCause;
import io.github.gwdns.core.rules.Rule;
import io.github.gwdns.core.rules.RuleContext;
import io.github.gwdns.core.rules.RuleInfo;
import io.github.gwdns.core.rules.Wording;
import java.util.ArrayList;
import java.util.List;

@RuleInfo(
    id = "no-hostname",
    severity = Severity.WARNING,
    summary = "Neither the route nor the listener has a hostname, so there is no name to publish",
    description =
        "A route without spec.hostnames inherits the listener's hostname; a listener without one"
            + " accepts every hostname. When both are empty the route attaches and serves traffic, but"
            + " external-dns has no DNS name for it (TCP and UDP listeners never have hostnames, and their"
            + " routes are named only by the hostname annotation).",
    remediation =
        "Set spec.hostnames on the route, or the external-dns hostname annotation, or a hostname"
            + " on the listener",
    tags = {"dns", "hostname"})
public final class NoHostnameRule implements Rule {
  @Override
  public void check(RuleContext ctx) {
    for (ParentCause c : ctx.causes().of(Cause.NO_HOSTNAME)) {
      String annotation = ctx.options().annotation("hostname");
      // Only the fixes the API allows: TCPRoute and UDPRoute have no spec.hostnames, and TCP and
      // UDP listeners take no hostname.
      List<String> fixes = new ArrayList<>();
      if (c.route().routeKind().hasHostnames()) {
        fixes.add("set spec.hostnames");
      }
      fixes.add("set the annotation `" + annotation + "` on the route");
      String protocol = c.externalDnsListener().listener().listener().protocol();
      if (!protocol.equals("TCP") && !protocol.equals("UDP")) {
        fixes.add("set a hostname on the listener");
      }
      ctx.report(
              c.route(),
              Wording.parentRef(c.ref()),
              Wording.object(c.route())
                  + ": "
                  + Wording.parent(c.ref())
                  + ": the route has no hostnames and "
                  + c.externalDnsListener().listener().display()
                  + " has none either, so external-dns has no name to"
                  + " publish. Fix: "
                  + String.join(", or ", fixes)
                  + ".")
          .lead(
              Wording.noRecordLead(
                  c.route(), true, "neither the route nor its Gateway listener names a hostname"))
          .related(
              c.externalDnsListener().listener().owner(),
              c.externalDnsListener().listener().path(),
              c.externalDnsListener().listener().display())
          .key(c.ref().identity())
          .add();
    }
  }
}
