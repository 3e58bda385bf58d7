package io.github.gwdns.core.rules.attachment;

import io.github.gwdns.core.attach.AttachmentOutcome;
import io.github.gwdns.core.attach.Attachments;
import io.github.gwdns.core.attach.GatewayView;
import io.github.gwdns.core.attach.ListenerCheck;
import io.github.gwdns.core.attach.OwnedListener;
import io.github.gwdns.core.attach.ParentResolution;
import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.model.Gateway;
import io.github.gwdns.core.model.Listener;
import io.github.gwdns.core.model.ListenerSet;
import io.github.gwdns.core.model.Route;
import io.github.gwdns.core.model.RouteKind;
import io.github.gwdns.core.rules.Cause;
import io.github.gwdns.core.rules.ParentCause;
import io.github.gwdns.core.rules.Rule;
import io.github.gwdns.core.rules.RuleContext;
import io.github.gwdns.core.rules.RuleInfo;
import io.github.gwdns.core.rules.Wording;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@RuleInfo(
    id = "listener-conflict",
    severity = Severity.ERROR,
    otherLevels = {Severity.WARNING},
    summary =
        "Listeners share a port with incompatible protocols, or the same hostname, and are rejected;"
            + " or routes contend for one listener that takes only one of them",
    description =
        "Within one Gateway, listeners on one port must use compatible protocols (HTTP; HTTPS and"
            + " TLS; TCP): otherwise all of them are Conflicted and none is accepted. Across a Gateway and its"
            + " ListenerSets, the Gateway's listener wins and the later one is Conflicted. Routes reachable only"
            + " through conflicted listeners get no DNS (some implementations still mark them Accepted). On one"
            + " listener, an HTTPRoute and a GRPCRoute whose hostnames intersect conflict too: the controller"
            + " accepts only the older, which manifests cannot tell, so both routes are reported (a warning:"
            + " some implementations serve both). Envoy Gateway up to v1.8.3 takes one TCPRoute or UDPRoute per"
            + " listener; several on one listener are reported the same way.",
    remediation =
        "Give each listener a port (or hostname) no incompatible listener uses; give an HTTPRoute and a"
            + " GRPCRoute hostnames that do not intersect, or separate listeners",
    tags = {"attachment", "gateway"})
public final class ListenerConflictRule implements Rule {
  @Override
  public void check(RuleContext ctx) {
    List<GatewayView> views = new ArrayList<>(ctx.attachments().views().values());
    views.sort(Comparator.comparing(v -> v.gateway().ref()));
    for (GatewayView view : views) {
      reportListeners(ctx, view, view.ownListeners());
      for (GatewayView.ListenerSetAdmission a : view.listenerSets()) {
        if (a.allowed()) {
          List<OwnedListener> listeners = new ArrayList<>();
          for (Listener l : a.listenerSet().listeners()) {
            listeners.add(new OwnedListener(a.listenerSet(), l));
          }
          reportListeners(ctx, view, listeners);
        }
      }
    }
    for (ParentCause c : ctx.causes().of(Cause.LISTENER_CONFLICT)) {
      ListenerCheck closest = c.listener();
      GatewayView.Conflict conflict =
          ctx.attachments().view(c.resolution().gateway()).conflict(closest.listener());
      boolean notReady = c.resolution().outcome() == AttachmentOutcome.NO_READY_LISTENERS;
      GatewayView view = ctx.attachments().view(c.resolution().gateway());
      ctx.report(
              c.route(),
              Wording.parentRef(c.ref()),
              Wording.object(c.route())
                  + ": "
                  + Wording.parent(c.ref())
                  + ": the only listener that would take it, "
                  + closest.listener().display()
                  + ", is Conflicted ("
                  + conflict.reason()
                  + " with "
                  + conflict.with().display()
                  + ")"
                  + (notReady
                      ? ", so it is not Programmed, and "
                          + view.profile().release().name()
                          + " refuses routes none of whose listeners is ready (Accepted=False NoReadyListeners): "
                          + Wording.noRecord(c.route())
                          + ". Fix: give "
                          + closest.listener().display()
                          + " a port or hostname no other listener uses (from v1.8.2 Envoy Gateway accepts the route, but"
                          + " serves no traffic on a conflicted listener)."
                      : "; the controller does not accept the route and "
                          + Wording.noRecord(c.route())
                          + ". Fix: give "
                          + closest.listener().display()
                          + " a port or hostname no other listener uses."))
          .lead(
              Wording.noRecordLead(
                  c.route(),
                  true,
                  "the only listener that would take it clashes with another listener on the same"
                      + " port or hostname"))
          .related(
              closest.listener().owner(), closest.listener().path(), closest.listener().display())
          .key(c.ref().identity())
          .add();
    }
    // One finding per parentRef, naming the first listener where the contest is.
    Map<ParentResolution, List<Attachments.RouteKindContest>> byParent = new LinkedHashMap<>();
    for (Attachments.RouteKindContest c : ctx.attachments().contests()) {
      byParent.computeIfAbsent(c.resolution(), k -> new ArrayList<>()).add(c);
    }
    byParent
        .values()
        .forEach(list -> reportContest(ctx, list.get(0), list.subList(1, list.size())));
    Map<ParentResolution, List<Attachments.Layer4Contest>> layer4 = new LinkedHashMap<>();
    for (Attachments.Layer4Contest c : ctx.attachments().layer4Contests()) {
      layer4.computeIfAbsent(c.resolution(), k -> new ArrayList<>()).add(c);
    }
    layer4
        .values()
        .forEach(list -> reportLayer4Contest(ctx, list.get(0), list.subList(1, list.size())));
  }

