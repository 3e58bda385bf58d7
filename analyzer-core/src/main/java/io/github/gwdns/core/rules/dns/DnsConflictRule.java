package io.github.gwdns.core.rules.dns;

import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.model.Route;
import io.github.gwdns.core.predict.DnsPlan;
import io.github.gwdns.core.predict.Endpoint;
import io.github.gwdns.core.rules.Rule;
import io.github.gwdns.core.rules.RuleContext;
import io.github.gwdns.core.rules.RuleInfo;
import io.github.gwdns.core.rules.Wording;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

@RuleInfo(
    id = "dns-conflict",
    severity = Severity.WARNING,
    otherLevels = {Severity.ERROR, Severity.WARNING},
    summary = "Routes ask for one DNS name with different targets, record types or TTLs",
    description =
        "external-dns merges endpoints of one name, type, set identifier and TTL, so routes on"
            + " different Gateways silently become one round-robin record; endpoints that differ only in TTL are"
            + " not merged and external-dns keeps whichever it lists first; a CNAME cannot share its name with"
            + " other records, and a CNAME with several targets (several Hostname addresses) is invalid DNS that"
            + " providers reject (errors).",
    remediation =
        "Give each route its own name, or make the routes agree: same Gateway, same TTL, one"
            + " target for a CNAME",
    tags = {"dns"})
public final class DnsConflictRule implements Rule {
  @Override
  public void check(RuleContext ctx) {
    DnsPlan traces = ctx.plan();
    Map<String, List<Endpoint>> byName = new TreeMap<>();
    for (Endpoint e : ctx.plan().endpoints()) {
      byName
          .computeIfAbsent(e.dnsName() + "\u0000" + e.setIdentifier(), k -> new ArrayList<>())
          .add(e);
    }
    for (List<Endpoint> group : byName.values()) {
      Endpoint first = group.get(0);
      List<Endpoint> cnames = group.stream().filter(e -> e.recordType().equals("CNAME")).toList();
      if (!cnames.isEmpty() && cnames.size() < group.size()) {
        report(
            ctx,
            traces,
            first,
            group,
            Severity.ERROR,
            "`"
                + first.dnsName()
                + "` is asked for as a CNAME and as "
                + group.stream()
                    .map(Endpoint::recordType)
                    .filter(t -> !t.equals("CNAME"))
                    .distinct()
                    .collect(Collectors.joining(" and "))
                + "; a CNAME cannot share its name with other records, so the provider rejects one of them.",
            SEPARATE,
            "cname-mixed");
      } else if (cnames.stream().map(e -> e.targets().get(0)).distinct().count() > 1) {
        report(
            ctx,
            traces,
            first,
            group,
            Severity.ERROR,
            "`"
                + first.dnsName()
                + "` is asked for as CNAME to "
                + cnames.stream()
                    .map(e -> e.targets().get(0))
                    .distinct()
                    .collect(Collectors.joining(" and "))
                + "; external-dns keeps only one CNAME per name (it logs \"Only one CNAME per name\").",
            SEPARATE,
            "cname-conflict");
      } else if (group.stream().map(e -> e.recordType() + "|" + e.recordTtl()).distinct().count()
          > group.stream().map(Endpoint::recordType).distinct().count()) {
        report(
            ctx,
            traces,
            first,
            group,
            Severity.WARNING,
            "`"
                + first.dnsName()
                + "` is asked for with TTLs "
                + group.stream()
                    .map(e -> e.recordTtl() == 0 ? "unset" : Long.toString(e.recordTtl()))
                    .distinct()
                    .collect(Collectors.joining(" and "))
                + "; external-dns does not merge them and publishes whichever it lists first.",
            SEPARATE,
            "ttl");
      }
      for (Endpoint e : cnames) {
        if (e.targets().size() > 1) {
          report(
              ctx,
              traces,
              e,
              List.of(e),
              Severity.ERROR,
              "`"
                  + e.dnsName()
                  + "` becomes one CNAME with several targets ("
                  + String.join(", ", e.targets())
                  + ") because its Gateway has several Hostname addresses; that is invalid DNS"
                  + " and the provider rejects it.",
              "set the Gateway's target annotation to one hostname.",
              "cname-targets");
        }
      }
      roundRobin(ctx, traces, group);
    }
  }

