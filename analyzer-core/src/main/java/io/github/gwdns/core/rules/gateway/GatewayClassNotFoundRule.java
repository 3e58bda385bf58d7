package io.github.gwdns.core.rules.gateway;

import io.github.gwdns.core.attach.GatewayClassNames;
import io.github.gwdns.core.attach.GatewayView;
import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.model.Gateway;
import io.github.gwdns.core.model.GatewayClass;
import io.github.gwdns.core.render.Variables;
import io.github.gwdns.core.rules.Rule;
import io.github.gwdns.core.rules.RuleContext;
import io.github.gwdns.core.rules.RuleInfo;
import io.github.gwdns.core.rules.Wording;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

@RuleInfo(
    id = "gatewayclass-not-found",
    severity = Severity.ERROR,
    otherLevels = {Severity.NOTE},
    summary = "A Gateway names a GatewayClass the manifests do not define",
    description =
        "A Gateway whose gatewayClassName names no GatewayClass is never reconciled: no address,"
            + " no route status, no DNS. When the manifests define other GatewayClasses but not this one, that is"
            + " an error, with the defined class most likely meant when the name is one edit away from it. When"
            + " they define none, or the name is a placeholder, the class is assumed to be installed with its"
            + " controller (a note).",
    remediation = "Set spec.gatewayClassName to a defined GatewayClass, or add the GatewayClass",
    tags = {"gateway"})
public final class GatewayClassNotFoundRule implements Rule {
  @Override
  public void check(RuleContext ctx) {
    List<GatewayView> views = new ArrayList<>(ctx.attachments().views().values());
    views.sort(Comparator.comparing(v -> v.gateway().ref()));
    Set<String> noted = new TreeSet<>();
    Map<String, Long> usedBy = new HashMap<>();
    views.forEach(v -> usedBy.merge(v.gateway().gatewayClassName(), 1L, Long::sum));
    for (GatewayView view : views) {
      Gateway g = view.gateway();
      if (g.meshOnly()) {
        continue; // a mesh waypoint carries no DNS
      }
      if (view.classState() == GatewayView.ClassState.MISSING) {
        String meant = GatewayClassNames.likelyTypo(g.gatewayClassName(), ctx.inventory());
        // Routes that carry a status are read as written, by external-dns too: only the others lose
        // their record to the missing controller.
        List<io.github.gwdns.core.model.Route> attached =
            ctx.attachments().routesOf(g).stream()
                .distinct()
                .sorted(Comparator.comparing(r -> r.ref()))
                .toList();
        List<io.github.gwdns.core.model.Route> stranded =
            attached.stream().filter(r -> observed(ctx, r) == false).toList();
        List<io.github.gwdns.core.model.Route> observed =
            attached.stream().filter(r -> observed(ctx, r)).toList();
        String routes =
            stranded.stream().map(r -> r.ref().display()).collect(Collectors.joining(", "));
        RuleContext.Report report =
            ctx.report(
                g,
                FieldPath.parse("spec.gatewayClassName"),
                Wording.object(g)
                    + " names GatewayClass `"
                    + g.gatewayClassName()
                    + "`, which is not defined; the manifests"
                    + " define "
                    + (meant != null ? "`" + meant + "`" : "only " + defined(ctx))
                    + ". No controller reconciles the Gateway"
                    + (routes.isEmpty()
                        ? ""
                        : ", so "
                            + routes
                            + (stranded.size() == 1 ? " gets" : " get")
                            + " no status and no DNS record")
                    + (observed.isEmpty()
                        ? ""
                        : " ("
                            + observed.stream()
                                .map(r -> r.ref().display())
                                .collect(Collectors.joining(", "))
                            + (observed.size() == 1
                                ? " carries a status, which is"
                                : " carry a status, which is")
                            + " read as written)")
                    + ". Fix: set spec.gatewayClassName to "
                    + (meant != null ? "`" + meant + "`" : "a defined class")
                    + ", or add GatewayClass `"
                    + g.gatewayClassName()
                    + "`.");
        report.lead(
            Wording.object(g)
                + " is handled by no Gateway controller: the class it names does not exist"
                + (routes.isEmpty() ? "." : ", so its routes get no DNS record."));
        // The routes left without a record, the first ten, so a pull request that adds one shows
        // it.
        stranded.stream()
            .limit(10)
            .forEach(
                r ->
                    report.related(
                        r,
                        FieldPath.parse("metadata.name"),
                        Wording.object(r) + ", which gets no status"));
        report.key(g.gatewayClassName()).add();
      } else if (view.classState() == GatewayView.ClassState.ASSUMED
          && noted.add(g.gatewayClassName())) {
        long count = usedBy.get(g.gatewayClassName());
        boolean placeholder = Variables.unresolved(g.gatewayClassName());
        String creator = ctx.attachments().controllerClasses().creator(g.gatewayClassName());
        ctx.report(
                g,
                FieldPath.parse("spec.gatewayClassName"),
                "GatewayClass `"
                    + g.gatewayClassName()
                    + "` (used by "
                    + count
                    + " Gateway"
                    + (count == 1 ? "" : "s")
                    + ", first "
                    + g.ref().namespacedName()
                    + ") is "
                    + (placeholder
                        ? "a placeholder, filled in when the manifests are applied"
                        : "not in the manifests")
                    + (creator != null && !placeholder
                        ? "; it is created by " + creator + ", which the manifests do not install"
                        : "")
                    + "; gwdns assumes it is installed with its controller and predicts with the Gateway API specification's rules.")
            .lead(
                "gwdns assumes GatewayClass `"
                    + g.gatewayClassName()
                    + "` exists in the cluster: the manifests do not define it.")
            .severity(Severity.NOTE)
            .key(g.gatewayClassName(), "assumed")
            .add();
      }
    }
  }

  /** True when external-dns follows {@code route} through the status written in its manifest. */
  private static boolean observed(RuleContext ctx, io.github.gwdns.core.model.Route route) {
    io.github.gwdns.core.predict.RouteTrace trace = ctx.plan().trace(route);
    return trace != null
        && trace.statusOrigin() == io.github.gwdns.core.predict.StatusOrigin.OBSERVED;
  }

  private static String defined(RuleContext ctx) {
    return ctx.inventory().manifests().gatewayClasses().stream()
        .map(GatewayClass::metadata)
        .map(m -> "`" + m.name() + "`")
        .distinct()
        .sorted()
        .collect(Collectors.joining(", "));
  }
}
