package io.github.gwdns.core.rules.externaldns;

import io.github.gwdns.core.deploy.ExternalDnsInstance;
import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.model.ParentReference;
import io.github.gwdns.core.model.Route;
import io.github.gwdns.core.model.RouteKind;
import io.github.gwdns.core.predict.ExternalDnsOption;
import io.github.gwdns.core.predict.ExternalDnsOptions;
import io.github.gwdns.core.predict.SourceFailure;
import io.github.gwdns.core.rules.Rule;
import io.github.gwdns.core.rules.RuleContext;
import io.github.gwdns.core.rules.RuleInfo;
import io.github.gwdns.core.rules.Wording;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@RuleInfo(
    id = "externaldns-source-missing",
    severity = Severity.ERROR,
    summary = "Routes of a kind exist, but no external-dns in the manifests reads that kind",
    description =
        "external-dns publishes records only for the route kinds its --source flags enable"
            + " (gateway-httproute, gateway-grpcroute, ...); the external-dns chart enables service and ingress"
            + " unless told otherwise. Routes attached to ListenerSets also need --gateway-listener-sets, which"
            + " only external-dns v0.21.0 and later know. When no external-dns deployed by the manifests reads a"
            + " kind, every route of that kind gets no record, and external-dns logs nothing about it.",
    remediation =
        "Add the source (for the chart: the `sources` value; for a Deployment: a --source arg) or"
            + " --gateway-listener-sets to the external-dns that should publish these routes",
    tags = {"external-dns", "deployment"})
public final class ExternaldnsSourceMissingRule implements Rule {
  @Override
  public void check(RuleContext ctx) {
    sourceFailures(ctx);
    List<ExternalDnsInstance> instances = ctx.input().instances();
    String origin = ctx.options().origin(ExternalDnsOption.SOURCE);
    if (instances.isEmpty()
        || (!origin.equals("default")
            && instances.stream().noneMatch(i -> i.label().equals(origin)))) {
      return; // sources given on the command line or in .gwdns.yaml: route-filtered says what they
      // leave out
    }
    ExternalDnsInstance first = instances.get(0);
    Map<RouteKind, List<Route>> byKind = new EnumMap<>(RouteKind.class);
    List<Route> viaListenerSets = new ArrayList<>();
    for (Route r : ctx.inventory().routes()) {
      byKind.computeIfAbsent(r.routeKind(), k -> new ArrayList<>()).add(r);
      if (r.parentRefs().stream().anyMatch(ParentReference::isListenerSet)) {
        viaListenerSets.add(r);
      }
    }
    for (Map.Entry<RouteKind, List<Route>> e : byKind.entrySet()) {
      RouteKind kind = e.getKey();
      if (instances.stream().anyMatch(i -> effective(ctx, i).sources().contains(kind))) {
        continue;
      }
      ctx.report(
              first.object(),
              first.at(),
              e.getValue().size()
                  + " "
                  + kind.kind()
                  + (e.getValue().size() == 1 ? "" : "s")
                  + " ("
                  + sample(e.getValue())
                  + ") "
                  + (e.getValue().size() == 1 ? "gets" : "get")
                  + " no DNS record: no external-dns in the manifests enables --source="
                  + kind.source()
                  + " ("
                  + instances.stream()
                      .map(i -> i.label() + " runs " + sources(i))
                      .collect(Collectors.joining("; "))
                  + "). Fix: add "
                  + kind.source()
                  + " to the sources of "
                  + first.label()
                  + (first.rbacFromChart()
                      ? " (the chart value `sources`; its default is service, ingress)"
                      : " (a --source arg)")
                  + ".")
          .related(
              e.getValue().get(0),
              io.github.gwdns.core.model.FieldPath.root().field("kind"),
              Wording.article(kind.kind()) + " without DNS")
          .lead(
              "No "
                  + kind.kind()
                  + " gets a DNS record: no external-dns in the manifests is set up to read "
                  + kind.kind()
                  + "s.")
          .key(kind.source())
          .add();
    }
    if (!viaListenerSets.isEmpty()
        && instances.stream().noneMatch(i -> followsListenerSets(ctx, i))) {
      ExternalDnsInstance i = first;
      ExternalDnsOptions o = effective(ctx, i);
      String why =
          o.version() != null && !o.version().supportsListenerSets()
              ? "it is external-dns "
                  + o.version()
                  + ", and ListenerSets are followed from v0.21.0 on, with --gateway-listener-sets"
              : "--gateway-listener-sets is off";
      ctx.report(
              i.object(),
              i.at(),
              viaListenerSets.size()
                  + " route"
                  + (viaListenerSets.size() == 1 ? "" : "s")
                  + " ("
                  + sample(viaListenerSets)
                  + ") "
                  + (viaListenerSets.size() == 1 ? "attaches" : "attach")
                  + " through ListenerSets, which no external-dns in the manifests follows: for "
                  + i.label()
                  + " "
                  + why
                  + ". Fix: run "
                  + i.label()
                  + " with --gateway-listener-sets (and external-dns v0.21.0 or later).")
          .lead(
              "Routes attached through a ListenerSet get no DNS record: "
                  + i.label()
                  + " does not follow ListenerSets.")
          .key("listener-sets")
          .add();
    }
  }

  /**
   * A source that fails as a whole (an FQDN template that cannot run on one route): external-dns
   * then publishes no record of any route of that kind, so the source is as good as missing.
   */
  private static void sourceFailures(RuleContext ctx) {
    for (SourceFailure error : ctx.plan().sourceErrors()) {
      RouteKind kind = error.kind();
      String source = kind.source();
      List<Route> routes =
          ctx.inventory().routes().stream()
              .filter(r -> r.routeKind() == kind)
              .sorted(java.util.Comparator.comparing(Route::ref))
              .toList();
      if (routes.isEmpty()) {
        continue;
      }
      ctx.report(
              routes.get(0),
              io.github.gwdns.core.model.FieldPath.root().field("metadata").field("name"),
              "external-dns's "
                  + source
                  + " source fails ("
                  + error.message()
                  + "), so it publishes no"
                  + " record of any "
                  + kind.kind()
                  + ": "
                  + routes.size()
                  + " "
                  + kind.kind()
                  + (routes.size() == 1 ? "" : "s")
                  + " ("
                  + sample(routes)
                  + ") "
                  + (routes.size() == 1 ? "gets" : "get")
                  + " none. Fix: make --fqdn-template ("
                  + ctx.options().origin(ExternalDnsOption.FQDN_TEMPLATE)
                  + ") work on every "
                  + kind.kind()
                  + ", e.g. guard a field that some routes lack with {{if}}.")
          .lead(
              "No "
                  + kind.kind()
                  + " gets a DNS record: external-dns fails on one of them and then publishes"
                  + " none.")
          .key(source, "fails")
          .add();
    }
  }

  private static ExternalDnsOptions effective(RuleContext ctx, ExternalDnsInstance i) {
    return ctx.input().instance() == i ? ctx.options() : i.options();
  }

  private static boolean followsListenerSets(RuleContext ctx, ExternalDnsInstance i) {
    ExternalDnsOptions o = effective(ctx, i);
    return o.gatewayListenerSets() && (o.version() == null || o.version().supportsListenerSets());
  }

  private static String sources(ExternalDnsInstance i) {
    return i.sources().isEmpty() ? "no source" : String.join(", ", i.sources());
  }

  private static String sample(List<Route> routes) {
    String names =
        routes.stream()
            .limit(3)
            .map(r -> r.ref().namespacedName())
            .collect(Collectors.joining(", "));
    return routes.size() > 3 ? names + ", ..." : names;
  }
}
