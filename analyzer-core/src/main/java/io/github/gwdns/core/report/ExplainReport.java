package io.github.gwdns.core.report;

import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.InstancePlan;
import io.github.gwdns.core.attach.Check;
import io.github.gwdns.core.attach.CheckKind;
import io.github.gwdns.core.attach.ControllerProfile;
import io.github.gwdns.core.attach.GatewayView;
import io.github.gwdns.core.attach.ListenerCheck;
import io.github.gwdns.core.attach.OwnedListener;
import io.github.gwdns.core.attach.ParentResolution;
import io.github.gwdns.core.attach.Remedies;
import io.github.gwdns.core.deploy.StartupFailure;
import io.github.gwdns.core.model.Gateway;
import io.github.gwdns.core.model.KubeObject;
import io.github.gwdns.core.model.Listener;
import io.github.gwdns.core.model.ParentReference;
import io.github.gwdns.core.model.Route;
import io.github.gwdns.core.predict.DefaultTargets;
import io.github.gwdns.core.predict.Endpoint;
import io.github.gwdns.core.predict.ExternalDnsOption;
import io.github.gwdns.core.predict.ExternalDnsOptions;
import io.github.gwdns.core.predict.ListenerMatch;
import io.github.gwdns.core.predict.ParentStep;
import io.github.gwdns.core.predict.ParentTrace;
import io.github.gwdns.core.predict.RouteTrace;
import io.github.gwdns.core.predict.StatusOrigin;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * A step-by-step account of one route (or Gateway): the external-dns filters, the hostname
 * candidates, what the controller decides for each parentRef and why, what external-dns does with
 * each status parent, the targets and where they come from, and the endpoints; or, when there are
 * none, the exact reason and the fix. This is the answer to "No endpoints could be generated from
 * HTTPRoute foo/bar".
 */
public final class ExplainReport {
  private static final String PASS = "pass";
  private static final String FAIL = "FAIL";
  private static final String SKIP = "n/a ";

  private final AnalysisResult result;

  /** The instance being explained: each gets a section of its own. */
  private InstancePlan instance;

  private io.github.gwdns.core.predict.DnsPlan plan;

  public ExplainReport(AnalysisResult result) {
    this.result = result;
    this.instance = result.plans().get(0);
    this.plan = instance.plan();
  }

  /**
   * Explains {@code target} ({@code KIND/NAMESPACE/NAME}) in every cluster that has it, each in a
   * section of its own when the input holds several clusters.
   *
   * @return false when no cluster has it
   */
  public static boolean explain(AnalysisResult result, String target, Writer out)
      throws IOException {
    return explain(result, target, out, false);
  }

  /**
   * As {@link #explain(AnalysisResult, String, Writer)}, with ANSI colours when {@code color} (for
   * terminals only).
   */
  public static boolean explain(AnalysisResult result, String target, Writer out, boolean color)
      throws IOException {
    // Cluster names are paths of the input: escaped before colour codes are added.
    out = SafeText.writer(Highlighter.of(out, color, Highlighter.EXPLAIN));
    boolean found = false;
    for (AnalysisResult cluster : result.clusters()) {
      KubeObject object = find(cluster, target);
      if (object == null) {
        continue;
      }
      if (result.severalClusters()) {
        out.write((found ? "\n" : "") + "##### cluster " + cluster.cluster() + " #####\n");
      }
      found = true;
      new ExplainReport(cluster).write(object, out);
    }
    out.flush();
    return found;
  }

  /** Finds the object named {@code KIND/NAMESPACE/NAME} (kind case-insensitive), or null. */
  public static KubeObject find(AnalysisResult result, String target) {
    String[] parts = target.split("/");
    if (parts.length != 3) {
      return null;
    }
    for (KubeObject o : result.inventory().routes()) {
      if (matches(o, parts)) {
        return o;
      }
    }
    Gateway g = result.inventory().gateway(parts[1], parts[2]);
    return g != null && parts[0].equalsIgnoreCase("Gateway") ? g : null;
  }