  /**
   * Several TCPRoutes (or UDPRoutes) on one listener of a controller that takes one: reported on
   * each.
   */
  private static void reportLayer4Contest(
      RuleContext ctx, Attachments.Layer4Contest c, List<Attachments.Layer4Contest> also) {
    Route route = c.resolution().route();
    GatewayView view = ctx.attachments().view(c.resolution().gateway());
    String rivals =
        c.rivals().stream().map(Wording::object).collect(Collectors.joining(", "))
            + (c.more() ? " and others" : "");
    String transport = route.routeKind() == RouteKind.TCP ? "TCP" : "UDP";
    var report =
        ctx.report(
                route,
                Wording.parentRef(c.resolution().parentRef()),
                Wording.object(route)
                    + ": "
                    + Wording.parent(c.resolution().parentRef())
                    + ": "
                    + c.listener().display()
                    + (also.isEmpty()
                        ? ""
                        : " (and "
                            + also.stream()
                                .map(a -> a.listener().display())
                                .collect(Collectors.joining(", "))
                            + ")")
                    + " also takes "
                    + rivals
                    + ". "
                    + view.profile().release().name()
                    + " allows one "
                    + route.kind()
                    + " per listener: it accepts the oldest (then the first by namespace/name) and marks the others Accepted=False"
                    + " (UnsupportedValue: \"Multiple routes on the same "
                    + transport
                    + " listener\"), so they get no DNS record;"
                    + " the manifests carry no creation time, so gwdns cannot tell which, and plan lists the names of all. Fix:"
                    + " give each "
                    + route.kind()
                    + " a listener of its own (another port), or upgrade Envoy Gateway to v1.9.0,"
                    + " which accepts them all (and still routes only the oldest).")
            .lead(
                Wording.noRecordLead(
                    route,
                    false,
                    "other routes share its listener, which accepts only one of them"))
            .related(c.listener().owner(), c.listener().path(), c.listener().display());
    for (Route rival : c.rivals()) {
      report.related(
          rival,
          FieldPath.parse("spec.parentRefs"),
          Wording.object(rival) + " on the same listener");
    }
    // A warning: one of them loses its record, but which one the manifests cannot tell.
    report.severity(Severity.WARNING).key("layer4", c.listener().key()).add();
  }

