package io.github.gwdns.core.rules.externaldns;

import io.github.gwdns.core.deploy.ExternalDnsCommandLine;
import io.github.gwdns.core.deploy.ExternalDnsInstance;
import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.predict.DefaultTargets;
import io.github.gwdns.core.predict.Endpoint;
import io.github.gwdns.core.predict.ExternalDnsVersion;
import io.github.gwdns.core.rules.Rule;
import io.github.gwdns.core.rules.RuleContext;
import io.github.gwdns.core.rules.RuleInfo;
import java.util.List;

@RuleInfo(
    id = "default-targets-ignored",
    severity = Severity.WARNING,
    summary =
        "--default-targets without --force-default-targets does not change the records of Gateway API routes",
    description =
        "Since v0.18.0 external-dns applies --default-targets only to endpoints that have no targets,"
            + " unless --force-default-targets is set. An endpoint of a Gateway API route always has targets (its"
            + " Gateway's addresses or target annotation; a Gateway without them yields no endpoint at all), so the"
            + " default targets are never used for routes: the records point at the Gateway, not at the default"
            + " targets (a Cloudflare Tunnel's <id>.cfargotunnel.com, say), and external-dns only logs \"Source"
            + " provided targets for ..., ignoring default targets\" on every sync. Not reported when the instance"
            + " also runs the crd source, whose DNSEndpoints without targets do get the default targets.",
    remediation =
        "Add --force-default-targets when every route of this external-dns should point at the default"
            + " targets, or remove --default-targets",
    tags = {"external-dns", "dns"})
public final class DefaultTargetsIgnoredRule implements Rule {
  @Override
  public void check(RuleContext ctx) {
    ExternalDnsInstance instance = ctx.input().instance();
    if (instance == null
        || !new DefaultTargets(ctx.options()).ignored()
        || instance.sources().contains("crd")
        || ctx.plan().endpoints().isEmpty()) {
      return;
    }
    List<String> targets = ctx.options().defaultTargets();
    Endpoint sample = ctx.plan().endpoints().get(0);
    int count = ctx.plan().endpoints().size();
    ExternalDnsVersion version = ctx.options().version();
    ctx.report(
            instance.object(),
            where(instance),
            instance.label()
                + " sets --default-targets "
                + String.join(",", targets)
                + " without --force-default-targets: "
                + (version == null ? "external-dns" : "external-dns " + version)
                + " applies default targets only to"
                + " endpoints without targets, and every endpoint of a Gateway API route has its Gateway's, so its "
                + count
                + " record"
                + (count == 1 ? "" : "s")
                + " ("
                + sample.dnsName()
                + " "
                + sample.recordType()
                + " "
                + String.join(",", sample.targets())
                + (count == 1 ? "" : ", ...")
                + (count == 1 ? ") points" : ") point")
                + " at the Gateway"
                + (count == 1 ? "" : "s")
                + ", not at "
                + String.join(",", targets)
                + "; it logs `Source provided targets for \""
                + sample.dnsName()
                + "\" ("
                + sample.recordType()
                + "), ignoring default targets ["
                + String.join(", ", targets)
                + "]` on every sync. Fix: add `--force-default-targets` if every route of "
                + instance.label()
                + " should point at "
                + String.join(",", targets)
                + ", or remove --default-targets.")
        .lead(
            instance.label()
                + ": its --default-targets change none of its DNS records, which keep pointing at"
                + " their Gateways.")
        .key(instance.name())
        .add();
  }

  /** The {@code --default-targets} argument or variable, else the instance's configuration. */
  private static FieldPath where(ExternalDnsInstance instance) {
    ExternalDnsCommandLine line = instance.commandLine();
    if (line != null) {
      for (ExternalDnsCommandLine.Arg arg : line.args()) {
        if (arg.text().equals("--default-targets") || arg.text().startsWith("--default-targets=")) {
          return arg.at();
        }
      }
      for (ExternalDnsCommandLine.Env env : line.env()) {
        if (env.name().equals("EXTERNAL_DNS_DEFAULT_TARGETS")) {
          return env.at();
        }
      }
    }
    return instance.at();
  }
}