  /**
   * The route or Gateway, as {@code KIND/NAMESPACE/NAME}, whose name is closest to {@code target}
   * when that is a typo of it (see {@link io.github.gwdns.core.finding.Spelling}); else null.
   */
  public static String closestTarget(AnalysisResult result, String target) {
    java.util.Set<String> names = new java.util.TreeSet<>();
    for (AnalysisResult cluster : result.clusters()) {
      for (KubeObject o : cluster.inventory().routes()) {
        names.add(o.kind() + "/" + o.metadata().namespace() + "/" + o.metadata().name());
      }
      for (Gateway g : cluster.inventory().manifests().gateways()) {
        names.add("Gateway/" + g.metadata().namespace() + "/" + g.metadata().name());
      }
    }
    return io.github.gwdns.core.finding.Spelling.closest(target, names);
  }

  /**
   * When {@code target} names a ListenerSet ({@code ListenerSet/NS/NAME} or {@code
   * XListenerSet/...}), its parent Gateway as {@code Gateway/NS/NAME}; else null. explain works on
   * routes and Gateways.
   */
  public static String listenerSetParent(AnalysisResult result, String target) {
    String[] parts = target.split("/");
    if (parts.length != 3) {
      return null;
    }
    for (AnalysisResult cluster : result.clusters()) {
      for (io.github.gwdns.core.model.ListenerSet set :
          cluster.inventory().manifests().listenerSets()) {
        if (matches(set, parts)) {
          return "Gateway/" + set.parentRef().namespace() + "/" + set.parentRef().name();
        }
      }
    }
    return null;
  }

  private static boolean matches(KubeObject o, String[] parts) {
    return o.kind().equalsIgnoreCase(parts[0])
        && o.metadata().namespace().equals(parts[1])
        && o.metadata().name().equals(parts[2]);
  }

  /**
   * Explains {@code object} for every external-dns instance: with several (a public and a private
   * one), one section each, headed by the instance.
   */
  public void write(KubeObject object, Writer out) throws IOException {
    out = SafeText.writer(out); // manifest text must not act on a terminal or a log
    boolean several = result.plans().size() > 1;
    for (int i = 0; i < result.plans().size(); i++) {
      instance = result.plans().get(i);
      plan = instance.plan();
      if (several) {
        out.write(
            (i == 0 ? "" : "\n")
                + "=== "
                + PlansReport.heading(instance)
                + " ("
                + (i + 1)
                + " of "
                + result.plans().size()
                + "; --external-dns "
                + instance.instance().name()
                + " for this one only) ===\n");
      }
      if (object instanceof Route route) {
        route(route, out);
      } else {
        gateway((Gateway) object, out);
      }
    }
    out.flush();
  }

  private void route(Route route, Writer out) throws IOException {
    RouteTrace trace = plan.trace(route);
    out.write(
        route.kind()
            + " "
            + route.ref().namespacedName()
            + "  ("
            + route.provenance().rangeOf("metadata.name").display()
            + ")\n");
    if (route.provenance().chart() != null) {
      out.write(route.provenance().chart().describe() + "\n");
    }
    out.write(
        "namespace `" + route.metadata().namespace() + "` from " + namespaceSource(route) + "\n");
    out.write(externalDns() + "\n\n");

    out.write("1. external-dns filters\n");
    if (trace.filteredBy() != null) {
      out.write("   " + FAIL + "  " + trace.filteredBy().detail() + "\n\n");
      conclude(route, trace, out);
      return;
    }
    out.write(
        "   "
            + PASS
            + "  source "
            + route.routeKind().source()
            + " enabled; namespace, label, annotation and controller filters pass\n");
    if (trace.error() != null) {
      out.write("   " + FAIL + "  " + trace.error() + "\n\n");
      conclude(route, trace, out);
      return;
    }
    out.write("\n2. hostname candidates: " + quoted(trace.candidates()) + "\n");
    out.write(
        "   (spec.hostnames, FQDN template and hostname annotation; \"\" inherits the listener hostname)\n");
    trace.notes().forEach(n -> write(out, "   note: " + n + "\n"));

    out.write("\n3. Gateway controller (as gwdns predicts it)\n");
    List<ParentResolution> resolutions = result.attachments().of(route);
    if (resolutions.isEmpty()) {
      out.write("   the route has no spec.parentRefs\n");
    }
    for (ParentResolution r : resolutions) {
      controller(r, out);
    }

    out.write(
        "\n4. external-dns, reading "
            + (trace.statusOrigin() == StatusOrigin.OBSERVED
                ? "the route's status as written in the manifest"
                : "the status gwdns predicts")
            + "\n");
    if (trace.parents().isEmpty()) {
      out.write("   status.parents is empty: nothing to follow\n");
    }
    for (ParentTrace p : trace.parents()) {
      externalDns(p, out);
    }
    out.write("\n");
    conclude(route, trace, out);
  }

