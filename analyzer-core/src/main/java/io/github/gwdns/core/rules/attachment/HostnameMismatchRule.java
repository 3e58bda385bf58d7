package io.github.gwdns.core.rules.attachment;

import io.github.gwdns.core.attach.OwnedListener;
import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.model.Route;
import io.github.gwdns.core.predict.ListenerMatch;
import io.github.gwdns.core.predict.ParentTrace;
import io.github.gwdns.core.predict.RouteTrace;
import io.github.gwdns.core.render.Variables;
import io.github.gwdns.core.rules.Cause;
import io.github.gwdns.core.rules.ParentCause;
import io.github.gwdns.core.rules.RuleContext;
import io.github.gwdns.core.rules.RuleInfo;
import io.github.gwdns.core.rules.Wording;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

@RuleInfo(
    id = "hostname-mismatch",
    severity = Severity.ERROR,
    otherLevels = {Severity.NOTE},
    summary = "A route hostname intersects no listener hostname, so it gets no DNS record",
    description =
        "Only hostnames that intersect a listener's hostname are published. A wildcard matches one"
            + " or more labels in front of its suffix, never the bare suffix (*.example.com does not match"
            + " example.com). When no hostname of the route intersects, the controller answers"
            + " NoMatchingListenerHostname; when only some do, the others are dropped without a word.",
    remediation =
        "Use hostnames under the listener's hostname, or change (or remove) the listener hostname",
    tags = {"attachment", "hostname"})
public final class HostnameMismatchRule extends ListenerRejectionRule {
  @Override
  String plainWhy(ParentCause c) {
    return "its hostnames are not among those " + Wording.parentName(c.ref()) + " serves";
  }

  @Override
  Cause cause() {
    return Cause.HOSTNAME_MISMATCH;
  }

  @Override
  FieldPath listenerField(OwnedListener listener) {
    return listener.path().field("hostname");
  }

  @Override
  FieldPath at(ParentCause c) {
    if (c.route().hostnames().isEmpty()) {
      return super.at(c);
    }
    FieldPath list = FieldPath.parse("spec.hostnames");
    FieldPath first = list.index(0);
    // A patch that replaced the hostnames brought them from its own file: point at what it wrote.
    return c.route().provenance().fileAt(first).equals(c.route().provenance().fileAt(list))
        ? list
        : first;
  }

  @Override
  String externalDnsFix(ParentCause c) {
    String hostname = c.externalDnsListener().listener().listener().hostname();
    return "use hostnames matching `"
        + hostname
        + "`, or change the hostname of "
        + c.externalDnsListener().listener().display();
  }

  @Override
  public void check(RuleContext ctx) {
    super.check(ctx);
    Set<Route> reported = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    ctx.causes().of(Cause.HOSTNAME_MISMATCH).forEach(c -> reported.add(c.route()));
    for (RouteTrace trace : ctx.plan().traces()) {
      if (!reported.contains(trace.route())) {
        partialDrops(ctx, trace);
      }
    }
  }

  /** Hostnames of a route that gets records, which themselves match no listener that took it. */
  private static void partialDrops(RuleContext ctx, RouteTrace trace) {
    Route route = trace.route();
    List<ListenerMatch> matched = new ArrayList<>();
    for (ParentTrace p : trace.parents()) {
      if (p.used()) {
        p.listeners().stream().filter(ListenerMatch::matched).forEach(matched::add);
      }
    }
    if (matched.isEmpty()) {
      return;
    }
    Set<String> used = new LinkedHashSet<>();
    matched.forEach(m -> m.usedCandidates().forEach(c -> used.add(c.toLowerCase(Locale.ROOT))));
    // Not compared (a variable on either side) is not a drop: unresolved-variable says so.
    matched.forEach(m -> m.unresolved().forEach(c -> used.add(c.toLowerCase(Locale.ROOT))));
    List<String> hostnames = route.hostnames();
    for (int i = 0; i < hostnames.size(); i++) {
      String h = hostnames.get(i);
      if (used.contains(h.toLowerCase(Locale.ROOT))
          || Variables.hasVariable(h)) { // unresolved-variable reports it
        continue;
      }
      String listeners =
          String.join(
              ", ",
              matched.stream()
                  .map(
                      m ->
                          m.listener().display()
                              + " ("
                              + (m.listener().listener().hostname() == null
                                  ? "any hostname"
                                  : "`" + m.listener().listener().hostname() + "`")
                              + ")")
                  .distinct()
                  .toList());
      ctx.report(
              route,
              FieldPath.parse("spec.hostnames").index(i),
              Wording.object(route)
                  + ": hostname `"
                  + h
                  + "` intersects no listener that takes the route ("
                  + listeners
                  + "), so external-dns publishes no record for it while the other hostnames get theirs."
                  + " Fix: use a hostname those listeners accept, or attach the route to a listener for `"
                  + h
                  + "`.")
          .lead(
              Wording.object(route)
                  + " gets no DNS record for `"
                  + h
                  + "`: no listener that takes the route serves that name.")
          .related(
              matched.get(0).listener().owner(),
              matched.get(0).listener().path().field("hostname"),
              matched.get(0).listener().display())
          .key("hostname", h)
          .add();
    }
  }
}
