package io.github.gwdns.core.rules.dns;

import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.model.KubeObject;
import io.github.gwdns.core.model.Listener;
import io.github.gwdns.core.model.Route;
import io.github.gwdns.core.render.Variables;
import io.github.gwdns.core.rules.Rule;
import io.github.gwdns.core.rules.RuleContext;
import io.github.gwdns.core.rules.RuleInfo;
import io.github.gwdns.core.rules.Wording;
import java.util.ArrayList;
import java.util.List;

@RuleInfo(
    id = "unresolved-variable",
    severity = Severity.NOTE,
    summary =
        "A hostname, parent or target holds a Flux variable or vault placeholder gwdns has no value for, so it is not compared",
    description =
        "Flux substitutes ${VAR} when it applies the manifests, from the Kustomization's postBuild.substitute"
            + " and substituteFrom ConfigMaps; values kept in Secrets are not in the repository. argocd-vault-plugin fills in"
            + " <path:...>, <secret:...> and <placeholder> from a vault when Argo CD renders the manifests. A route or listener hostname"
            + " that still holds such a variable cannot be matched against listeners or domain filters: gwdns leaves it out"
            + " of intersection and of the plan's endpoints (plan lists it under `unresolved`), reports this note once per"
            + " hostname field, and never a hostname-mismatch or domain-filtered finding about it. The same holds for a"
            + " parentRef name or namespace (no parent-not-found) and a Gateway's target annotation (its names are listed as"
            + " unresolved, never published to `${VAR}`).",
    remediation =
        "Give the value with --var KEY=VALUE (or `variables:` in .gwdns.yaml), or define it in the covering"
            + " Kustomization's postBuild.substitute",
    tags = {"flux", "variables", "hostname"})
public final class UnresolvedVariableRule implements Rule {
  @Override
  public void check(RuleContext ctx) {
    for (Route route : ctx.inventory().routes()) {
      List<String> hostnames = route.hostnames();
      for (int i = 0; i < hostnames.size(); i++) {
        if (Variables.hasVariable(hostnames.get(i))) {
          report(
              ctx,
              route,
              FieldPath.parse("spec.hostnames").index(i),
              "hostname",
              hostnames.get(i),
              "listener hostnames");
        }
      }
      for (io.github.gwdns.core.model.ParentReference ref : route.parentRefs()) {
        if (!reported(route, ref.name()) && !reported(route, ref.namespace())) {
          continue; // nearly every parentRef: no path built for it
        }
        FieldPath at = FieldPath.parse("spec.parentRefs").index(ref.index());
        reportValue(
            ctx,
            route,
            at.field("name"),
            "parentRefs[" + ref.index() + "].name",
            ref.name(),
            "which Gateway the route attaches to, so it reports no parent-not-found for it");
        reportValue(
            ctx,
            route,
            at.field("namespace"),
            "parentRefs[" + ref.index() + "].namespace",
            ref.namespace(),
            "which Gateway the route attaches to, so it reports no parent-not-found for it");
      }
    }
    String target =
        ctx.options().annotation(io.github.gwdns.core.predict.ExternalDnsAnnotations.TARGET);
    List<KubeObject> parents = new ArrayList<>(ctx.inventory().manifests().gateways());
    parents.addAll(ctx.inventory().manifests().listenerSets());
    for (KubeObject parent : parents) {
      reportValue(
          ctx,
          parent,
          FieldPath.root().field("metadata").field("annotations").field(target),
          "annotation `" + target + "`",
          parent.metadata().annotation(target),
          "the targets of the names that point at it, so it lists those names as"
              + " unresolved in the plan rather than publishing them to `${...}`");
    }
    List<KubeObject> owners = new ArrayList<>(ctx.inventory().manifests().gateways());
    owners.addAll(ctx.inventory().manifests().listenerSets());
    for (KubeObject owner : owners) {
      List<Listener> listeners =
          owner instanceof io.github.gwdns.core.model.Gateway g
              ? g.listeners()
              : ((io.github.gwdns.core.model.ListenerSet) owner).listeners();
      for (Listener l : listeners) {
        report(
            ctx,
            owner,
            l.path().field("hostname"),
            "listener `" + l.name() + "` hostname",
            l.hostname(),
            "route hostnames");
      }
    }
  }