  private void controller(ParentResolution r, Writer out) throws IOException {
    ParentReference ref = r.parentRef();
    out.write(
        "   parentRefs["
            + ref.index()
            + "] -> "
            + ref.kind()
            + " "
            + ref.namespace()
            + "/"
            + ref.name()
            + (ref.sectionName() != null ? ", sectionName " + ref.sectionName() : "")
            + (ref.port() != null ? ", port " + ref.port() : "")
            + "\n");
    GatewayView view = r.gateway() == null ? null : result.attachments().view(r.gateway());
    if (view != null && !view.profile().equals(ControllerProfile.SPEC)) {
      // The implementation, and for Envoy Gateway the release, decide some outcomes: say which was
      // used.
      out.write("     controller: profile " + view.profile().describe() + "\n");
    }
    for (ListenerCheck c : r.candidates()) {
      Listener l = c.listener().listener();
      out.write(
          "     "
              + c.listener().display()
              + " ("
              + l.protocol()
              + " "
              + l.port()
              + (l.hostname() != null ? ", hostname " + l.hostname() : "")
              + ")\n");
      for (Check check : c.checks()) {
        out.write(
            "       "
                + (check.passed() ? PASS : FAIL)
                + "  "
                + check.kind().label()
                + ": "
                + check.detail()
                + "\n");
      }
    }
    out.write("     => " + verdict(r) + ": " + r.message() + "\n");
    String fix = Remedies.fix(r, result.inventory());
    if (fix != null) {
      out.write("     fix: " + fix + "\n");
    }
  }

  private void externalDns(ParentTrace p, Writer out) throws IOException {
    ParentReference ref = p.status().parentRef();
    out.write(
        "   status.parents["
            + p.status().index()
            + "] -> "
            + ref.kind()
            + " "
            + ref.namespace()
            + "/"
            + ref.name()
            + (ref.sectionName() != null ? ", sectionName " + ref.sectionName() : "")
            + "\n");
    for (ParentStep step : ParentStep.values()) {
      if (step == p.failedStep()) {
        out.write(
            "     "
                + FAIL
                + "  "
                + step.label()
                + " "
                + describe(step)
                + ": "
                + p.message()
                + "\n");
        break;
      }
      if (step == ParentStep.LISTENERSET_ATTACHED && !ref.kind().equals("ListenerSet")) {
        // Shown, not left out: a gap in the numbers reads as a step gwdns forgot.
        out.write(
            "     "
                + SKIP
                + "  "
                + step.label()
                + " "
                + describe(step)
                + ": the parent is a "
                + ref.kind()
                + "\n");
        continue;
      }
      out.write("     " + PASS + "  " + step.label() + " " + describe(step) + "\n");
    }
    for (ListenerMatch m : p.listeners()) {
      out.write("     " + m.listener().display() + "\n");
      for (Check check : m.checks()) {
        out.write(
            "       "
                + (check.passed() ? PASS : FAIL)
                + "  "
                + check.kind().label()
                + ": "
                + check.detail()
                + "\n");
      }
    }
    if (p.used()) {
      out.write("     names: " + String.join(", ", p.names()) + "\n");
      out.write(
          "     targets: "
              + (p.targetsKnown()
                  ? (p.targets().isEmpty() ? "none" : String.join(", ", p.targets()))
                      + " ("
                      + p.targetSource()
                      + ")"
                  : "not known yet: " + p.targetSource())
              + "\n");
    }
  }

