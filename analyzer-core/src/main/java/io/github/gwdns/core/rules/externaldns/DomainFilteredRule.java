package io.github.gwdns.core.rules.externaldns;

import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.model.Route;
import io.github.gwdns.core.predict.DefaultTargets;
import io.github.gwdns.core.predict.FilteredEndpoint;
import io.github.gwdns.core.rules.Rule;
import io.github.gwdns.core.rules.RuleContext;
import io.github.gwdns.core.rules.RuleInfo;
import java.util.HashMap;
import java.util.Map;

@RuleInfo(
    id = "domain-filtered",
    severity = Severity.ERROR,
    summary = "A predicted name is outside external-dns's domain filter or managed record types",
    description =
        "external-dns hands the provider only names inside --domain-filter (or --regex-domain-filter),"
            + " outside --exclude-domains, and of a type in --managed-record-types (A, AAAA, CNAME by default). A route"
            + " whose name fails these filters attaches, its endpoint is built, and then it is silently dropped from the"
            + " plan. gwdns lists such names under `filtered` in `gwdns plan`. With several external-dns instances the"
            + " finding is reported only when every instance drops the name.",
    remediation =
        "Use a hostname inside the domain filter, or add its domain to --domain-filter (the chart value"
            + " `domainFilters`) of the external-dns that should publish it; for a record type, add the type to"
            + " --managed-record-types (the chart value `managedRecordTypes`)",
    tags = {"external-dns", "filters", "dns"})
public final class DomainFilteredRule implements Rule {
  @Override
  public void check(RuleContext ctx) {
    Map<String, Route> routes = new HashMap<>();
    ctx.inventory().routes().forEach(r -> routes.put(r.ref().display(), r));
    String who = ctx.input().instance() == null ? "external-dns" : ctx.input().instance().label();
    for (FilteredEndpoint f : ctx.plan().filtered()) {
      if (f.notStarting()) {
        continue; // externaldns-will-not-start says why, and no filter is to change
      }
      for (String source : f.endpoint().sources()) {
        Route route = routes.get(source);
        if (route == null) {
          continue;
        }
        int index = route.hostnames().indexOf(f.endpoint().dnsName());
        FieldPath at =
            index >= 0 ? FieldPath.parse("spec.hostnames").index(index) : FieldPath.parse("spec");
        String type = f.endpoint().recordType();
        boolean typeFiltered = !ctx.options().managedRecordTypes().contains(type);
        String fix =
            typeFiltered
                ? "add "
                    + type
                    + " to --managed-record-types (the chart value `managedRecordTypes`) of the external-dns that should"
                    + " publish it"
                    + (!type.equals("CNAME")
                        ? ""
                        : new DefaultTargets(ctx.options()).replaces()
                            ? ", or give --default-targets an IP address so the record is an A or AAAA"
                            : ", or give the Gateway an IP address so the record is an A or AAAA")
                : "use a name inside the filter, or widen the filter of the external-dns that should publish it";
        var report =
            ctx.report(
                    route,
                    at,
                    route.kind()
                        + " "
                        + route.ref().namespacedName()
                        + ": "
                        + f.endpoint().dnsName()
                        + " ("
                        + type
                        + ") is built, but "
                        + who
                        + " drops it before the provider: "
                        + f.reason()
                        + ". Fix: "
                        + fix
                        + ".")
                .lead(
                    route.kind()
                        + " "
                        + route.ref().namespacedName()
                        + " gets no DNS record for `"
                        + f.endpoint().dnsName()
                        + "`: external-dns is set up to publish only "
                        + (typeFiltered ? "other record types" : "names of other domains")
                        + ".")
                .key(f.endpoint().dnsName(), f.endpoint().recordType());
        if (ctx.input().instance() != null) {
          report.related(
              ctx.input().instance().object(), ctx.input().instance().at(), "the filter");
        }
        report.add();
      }
    }
  }
}