  /** The plain first sentence, by the kind of conflict. */
  private static String lead(String kind, String name) {
    return switch (kind) {
      case "cname-mixed" ->
          "Routes ask for the DNS name "
              + name
              + " as a CNAME and as another record type, which DNS does not allow: the provider"
              + " rejects one of them.";
      case "cname-conflict" ->
          "Routes ask for the DNS name "
              + name
              + " to point at different hostnames: external-dns publishes only one of them.";
      case "ttl" ->
          "Routes ask for the DNS name "
              + name
              + " with different TTLs: external-dns publishes only one of them.";
      case "cname-targets" ->
          "The DNS name "
              + name
              + " would point at several hostnames at once, which DNS does not allow: the provider"
              + " rejects it.";
      case "merged" ->
          "Routes on different Gateways ask for the DNS name "
              + name
              + ": external-dns publishes all their addresses, and clients reach either Gateway.";
      default -> throw new IllegalArgumentException("no lead for conflict kind " + kind);
    };
  }

  /** The fix of a name that several routes ask for differently. */
  private static final String SEPARATE = "give each route its own name, or make them agree.";

  /** Endpoints merged from routes whose own targets differ: one round-robin record. */
  private static void roundRobin(RuleContext ctx, DnsPlan traces, List<Endpoint> group) {
    for (Endpoint merged : group) {
      if (merged.sources().size() < 2 || merged.recordType().equals("CNAME")) {
        continue;
      }
      Map<String, List<String>> targetsByRoute = traces.ownTargets(merged);
      if (targetsByRoute.values().stream().distinct().limit(2).count() > 1) {
        report(
            ctx,
            traces,
            merged,
            List.of(merged),
            Severity.WARNING,
            "`"
                + merged.dnsName()
                + "` is asked for by "
                + targetsByRoute.entrySet().stream()
                    .map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")")
                    .sorted()
                    .collect(Collectors.joining(" and "))
                + "; external-dns merges them into one "
                + merged.recordType()
                + " record with every target, which"
                + " round-robins between the Gateways.",
            SEPARATE,
            "merged");
      }
    }
  }

  private static void report(
      RuleContext ctx,
      DnsPlan traces,
      Endpoint at,
      List<Endpoint> group,
      Severity severity,
      String what,
      String fix,
      String kind) {
    Set<Route> unique = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Endpoint e : group) {
      for (String source : e.sources()) {
        Route r = traces.route(source);
        if (r != null) {
          unique.add(r);
        }
      }
    }
    List<Route> routes = new ArrayList<>(unique);
    routes.sort((a, b) -> a.ref().compareTo(b.ref()));
    Route first = routes.get(0);
    var report =
        ctx.report(
                first,
                where(first, at.dnsName(), ctx),
                Wording.object(first) + ": " + what + " Fix: " + fix)
            .lead(lead(kind, "`" + at.dnsName() + "`"))
            .severity(severity)
            .key(kind, at.dnsName(), at.setIdentifier());
    for (Route other : routes.subList(1, routes.size())) {
      report.related(
          other,
          where(other, at.dnsName(), ctx),
          Wording.object(other) + " asks for the same name");
    }
    report.add();
  }

  /** The field of the route that asks for {@code name}. */
  static FieldPath where(Route route, String name, RuleContext ctx) {
    for (int i = 0; i < route.hostnames().size(); i++) {
      if (route.hostnames().get(i).equalsIgnoreCase(name)
          || name.endsWith(route.hostnames().get(i).replace("*", ""))) {
        return FieldPath.parse("spec.hostnames").index(i);
      }
    }
    String key = ctx.options().annotation("hostname");
    if (route.metadata().annotation(key) != null) {
      return FieldPath.root().field("metadata").field("annotations").field(key);
    }
    return FieldPath.parse("spec.parentRefs");
  }
}