  /** The condition the controller writes, as kubectl shows it, or that it writes none. */
  private static String verdict(ParentResolution r) {
    String reason = r.outcome().reason();
    return r.accepted()
        ? "Accepted"
        : reason == null ? "no status written" : "Accepted=False (" + reason + ")";
  }

  private static String describe(ParentStep step) {
    return switch (step) {
      case IN_SPEC -> "status parent is one of spec.parentRefs";
      case SUPPORTED_KIND -> "parent is a Gateway or ListenerSet";
      case FOUND -> "parent exists and passes the Gateway filters";
      case GATEWAY_NAME -> "--gateway-name";
      case ACCEPTED -> "Accepted=True";
      case LISTENERSET_ATTACHED -> "a ListenerSet parent is attached to its Gateway";
      case SECTION -> "sectionName names a listener";
      case LISTENERS -> "a listener matches";
    };
  }

  /**
   * Which external-dns is explained and where each of its options that is not a default came from:
   * the command line, .gwdns.yaml, or the Deployment or HelmRelease in the manifests.
   */
  private String externalDns() {
    ExternalDnsOptions o = plan.options();
    StringBuilder text = new StringBuilder("external-dns: ");
    text.append(
        instance.instance() == null
            ? "the options given (no external-dns in the manifests)"
            : instance.label());
    text.append(", ")
        .append(
            o.version() == null
                ? "version unknown (predicted as v0.22.0)"
                : o.version() + " (" + o.origin(ExternalDnsOption.EXTERNAL_DNS_VERSION) + ")");
    for (ExternalDnsOption option : ExternalDnsOption.values()) {
      if (option != ExternalDnsOption.EXTERNAL_DNS_VERSION && o.isSet(option)) {
        text.append("\n   ")
            .append(option.key())
            .append(" = ")
            .append(option.shown(o))
            .append("  (")
            .append(o.origin(option))
            .append(")");
      }
    }
    if (instance.instance() != null) {
      // Values still templated in the HelmRelease: predicted with external-dns's default instead.
      for (io.github.gwdns.core.deploy.ExternalDnsInstance.Unread u :
          instance.instance().unread()) {
        text.append("\n   ").append(u.explain());
      }
    }
    if (new DefaultTargets(o).ignored()) {
      text.append(
          "\n   defaultTargets: not applied: Gateway API routes always have targets, and external-dns applies"
              + " --default-targets to them only with --force-default-targets");
    }
    for (StartupFailure f : instance.startup()) {
      // A check that fails: the instance exits before it lists any route, or may (release unknown).
      text.append("\n   ")
          .append(f.certain() ? "does not start: " : "may not start (" + f.releases() + "): ")
          .append(f.logged())
          .append(f.at().isRoot() ? "" : " (`" + f.at() + "`)");
    }
    return text.toString();
  }