  /** A value other than a hostname that holds a variable: gwdns cannot decide {@code cannot}. */
  private static void reportValue(
      RuleContext ctx, KubeObject object, FieldPath at, String what, String value, String cannot) {
    if (!reported(object, value)) {
      return;
    }
    List<String> names = new ArrayList<>(Variables.names(value));
    String vars = String.join(", ", names.stream().map(n -> Variables.written(value, n)).toList());
    ctx.report(
            object,
            at,
            Wording.object(object)
                + ": "
                + what
                + " `"
                + value
                + "` holds "
                + vars
                + ", which "
                + filledBy(value, names)
                + " and for which gwdns has no value; gwdns cannot tell "
                + cannot
                + ". Fix: "
                + fix(names)
                + ".")
        .lead(
            Wording.object(object)
                + ": gwdns cannot check `"
                + value
                + "`: it holds a variable that is filled in only when the manifests are applied.")
        .key(at.toString())
        .add();
  }

  /**
   * True when {@code value} holds a variable this rule reports: a Helm template left in what a
   * chart model rendered is reported by helm-value-unresolved, with why it was not evaluated.
   */
  private static boolean reported(KubeObject object, String value) {
    return Variables.hasVariable(value)
        && !(object.provenance().chart() != null && Variables.onlyHelmTemplates(value));
  }

  /** Who fills the variables in: Flux, argocd-vault-plugin, Helm, or several. */
  private static String filledBy(String text, List<String> names) {
    boolean helm = names.stream().anyMatch(n -> n.startsWith("{{"));
    boolean vault =
        names.stream().anyMatch(n -> !n.startsWith("{{") && Variables.isVaultPlaceholder(text, n));
    boolean flux =
        names.stream().anyMatch(n -> !n.startsWith("{{") && !Variables.isVaultPlaceholder(text, n));
    List<String> who = new ArrayList<>();
    if (flux) {
      who.add("Flux substitutes when it applies the manifests");
    }
    if (vault) {
      who.add("argocd-vault-plugin fills in when Argo CD renders the manifests");
    }
    if (helm) {
      who.add("Helm renders (this file is an unrendered template)");
    }
    return String.join(", and ", who);
  }

  /** How to give gwdns the values: --var for substitutions, rendering first for a Helm template. */
  private static String fix(List<String> names) {
    List<String> vars = names.stream().filter(n -> !n.startsWith("{{")).toList();
    String give = String.join(" ", vars.stream().map(n -> "--var " + quoted(n) + "=...").toList());
    String render =
        "render the chart first and analyze its output (`helm template ... | gwdns check -`)";
    if (vars.isEmpty()) {
      return render;
    }
    return "pass "
        + give
        + " (or set it under `variables:` in .gwdns.yaml) to predict its records"
        + (vars.size() < names.size() ? ", and " + render : "");
  }

  /** A --var key as a shell takes it: quoted when it holds more than a name's characters. */
  private static String quoted(String name) {
    return name.matches("[A-Za-z0-9_]+") ? name : "'" + name + "'";
  }

  private static void report(
      RuleContext ctx,
      KubeObject object,
      FieldPath at,
      String what,
      String hostname,
      String others) {
    if (!reported(object, hostname)) {
      return;
    }
    List<String> names = new ArrayList<>(Variables.names(hostname));
    String vars =
        String.join(", ", names.stream().map(n -> Variables.written(hostname, n)).toList());
    ctx.report(
            object,
            at,
            Wording.object(object)
                + ": "
                + what
                + " `"
                + hostname
                + "` holds "
                + vars
                + ", which "
                + filledBy(hostname, names)
                + " and for which gwdns has no value; gwdns does not compare it with "
                + others
                + " or domain filters and lists its names as unresolved in the plan. Fix: "
                + fix(names)
                + ".")
        .lead(
            Wording.object(object)
                + ": gwdns cannot check `"
                + hostname
                + "`: it holds a variable that is filled in only when the manifests are applied.")
        .key(at.toString())
        .add();
  }
}