  /**
   * An HTTPRoute and a GRPCRoute whose hostnames intersect on one listener: reported on each of
   * them.
   */
  private static void reportContest(
      RuleContext ctx, Attachments.RouteKindContest c, List<Attachments.RouteKindContest> also) {
    Route route = c.resolution().route();
    String rivals =
        c.rivals().stream().map(Wording::object).collect(Collectors.joining(", "))
            + (c.more() ? " and others" : "");
    String other = route.routeKind() == RouteKind.HTTP ? "GRPCRoute" : "HTTPRoute";
    String what =
        c.hostname() == null
            ? "it has no hostname and neither has the listener, so it takes every name there, as "
                + rivals
                + " do"
            : "its hostname `" + c.hostname() + "` intersects those of " + rivals;
    var report =
        ctx.report(
                route,
                Wording.parentRef(c.resolution().parentRef()),
                Wording.object(route)
                    + ": "
                    + Wording.parent(c.resolution().parentRef())
                    + ": on "
                    + c.listener().display()
                    + (also.isEmpty()
                        ? ""
                        : " (and "
                            + also.stream()
                                .map(a -> a.listener().display())
                                .collect(Collectors.joining(", "))
                            + ")")
                    + ", "
                    + what
                    + ". Of an HTTPRoute and a GRPCRoute whose hostnames intersect on one listener, the"
                    + " controller accepts only the older (then the first by namespace/name) and marks the other"
                    + " Accepted=False; the manifests carry no creation time, so gwdns cannot tell which, and plan lists"
                    + " the names of both: the rejected route gets no record for the names only it asks for. Fix: give"
                    + " the routes hostnames that do not intersect, or put the "
                    + other
                    + " on a listener of its own.")
            .lead(
                Wording.noRecordLead(
                    route,
                    false,
                    Wording.article(other)
                        + " asks for the same hostname on the same listener, and only one of the"
                        + " two is accepted"))
            .related(c.listener().owner(), c.listener().path(), c.listener().display());
    for (Route rival : c.rivals()) {
      report.related(
          rival,
          rival.hostnames().isEmpty()
              ? FieldPath.parse("spec.parentRefs")
              : FieldPath.parse("spec.hostnames"),
          Wording.object(rival) + " on the same listener");
    }
    // A warning: the spec rejects one of the two, but which cannot be told, and implementations
    // (Envoy Gateway, NGINX Gateway Fabric's own suites) serve both kinds on one hostname.
    report.severity(Severity.WARNING).key("route-kind", c.listener().key()).add();
  }

  private static void reportListeners(
      RuleContext ctx, GatewayView view, List<OwnedListener> listeners) {
    for (OwnedListener l : listeners) {
      GatewayView.Conflict conflict = view.conflict(l);
      if (conflict == null) {
        continue;
      }
      String owner;
      if (conflict.with().owner() == l.owner()) {
        owner =
            "no listener of one " + l.owner().kind() + " wins such a conflict: all are rejected";
      } else if (conflict.with().owner() instanceof ListenerSet) {
        owner =
            "ListenerSets are merged oldest first, then by namespace/name, and the earlier listener wins (the"
                + " manifests carry no creation time, so gwdns orders them by namespace/name)";
      } else {
        owner = "its ListenerSet is merged after the Gateway's listeners, which win";
      }
      Gateway gateway = view.gateway();
      ctx.report(
              l.owner(),
              l.path(),
              Wording.object(l.owner())
                  + ": "
                  + l.display()
                  + " ("
                  + l.listener().protocol()
                  + " "
                  + l.listener().port()
                  + (l.listener().hostname() == null ? "" : ", " + l.listener().hostname())
                  + ") conflicts with "
                  + conflict.with().display()
                  + " ("
                  + conflict.reason()
                  + "); "
                  + owner
                  + ", so routes that only it takes get no DNS record"
                  + (view.profile().rejectsWithoutReadyListener()
                      ? " ("
                          + view.profile().release().name()
                          + " marks them Accepted only while another listener"
                          + " of their parentRef is ready, and then serves them no traffic here)"
                      : view.profile().acceptsOnConflictedListeners()
                          ? " and no traffic ("
                              + view.profile().id()
                              + " still marks them Accepted, so external-dns publishes names that do not work)"
                          : "")
                  + ". Fix: give it a port or hostname no incompatible listener of Gateway "
                  + gateway.ref().namespacedName()
                  + " uses.")
          .lead(
              Wording.object(l.owner())
                  + ": "
                  + l.display()
                  + " clashes with another listener on the same port or hostname, so routes that"
                  + " only it takes get no DNS record.")
          .related(conflict.with().owner(), conflict.with().path(), conflict.with().display())
          .key(l.listener().name(), conflict.reason())
          .add();
    }
  }
}