  private void conclude(Route route, RouteTrace trace, Writer out) throws IOException {
    out.write("5. result\n");
    List<Endpoint> endpoints = trace.endpoints();
    DefaultTargets defaults = new DefaultTargets(plan.options());
    if (defaults.replaces() && !endpoints.isEmpty()) {
      out.write(
          "   the source gives "
              + String.join(
                  ", ",
                  endpoints.stream()
                      .map(
                          e ->
                              e.dnsName()
                                  + " "
                                  + e.recordType()
                                  + " "
                                  + String.join(",", e.targets()))
                      .toList())
              + "; "
              + (plan.options().forceDefaultTargets()
                  ? "--force-default-targets"
                  : "external-dns " + plan.options().version() + " (before v0.18.0)")
              + " replaces the targets with --default-targets:\n");
      endpoints = endpoints.stream().flatMap(e -> defaults.replace(e).stream()).distinct().toList();
    }
    for (Endpoint e : endpoints) {
      String filtered =
          plan.filtered().stream()
              .filter(
                  f ->
                      f.endpoint().dnsName().equals(e.dnsName())
                          && f.endpoint().recordType().equals(e.recordType()))
              .map(f -> f.reason())
              .findFirst()
              .orElse(null);
      out.write(
          "   "
              + e.dnsName()
              + "  "
              + e.recordType()
              + "  "
              + String.join(",", e.targets())
              + "  TTL "
              + (e.recordTtl() == 0 ? "-" : e.recordTtl())
              + (e.setIdentifier().isEmpty() ? "" : "  set " + e.setIdentifier())
              + (filtered == null ? "" : "  FILTERED: " + filtered + ", never published")
              + "\n");
    }
    for (Map.Entry<String, List<String>> p : trace.pendingHosts().entrySet()) {
      out.write(
          "   "
              + p.getKey()
              + "  pending: waits for the address of Gateway "
              + String.join(", ", p.getValue())
              + " (no status yet; its controller assigns it)\n");
    }
    for (String u : trace.unresolved()) {
      out.write(
          "   "
              + u
              + "  unresolved: holds a Flux variable gwdns has no value for, so it was not compared"
              + " (pass --var KEY=VALUE)\n");
    }
    if (!endpoints.isEmpty() || !trace.pendingHosts().isEmpty() || !trace.unresolved().isEmpty()) {
      List<String> unaddressed = trace.unaddressedHosts();
      if (!unaddressed.isEmpty()) {
        out.write(
            "   no record for "
                + String.join(", ", unaddressed)
                + ": the Gateway has no address\n");
      }
      return;
    }
    if (!trace.unaddressedHosts().isEmpty()) {
      out.write(
          "   Endpoints generated from "
              + route.kind()
              + " "
              + route.ref().namespacedName()
              + ": []\n");
      out.write(
          "   why: "
              + String.join(", ", trace.unaddressedHosts())
              + " matched, but the Gateway has no status.addresses"
              + " and no "
              + "target annotation\n");
      out.write(
          "   fix: let the Gateway's controller assign an address (check its Programmed condition), or set the"
              + " `target` annotation on the Gateway\n");
      return;
    }
    out.write(
        "   No endpoints could be generated from "
            + route.kind()
            + " "
            + route.ref().namespacedName()
            + "\n");
    String[] whyFix = diagnose(route, trace);
    out.write("   why: " + whyFix[0] + "\n");
    if (whyFix[1] != null) {
      out.write("   fix: " + whyFix[1] + "\n");
    }
  }

