package io.github.gwdns.core.rules.externaldns;

import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.model.Route;
import io.github.gwdns.core.predict.DefaultTargets;
import io.github.gwdns.core.predict.Endpoint;
import io.github.gwdns.core.predict.ExternalDnsOptions;
import io.github.gwdns.core.render.Variables;
import io.github.gwdns.core.rules.Rule;
import io.github.gwdns.core.rules.RuleContext;
import io.github.gwdns.core.rules.RuleInfo;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

@RuleInfo(
    id = "cname-at-apex",
    severity = Severity.ERROR,
    otherLevels = {Severity.WARNING},
    summary = "A CNAME would be published at a zone apex, where DNS forbids it",
    description =
        "A Gateway whose address is a hostname (an AWS NLB, say) makes external-dns publish CNAME"
            + " records. At a zone apex (a --domain-filter entry itself, or a registrable domain such as example.com)"
            + " a CNAME cannot coexist with the zone's SOA and NS records: the provider rejects the change or, for"
            + " some, flattens it. Cloudflare flattens CNAMEs at the apex, so nothing is reported for it; with"
            + " Route 53 the alias annotation turns the record into an alias. Apexes under multi-label public"
            + " suffixes (co.uk) are recognised only as --domain-filter entries.",
    remediation =
        "Publish a www. (or other) name instead of the apex, or use the provider's alias mechanism (for"
            + " AWS, the `alias: \"true\"` external-dns annotation on the route)",
    tags = {"external-dns", "dns"})
public final class CnameAtApexRule implements Rule {
  /** Providers that turn an apex CNAME into something the DNS allows. */
  private static final Set<String> FLATTENING = Set.of("cloudflare");

  @Override
  public void check(RuleContext ctx) {
    ExternalDnsOptions options = ctx.options();
    if (FLATTENING.contains(options.provider().toLowerCase(Locale.ROOT))) {
      return;
    }
    Map<String, Route> routes = new HashMap<>();
    ctx.inventory().routes().forEach(r -> routes.put(r.ref().display(), r));
    boolean forced = new DefaultTargets(options).replaces();
    for (Endpoint e : ctx.plan().endpoints()) {
      if (!e.recordType().equals("CNAME") || !isApex(e.dnsName(), options)) {
        continue;
      }
      boolean aws = options.provider().equalsIgnoreCase("aws");
      boolean alias =
          e.providerSpecific().stream()
              .anyMatch(p -> p.name().equals("alias") && p.value().equals("true"));
      // Route 53 publishes an alias, not a CNAME, for the annotation and for AWS load balancer and
      // CloudFront targets.
      if (aws && (alias || e.targets().stream().allMatch(CnameAtApexRule::awsAliasTarget))) {
        continue;
      }
      for (String source : e.sources()) {
        Route route = routes.get(source);
        if (route == null) {
          continue;
        }
        int index = route.hostnames().indexOf(e.dnsName());
        ctx.report(
                route,
                index >= 0
                    ? FieldPath.parse("spec.hostnames").index(index)
                    : FieldPath.parse("spec"),
                route.kind()
                    + " "
                    + route.ref().namespacedName()
                    + ": "
                    + e.dnsName()
                    + " is a zone apex, and "
                    + (forced
                        ? "--default-targets "
                            + String.join(",", e.targets())
                            + ", which replace its targets, hold a hostname"
                        : "its Gateway's address "
                            + String.join(",", e.targets())
                            + " is a hostname")
                    + ", so external-dns publishes a CNAME there;"
                    + " DNS forbids a CNAME at the apex and "
                    + (options.provider().isEmpty()
                        ? "most providers reject it"
                        : "provider " + options.provider() + " rejects it")
                    + ". Fix: publish www."
                    + e.dnsName()
                    + " instead, or use the provider's alias"
                    + (aws
                        ? " (the annotation `"
                            + options.annotation("alias")
                            + ": \"true\"` on the route makes Route 53 publish an alias A record)"
                        : " mechanism")
                    + ".")
            .lead(
                route.kind()
                    + " "
                    + route.ref().namespacedName()
                    + (options.provider().isEmpty()
                        ? " may get no DNS record for `"
                        : " gets no DNS record for `")
                    + e.dnsName()
                    + "`: the name is the top of its DNS zone, where DNS allows no CNAME record.")
            .severity(options.provider().isEmpty() ? Severity.WARNING : Severity.ERROR)
            .key(e.dnsName())
            .add();
      }
    }
  }

  /** Targets Route 53 can alias: AWS load balancers, CloudFront, and other AWS-hosted names. */
  private static boolean awsAliasTarget(String target) {
    String t = target.toLowerCase(Locale.ROOT);
    return t.endsWith(".amazonaws.com") || t.endsWith(".cloudfront.net");
  }

  /**
   * A --domain-filter entry itself, or a two-label name (a registrable domain under a one-label
   * suffix).
   */
  static boolean isApex(String name, ExternalDnsOptions options) {
    String n = name.toLowerCase(Locale.ROOT);
    if (Variables.unresolved(n)) {
      return false; // ${DOMAIN} may hold any number of labels
    }
    if (n.endsWith(".")) {
      n = n.substring(0, n.length() - 1);
    }
    for (String filter : options.domainFilters()) {
      String f = filter.toLowerCase(Locale.ROOT).replaceAll("^\\.|\\.$", "");
      if (n.equals(f)) {
        return true;
      }
    }
    return !n.startsWith("*") && n.split("\\.").length == 2;
  }
}
