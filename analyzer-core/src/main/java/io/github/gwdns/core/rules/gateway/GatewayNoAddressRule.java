package io.github.gwdns.core.rules.gateway;

import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.model.Gateway;
import io.github.gwdns.core.model.GatewayAddress;
import io.github.gwdns.core.predict.ParentTrace;
import io.github.gwdns.core.predict.PendingName;
import io.github.gwdns.core.predict.RouteTrace;
import io.github.gwdns.core.rules.Rule;
import io.github.gwdns.core.rules.RuleContext;
import io.github.gwdns.core.rules.RuleInfo;
import io.github.gwdns.core.rules.Wording;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

@RuleInfo(
    id = "gateway-no-address",
    severity = Severity.ERROR,
    otherLevels = {Severity.NOTE},
    summary =
        "Names point at a Gateway with no address, so external-dns publishes them with no target",
    description =
        "external-dns takes targets from the Gateway's target annotation, else from its"
            + " status.addresses; it never reads spec.addresses. A Gateway whose status has no address gives"
            + " names without targets (external-dns logs \"Endpoints generated ...: []\" and publishes nothing)."
            + " A Gateway without any status yet will get its address from its controller: its names are"
            + " pending (a note).",
    remediation =
        "Let the controller assign an address (check the Gateway's Programmed condition and its"
            + " Service), or set the target annotation on the Gateway",
    tags = {"gateway", "dns"})
public final class GatewayNoAddressRule implements Rule {
  @Override
  public void check(RuleContext ctx) {
    Map<Gateway, TreeSet<String>> unaddressed = new IdentityHashMap<>();
    Map<
            Gateway,
            java.util.TreeMap<
                io.github.gwdns.core.finding.ObjectRef, io.github.gwdns.core.model.Route>>
        routes = new IdentityHashMap<>();
    for (RouteTrace trace : ctx.plan().traces()) {
      var names = trace.unaddressedHosts();
      for (ParentTrace p : trace.parents()) {
        if (p.used() && p.targetsKnown() && p.targets().isEmpty() && !p.gateway().meshOnly()) {
          for (String name : p.names()) {
            if (names.contains(name)) {
              unaddressed
                  .computeIfAbsent(p.gateway(), g -> new TreeSet<>())
                  .add(name + " (" + trace.route().ref().display() + ")");
              routes
                  .computeIfAbsent(p.gateway(), g -> new java.util.TreeMap<>())
                  .put(trace.route().ref(), trace.route());
            }
          }
        }
      }
    }
    unaddressed.entrySet().stream()
        .sorted(Comparator.comparing(e -> e.getKey().ref()))
        .forEach(
            e -> {
              Gateway g = e.getKey();
              boolean noStatus = g.status() == null;
              RuleContext.Report report =
                  ctx.report(
                      g,
                      FieldPath.parse(noStatus ? "metadata.name" : "status.addresses"),
                      Wording.object(g)
                          + (noStatus
                              ? " has no status, and external-dns reads status as written"
                              : " has a status without addresses (its controller did not assign one)")
                          + " and no target annotation: external-dns publishes "
                          + String.join(", ", e.getValue())
                          + " with no target, that is nothing. Fix: make the controller assign an address (check the Gateway's"
                          + " Programmed condition and its Service), or set the annotation `"
                          + ctx.options().annotation("target")
                          + "`.");
              // The routes whose names are lost, the first ten: a PR that adds one shows it.
              routes.get(g).values().stream()
                  .limit(10)
                  .forEach(
                      r ->
                          report.related(
                              r,
                              FieldPath.parse("metadata.name"),
                              Wording.object(r) + ", whose records get no target"));
              report.lead(
                  Wording.object(g)
                      + " has no address, so the DNS records of its routes point nowhere.");
              report.key("unaddressed").add();
            });
    Map<String, TreeSet<String>> pending = new java.util.TreeMap<>();
    for (PendingName p : ctx.plan().pending()) {
      pending.computeIfAbsent(p.awaitingAddressOf(), k -> new TreeSet<>()).add(p.dnsName());
    }
    pending.forEach(
        (gatewayName, names) -> {
          int slash = gatewayName.indexOf('/');
          Gateway g =
              ctx.inventory()
                  .gateway(gatewayName.substring(0, slash), gatewayName.substring(slash + 1));
          if (g.meshOnly()) {
            return; // a mesh waypoint carries no DNS
          }
          String requested =
              g.addresses().stream()
                  .map(GatewayAddress::value)
                  .filter(v -> v != null)
                  .collect(Collectors.joining(", "));
          ctx.report(
                  g,
                  FieldPath.parse(g.addresses().isEmpty() ? "metadata.name" : "spec.addresses"),
                  Wording.object(g)
                      + " has no status yet, so its address is whatever its controller assigns"
                      + (requested.isEmpty()
                          ? ""
                          : " (requested in spec.addresses: " + requested + ")")
                      + "; "
                      + String.join(", ", names)
                      + " will be published once it does (listed as pending by `gwdns plan`).")
              .lead(
                  Wording.object(g)
                      + " has no address yet: its routes get DNS records once its controller assigns"
                      + " one.")
              .severity(Severity.NOTE)
              .key("pending")
              .add();
        });
  }
}