  /** The cause and fix of a route without endpoints, from the first step that stopped it. */
  private String[] diagnose(Route route, RouteTrace trace) {
    if (trace.filteredBy() != null) {
      return new String[] {
        "external-dns never lists it: " + trace.filteredBy().detail(),
        trace.filteredBy().filter().fix()
      };
    }
    if (trace.error() != null) {
      return new String[] {trace.error(), "fix the --fqdn-template"};
    }
    if (route.parentRefs().isEmpty()) {
      return new String[] {
        "the route has no spec.parentRefs; external-dns follows only routes that name their parents",
        "add spec.parentRefs naming the Gateway (defaulted Gateways from spec.useDefaultGateways get no DNS)"
      };
    }
    if (trace.parents().isEmpty()) {
      if (trace.statusOrigin() == StatusOrigin.OBSERVED) {
        return new String[] {
          "its status.parents is empty, so no controller has attached it",
          "check the controller, or analyze with --status-mode predicted to see what it would decide"
        };
      }
      ParentResolution first = result.attachments().of(route).get(0);
      return new String[] {first.message(), Remedies.fix(first, result.inventory())};
    }
    ParentTrace p = trace.parents().get(0);
    for (ParentTrace candidate : trace.parents()) {
      if (candidate.failedStep() != null
          && candidate.failedStep().ordinal() > p.failedStep().ordinal()) {
        p = candidate;
      }
    }
    return switch (p.failedStep()) {
      case ACCEPTED -> controllerCause(route, p);
      case LISTENERS -> listenersCause(route, p);
      case FOUND ->
          p.filteredBy() != null
              ? new String[] {
                p.message() + ": " + p.filteredBy().detail(), p.filteredBy().filter().fix()
              }
              : new String[] {
                p.message(), "fix spec.parentRefs, or add the parent to the manifests"
              };
      case IN_SPEC ->
          new String[] {
            p.message() + ": the status is stale and names a parent the route no longer has",
            "nothing to change in the manifests: the controller rewrites status.parents for the current spec.parentRefs"
                + " (gwdns predicts: "
                + predictedOutcome(route)
                + "); if this snapshot is current, check the controller"
          };
      case GATEWAY_NAME ->
          new String[] {
            p.message() + " (--gateway-name compares names only, in any namespace)",
            "run external-dns with --gateway-name "
                + p.gateway().metadata().name()
                + ", or attach the route to the Gateway it names"
          };
      default -> new String[] {p.message(), null};
    };
  }

  private String predictedOutcome(Route route) {
    return result.attachments().of(route).stream()
        .map(
            r ->
                r.parentDisplay()
                    + " "
                    + (r.accepted()
                        ? "Accepted"
                        : r.outcome().reason() == null ? "no status" : r.outcome().reason()))
        .collect(java.util.stream.Collectors.joining(", "));
  }

  private String[] controllerCause(Route route, ParentTrace p) {
    for (ParentResolution r : result.attachments().of(route)) {
      if (r.parentRef().sameObject(p.status().parentRef()) && !r.accepted()) {
        return new String[] {
          "the controller does not accept it: " + r.message(), Remedies.fix(r, result.inventory())
        };
      }
    }
    var accepted = p.status().condition("Accepted");
    return new String[] {
      "status.parents["
          + p.status().index()
          + "] is not Accepted"
          + (accepted == null ? "" : " (" + accepted.reason() + ": " + accepted.message() + ")"),
      "fix what the controller reports"
    };
  }

  private String[] listenersCause(Route route, ParentTrace p) {
    List<String> candidates = plan.trace(route).candidates();
    boolean onlyInherit = candidates.stream().allMatch(String::isEmpty);
    boolean hostnameless =
        p.listeners().stream().allMatch(m -> m.listener().listener().hostname() == null);
    boolean otherChecksPass =
        p.listeners().stream()
            .anyMatch(m -> m.failed() != null && m.failed().kind() == CheckKind.HOSTNAMES);
    if (onlyInherit && hostnameless && otherChecksPass) {
      return new String[] {
        "neither the route nor the listener has a hostname, so there is no name to publish",
        "set spec.hostnames on the route, or the hostname annotation `"
            + plan.options().annotation("hostname")
            + "`, or a hostname on the listener"
      };
    }
    ListenerMatch closest =
        p.listeners().stream().max((a, b) -> Integer.compare(passed(a), passed(b))).orElse(null);
    if (closest == null) {
      return new String[] {p.message(), null};
    }
    Check failed = closest.failed();
    return new String[] {
      p.message()
          + "; closest: "
          + closest.listener().display()
          + " fails "
          + failed.kind().label()
          + " ("
          + failed.detail()
          + ")",
      failed.kind() == CheckKind.PROTOCOL
          ? "use a listener whose protocol external-dns matches to this route kind"
          : null
    };
  }

  private static int passed(ListenerMatch m) {
    return (int) m.checks().stream().takeWhile(Check::passed).count();
  }

