package io.github.gwdns.core.rules.externaldns;

import io.github.gwdns.core.deploy.ExternalDnsInstance;
import io.github.gwdns.core.deploy.StartupFailure;
import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.predict.FilteredEndpoint;
import io.github.gwdns.core.rules.Rule;
import io.github.gwdns.core.rules.RuleContext;
import io.github.gwdns.core.rules.RuleInfo;

@RuleInfo(
    id = "externaldns-will-not-start",
    severity = Severity.ERROR,
    otherLevels = {Severity.WARNING},
    summary = "external-dns exits as it starts with these flags, so it publishes no record at all",
    description =
        "external-dns reads its flags (and EXTERNAL_DNS_* variables) with kingpin and checks them"
            + " (ValidateConfig) before it reads any source; a flag it does not know, a bool flag given a value, a"
            + " single-valued flag given twice, a value outside an enum, a missing --policy (v0.22.0 and later),"
            + " --ignore-hostname-annotation without --fqdn-template, and the other startup checks make it log one"
            + " line and exit 1. The Pod crash-loops and no record of any route is published or updated. gwdns makes"
            + " each check of the release that runs (of every release, as a warning, when the release is not known),"
            + " and lists the names that external-dns would have published as filtered in its plan.",
    remediation =
        "Change the flag, value or variable the finding names, as external-dns's message says",
    tags = {"external-dns", "deployment"})
public final class ExternaldnsWillNotStartRule implements Rule {
  @Override
  public void check(RuleContext ctx) {
    ExternalDnsInstance instance = ctx.input().instance();
    if (instance == null || ctx.input().startup().isEmpty()) {
      return;
    }
    String release =
        ctx.options().version() == null
            ? "external-dns"
            : "external-dns " + ctx.options().version();
    long names = ctx.plan().filtered().stream().filter(FilteredEndpoint::notStarting).count();
    for (StartupFailure f : ctx.input().startup()) {
      FieldPath at = f.at().isRoot() ? instance.at() : f.at();
      boolean chart = f.stage() == StartupFailure.Stage.CHART_RENDER;
      String what =
          chart
              ? instance.label()
                  + " cannot be installed: the external-dns chart fails to render with these values (`"
                  + f.logged()
                  + "`), so Helm installs no external-dns"
              : (instance.rbacFromChart()
                      ? "the external-dns of " + instance.label()
                      : instance.label())
                  + " exits as it starts: "
                  + (f.stage() == StartupFailure.Stage.SOURCE_SETUP
                      ? "it cannot use the value it is given ("
                          + f.logged()
                          + "), so "
                          + release
                          + " stops with that error"
                      : release + " logs `" + f.logged() + "` and exits 1")
                  + (f.certain()
                      ? ""
                      : " if it runs "
                          + f.releases()
                          + " (gwdns does not know which release its image is)");
      String consequence =
          f.certain() && names > 0
              ? "; it publishes no record at all, none of the "
                  + names
                  + " name"
                  + (names == 1 ? "" : "s")
                  + " of its plan"
              : "; it publishes no record at all";
      ctx.report(instance.object(), at, what + consequence + ". Fix: " + f.fix() + ".")
          .lead(
              instance.label()
                  + (f.certain() ? " publishes" : " may publish")
                  + " no DNS record at all: "
                  + (chart
                      ? "it cannot be installed with these Helm values."
                      : "it stops as it starts, because of the flags it is given."))
          .severity(f.certain() ? ctx.severityDefault() : Severity.WARNING)
          .key(instance.name(), f.check())
          .add();
    }
  }
}