  private void gateway(Gateway gateway, Writer out) throws IOException {
    out.write(
        "Gateway "
            + gateway.ref().namespacedName()
            + "  ("
            + gateway.provenance().rangeOf("metadata.name").display()
            + ")\n");
    GatewayView view = result.attachments().view(gateway);
    if (view == null) {
      Gateway first =
          result.inventory().gateway(gateway.metadata().namespace(), gateway.metadata().name());
      out.write(
          "defined more than once: gwdns uses the first definition, at "
              + first.provenance().range().display()
              + "\n");
      return;
    }
    out.write(
        "class `"
            + gateway.gatewayClassName()
            + "`: "
            + switch (view.classState()) {
              case DEFINED ->
                  "defined, controller "
                      + view.controllerName()
                      + " (profile "
                      + view.profile().describe()
                      + ")";
              case PROVIDED ->
                  "not in the input, created by "
                      + result
                          .attachments()
                          .controllerClasses()
                          .creator(gateway.gatewayClassName());
              case ASSUMED -> "not in the input, assumed installed elsewhere";
              case MISSING -> "MISSING: no controller reconciles this Gateway";
            }
            + "\n");
    var filter = plan.gatewayFilter(gateway);
    out.write(
        "external-dns: "
            + (filter == null ? "collects this Gateway" : "drops this Gateway: " + filter.detail())
            + "\n");
    out.write(
        "status addresses: "
            + (gateway.status() == null
                ? "none (no status block)"
                : gateway.status().addresses().isEmpty()
                    ? "none (status.addresses is empty)"
                    : String.join(
                        ", ", gateway.status().addresses().stream().map(a -> a.value()).toList()))
            + "\n\nlisteners:\n");
    for (Listener l : gateway.listeners()) {
      OwnedListener owned = new OwnedListener(gateway, l);
      GatewayView.Conflict conflict = view.conflict(owned);
      out.write(
          "  "
              + l.name()
              + "  "
              + l.protocol()
              + " "
              + l.port()
              + (l.hostname() != null ? "  " + l.hostname() : "")
              + "  allowedRoutes "
              + l.allowedRoutes().from().spelling()
              + "  attached routes: "
              + result.attachments().attachedRoutes(owned)
              + (conflict != null
                  ? "  CONFLICTED ("
                      + conflict.reason()
                      + " with "
                      + conflict.with().display()
                      + ")"
                  : "")
              + "\n");
    }
    for (GatewayView.ListenerSetAdmission a : view.listenerSets()) {
      out.write(
          "  "
              + a.listenerSet().kind()
              + " "
              + a.listenerSet().ref().namespacedName()
              + ": "
              + (a.allowed() ? "admitted" : "NOT admitted (" + a.reason() + ")")
              + "\n");
    }
    out.write("\nroutes naming it:\n");
    boolean any = false;
    for (ParentResolution r : result.attachments().all()) {
      if (r.gateway() == gateway) {
        any = true;
        out.write(
            "  "
                + r.route().ref().display()
                + " parentRefs["
                + r.parentRef().index()
                + "]: "
                + (r.accepted()
                    ? "Accepted ("
                        + (r.hostnames().isEmpty()
                            ? "no hostnames"
                            : String.join(", ", r.hostnames()))
                        + ")"
                    : verdict(r) + ": " + r.message())
                + "\n");
      }
    }
    if (!any) {
      out.write("  none\n");
    }
  }

  private static String namespaceSource(Route route) {
    return switch (route.metadata().namespaceSource()) {
      case METADATA -> "metadata.namespace";
      case DEFAULT -> "--default-namespace (the manifest sets none)";
      case CLUSTER_SCOPED -> "nowhere (cluster-scoped)";
      case KUSTOMIZATION, FLUX, ARGO_CD, HELM, ASSUMED -> route.metadata().namespaceOrigin();
    };
  }

  private static String quoted(List<String> names) {
    return names.stream()
        .map(n -> "\"" + n + "\"")
        .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
  }

  private static void write(Writer out, String text) {
    try {
      out.write(text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
