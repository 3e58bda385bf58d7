package io.github.gwdns.core.attach;

import io.github.gwdns.core.model.Gateway;
import io.github.gwdns.core.model.GatewayClass;
import io.github.gwdns.core.model.Hostnames;
import io.github.gwdns.core.model.Inventory;
import io.github.gwdns.core.model.Listener;
import io.github.gwdns.core.model.ListenerSet;
import io.github.gwdns.core.model.ParentGatewayRef;
import io.github.gwdns.core.model.ParentReference;
import io.github.gwdns.core.model.Route;
import io.github.gwdns.core.model.RouteGroupKind;
import io.github.gwdns.core.model.RouteKind;
import io.github.gwdns.core.render.Variables;
import io.github.gwdns.core.vocabulary.GatewayApi;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides, as a conformant Gateway controller would, what happens to every route parentRef (Gateway
 * API v1.6): find the parent, check its class, narrow its listeners by {@code sectionName} and
 * {@code port}, then ask each listener in turn whether it supports the route's kind, admits its
 * namespace, shares a hostname with it and is free of conflicts. A parentRef is accepted when one
 * listener accepts it; the others are skipped.
 *
 * <p>Each Gateway is examined once ({@link GatewayView}) and every lookup goes through the {@link
 * Inventory}'s indexes, so the cost is linear in routes times parentRefs times listeners per
 * parent.
 */
public final class AttachmentResolver {
  private final Inventory inventory;
  private volatile ControllerClasses controllerClasses;

  /** The classes controllers create, read from the inventory once. */
  public ControllerClasses controllerClasses() {
    ControllerClasses known = controllerClasses;
    if (known == null) {
      known = new ControllerClasses(inventory);
      controllerClasses = known;
    }
    return known;
  }

  private final Map<Gateway, GatewayView> views = new IdentityHashMap<>();
  private volatile EnvoyGatewayRelease envoyGatewayRelease;
  private volatile ServedVersions servedVersions;

  /** The Envoy Gateway release the manifests install (or the assumed one), read once. */
  public EnvoyGatewayRelease envoyGatewayRelease() {
    EnvoyGatewayRelease known = envoyGatewayRelease;
    if (known == null) {
      known = EnvoyGatewayReleases.find(inventory);
      envoyGatewayRelease = known;
    }
    return known;
  }

  /** The Gateway API CRDs of the manifests and the versions they serve, read once. */
  public ServedVersions servedVersions() {
    ServedVersions known = servedVersions;
    if (known == null) {
      known = new ServedVersions(inventory);
      servedVersions = known;
    }
    return known;
  }

  public AttachmentResolver(Inventory inventory) {
    this.inventory = inventory;
  }

  /** Resolves every parentRef of every route, and examines every Gateway. */
  public Attachments resolveAll() {
    // Every Gateway a parentRef can reach is examined first; after that the views only are read,
    // so routes resolve on all cores. The results keep the input order.
    for (Gateway gateway : inventory.manifests().gateways()) {
      if (inventory.gateway(gateway.metadata().namespace(), gateway.metadata().name()) == gateway) {
        view(gateway);
      }
    }
    frozen = true;
    List<Route> routes = inventory.routes();
    List<List<ParentResolution>> perRoute =
        java.util.stream.IntStream.range(0, routes.size())
            .parallel()
            .mapToObj(
                i -> {
                  Route route = routes.get(i);
                  List<ParentResolution> own = new ArrayList<>(route.parentRefs().size());
                  for (ParentReference ref : route.parentRefs()) {
                    own.add(resolve(route, ref));
                  }
                  return own;
                })
            .toList();
    List<ParentResolution> all = new ArrayList<>();
    perRoute.forEach(all::addAll);
    return new Attachments(
        all, views, controllerClasses(), servedVersions(), envoyGatewayRelease());
  }

  /** True once every reachable Gateway has its view: from then on {@link #views} is only read. */
  private volatile boolean frozen;

  /** The view of {@code gateway}, computed on first use. */
  public GatewayView view(Gateway gateway) {
    if (frozen) {
      GatewayView known = views.get(gateway);
      return known != null ? known : examine(gateway);
    }
    return views.computeIfAbsent(gateway, this::examine);
  }

  private GatewayView examine(Gateway gateway) {
    GatewayClass cls = inventory.gatewayClass(gateway.gatewayClassName());
    GatewayView.ClassState state =
        cls != null
            ? GatewayView.ClassState.DEFINED
            : controllerClasses().installed(gateway.gatewayClassName())
                ? GatewayView.ClassState.PROVIDED
                : GatewayClassNames.missing(gateway.gatewayClassName(), inventory)
                    ? GatewayView.ClassState.MISSING
                    : GatewayView.ClassState.ASSUMED;
    ControllerProfile profile =
        ControllerProfile.forController(
            cls == null ? "" : cls.controllerName(), envoyGatewayRelease());
    List<GatewayView.ListenerSetAdmission> admissions = new ArrayList<>();
    List<List<OwnedListener>> groups = new ArrayList<>();
    List<OwnedListener> own = new ArrayList<>();
    gateway.listeners().forEach(l -> own.add(new OwnedListener(gateway, l)));
    groups.add(own);
    for (ListenerSet set : inventory.listenerSetsOf(gateway)) {
      NamespacePolicy.Decision decision =
          NamespacePolicy.decide(
              gateway.allowedListeners().from(),
              gateway.allowedListeners().selector(),
              gateway.metadata().namespace(),
              set.metadata().namespace(),
              inventory);
      admissions.add(
          new GatewayView.ListenerSetAdmission(
              set, decision.admitted(), "spec.allowedListeners.namespaces " + decision.detail()));
      if (decision.admitted()) {
        List<OwnedListener> listeners = new ArrayList<>();
        set.listeners().forEach(l -> listeners.add(new OwnedListener(set, l)));
        groups.add(listeners);
      }
    }
    return new GatewayView(
        gateway,
        cls,
        state,
        profile,
        admissions,
        ListenerConflicts.find(groups, profile.tcpConflictsWithLayer7()));
  }

  /** Resolves one parentRef of {@code route}. */
  public ParentResolution resolve(Route route, ParentReference ref) {
    boolean gatewayParent =
        ref.group().equals(GatewayApi.GROUP) && ref.kind().equals(GatewayApi.GATEWAY);
    boolean setParent =
        (ref.group().equals(GatewayApi.GROUP) && ref.kind().equals(GatewayApi.LISTENER_SET))
            || (ref.group().equals(GatewayApi.EXPERIMENTAL_GROUP)
                && ref.kind().equals(GatewayApi.X_LISTENER_SET));
    if (!gatewayParent && !setParent) {
      return outcome(
          route,
          ref,
          AttachmentOutcome.PARENT_UNSUPPORTED_KIND,
          null,
          null,
          "parent kind "
              + (ref.group().isEmpty() ? "" : ref.group() + "/")
              + ref.kind()
              + " is not a Gateway or ListenerSet; no Gateway controller attaches routes to it");
    }
    Gateway gateway;
    ListenerSet set = null;
    List<OwnedListener> listeners = new ArrayList<>();
    if (gatewayParent) {
      gateway = inventory.gateway(ref.namespace(), ref.name());
      if (gateway == null) {
        return outcome(
            route,
            ref,
            AttachmentOutcome.PARENT_NOT_FOUND,
            null,
            null,
            "Gateway " + ref.namespace() + "/" + ref.name() + " does not exist");
      }
    } else {
      set = inventory.listenerSet(ref.group(), ref.namespace(), ref.name());
      if (set == null) {
        return outcome(
            route,
            ref,
            AttachmentOutcome.PARENT_NOT_FOUND,
            null,
            null,
            ref.kind() + " " + ref.namespace() + "/" + ref.name() + " does not exist");
      }
      ParentGatewayRef parent = set.parentRef();
      gateway =
          parent.group().equals(GatewayApi.GROUP) && parent.kind().equals(GatewayApi.GATEWAY)
              ? inventory.gateway(parent.namespace(), parent.name())
              : null;
      if (gateway == null) {
        return outcome(
            route,
            ref,
            AttachmentOutcome.PARENT_NOT_FOUND,
            null,
            set,
            ref.kind()
                + " "
                + ref.namespace()
                + "/"
                + ref.name()
                + " names Gateway "
                + parent.namespace()
                + "/"
                + parent.name()
                + ", which does not exist");
      }
    }
    GatewayView view = view(gateway);
    if (view.classState() == GatewayView.ClassState.MISSING) {
      return outcome(
          route,
          ref,
          AttachmentOutcome.GATEWAYCLASS_NOT_FOUND,
          gateway,
          set,
          "Gateway "
              + gateway.ref().namespacedName()
              + " names GatewayClass `"
              + gateway.gatewayClassName()
              + "`, which does not exist, so no controller reconciles it");
    }
    String watched = view.profile().watchedVersion(route.routeKind());
    // Only for a pinned release: the assumed one must not make gwdns claim a watch is skipped.
    if (watched != null && view.profile().release().pinned() && servedVersions().any()) {
      String plural = route.kind().toLowerCase(java.util.Locale.ROOT) + "s";
      List<String> served = servedVersions().served(plural);
      if (servedVersions().crd(plural) != null && !served.contains(watched)) {
        return outcome(
            route,
            ref,
            AttachmentOutcome.KIND_NOT_WATCHED,
            gateway,
            set,
            view.profile().release().name()
                + " watches "
                + route.kind()
                + "s at "
                + GatewayApi.GROUP
                + "/"
                + watched
                + ", but CRD "
                + plural
                + "."
                + GatewayApi.GROUP
                + " in the manifests serves "
                + (served.isEmpty() ? "no version" : String.join(", ", served))
                + ": it skips the watch (\""
                + route.kind()
                + " CRD not found, skipping "
                + route.kind()
                + " watch\") and writes no status for any "
                + route.kind());
      }
    }
    String unsupported = view.profile().routeProblem(route);
    if (unsupported != null) {
      return outcome(route, ref, AttachmentOutcome.ROUTE_UNSUPPORTED, gateway, set, unsupported);
    }
    if (set != null) {
      GatewayView.ListenerSetAdmission admission = view.admission(set);
      if (admission == null || !admission.allowed()) {
        return outcome(
            route,
            ref,
            AttachmentOutcome.LISTENERSET_NOT_ALLOWED,
            gateway,
            set,
            "Gateway "
                + gateway.ref().namespacedName()
                + " does not admit "
                + set.kind()
                + " "
                + set.ref().namespacedName()
                + ": "
                + (admission == null ? "" : admission.reason()));
      }
      for (Listener l : set.listeners()) {
        listeners.add(new OwnedListener(set, l));
      }
    } else {
      listeners.addAll(view.ownListeners());
    }
    return matchListeners(route, ref, gateway, set, view, listeners);
  }

  private ParentResolution matchListeners(
      Route route,
      ParentReference ref,
      Gateway gateway,
      ListenerSet set,
      GatewayView view,
      List<OwnedListener> all) {
    List<OwnedListener> candidates = all;
    String parent =
        (set != null
            ? set.kind() + " " + set.ref().namespacedName()
            : "Gateway " + gateway.ref().namespacedName());
    if (ref.sectionName() != null) {
      candidates =
          candidates.stream().filter(l -> l.listener().name().equals(ref.sectionName())).toList();
      if (candidates.isEmpty()) {
        return outcome(
            route,
            ref,
            AttachmentOutcome.SECTION_NOT_FOUND,
            gateway,
            set,
            parent
                + " has no listener named `"
                + ref.sectionName()
                + "` (listeners: "
                + names(all)
                + ")");
      }
    }
    if (ref.port() != null) {
      List<OwnedListener> named = candidates;
      candidates = candidates.stream().filter(l -> l.listener().port() == ref.port()).toList();
      if (candidates.isEmpty()) {
        return outcome(
            route,
            ref,
            AttachmentOutcome.PORT_MISMATCH,
            gateway,
            set,
            parent
                + " has no listener"
                + (ref.sectionName() != null ? " `" + ref.sectionName() + "`" : "")
                + " on port "
                + ref.port()
                + " ("
                + ports(named)
                + ")");
      }
    }
    List<ListenerCheck> checks = new ArrayList<>();
    for (OwnedListener listener : candidates) {
      checks.add(check(route, listener, view));
    }
    if (view.profile().rejectsWithoutReadyListener()) {
      checks = readinessGate(route, view, checks);
    }
    AttachmentOutcome outcome = decide(checks);
    String message =
        switch (outcome) {
          case ACCEPTED ->
              "accepted by "
                  + checks.stream()
                      .filter(ListenerCheck::accepts)
                      .map(c -> c.listener().display())
                      .collect(Collectors.joining(", "));
          case NO_MATCHING_LISTENER_HOSTNAME ->
              "no hostname of the route intersects a listener hostname of " + parent;
          case LISTENER_CONFLICTED ->
              "the listeners of "
                  + parent
                  + " that would take the route conflict with other listeners";
          case NO_READY_LISTENERS ->
              "There are no ready listeners for this parent ref ("
                  + view.profile().release().name()
                  + ": no listener of "
                  + parent
                  + " that it checks is Programmed)";
          default -> "no listener of " + parent + " admits the route";
        };
    List<ListenerCheck> alternatives = new ArrayList<>();
    if (outcome == AttachmentOutcome.NOT_ALLOWED_BY_LISTENERS && candidates.size() < all.size()) {
      // The parentRef picked listeners that refuse the route: does another of the parent's take it?
      for (OwnedListener other : all) {
        if (!candidates.contains(other)) {
          ListenerCheck c = check(route, other, view);
          if (c.accepts()) {
            alternatives.add(c);
          }
        }
      }
    }
    return new ParentResolution(route, ref, outcome, gateway, set, checks, message, alternatives);
  }

  /**
   * Envoy Gateway up to v1.8.1: the parentRef is refused ({@code NoReadyListeners}) unless a
   * listener it checks is ready; those checked are the selected listeners up to v1.7.3, the ones
   * that admit the route's kind and namespace from v1.7.4. The listeners that would take the route
   * then get a failing {@code ready} check, before the hostname check, or after it where the
   * release compares hostnames first ({@link ControllerProfile#hostnamesBeforeReadiness}).
   */
  private static List<ListenerCheck> readinessGate(
      Route route, GatewayView view, List<ListenerCheck> checks) {
    List<ListenerCheck> allowed = checks.stream().filter(AttachmentResolver::admits).toList();
    if (allowed.isEmpty()) {
      return checks;
    }
    List<ListenerCheck> scope = view.profile().readinessOverSelectedListeners() ? checks : allowed;
    for (ListenerCheck c : scope) {
      if (ListenerReadiness.notReady(c.listener(), view) == null) {
        return checks;
      }
    }
    boolean hostnamesFirst = view.profile().hostnamesBeforeReadiness(route.routeKind());
    String others =
        scope.size() > 1
            ? "; no other listener "
                + (view.profile().readinessOverSelectedListeners()
                    ? "the parentRef selects"
                    : "that admits the route")
                + " is ready either"
            : "";
    List<ListenerCheck> gated = new ArrayList<>();
    for (ListenerCheck c : checks) {
      if (!admits(c) || (hostnamesFirst && c.verdict() == ListenerVerdict.HOSTNAME_MISMATCH)) {
        gated.add(c);
        continue;
      }
      Check ready =
          new Check(
              CheckKind.READY,
              false,
              () ->
                  "not Programmed: "
                      + ListenerReadiness.notReady(c.listener(), view)
                      + others
                      + "; "
                      + view.profile().release().name()
                      + " refuses routes without a ready listener (NoReadyListeners)");
      List<Check> steps = new ArrayList<>();
      for (Check k : c.checks()) {
        if (k.kind() == CheckKind.HOSTNAMES && !hostnamesFirst) {
          steps.add(ready);
        }
        steps.add(k);
        if (k.kind() == CheckKind.HOSTNAMES && hostnamesFirst) {
          steps.add(ready);
        }
      }
      gated.add(
          new ListenerCheck(
              c.listener(),
              ListenerVerdict.NOT_READY,
              steps,
              List.of(),
              ListenerReadiness.problem(c.listener(), view)));
    }
    return gated;
  }

  /** The listener's protocol, kinds and namespaces checks passed. */
  private static boolean admits(ListenerCheck c) {
    return c.verdict() != ListenerVerdict.PROTOCOL_MISMATCH
        && c.verdict() != ListenerVerdict.KIND_NOT_ALLOWED
        && c.verdict() != ListenerVerdict.NAMESPACE_NOT_ALLOWED;
  }

  private static AttachmentOutcome decide(List<ListenerCheck> checks) {
    ListenerVerdict best = null;
    for (ListenerCheck c : checks) {
      if (c.accepts()) {
        return AttachmentOutcome.ACCEPTED;
      }
      if (best == null || c.verdict().closeness() > best.closeness()) {
        best = c.verdict();
      }
    }
    if (best == ListenerVerdict.CONFLICTED) {
      return AttachmentOutcome.LISTENER_CONFLICTED;
    }
    if (best == ListenerVerdict.NOT_READY) {
      return AttachmentOutcome.NO_READY_LISTENERS;
    }
    return best == ListenerVerdict.HOSTNAME_MISMATCH
        ? AttachmentOutcome.NO_MATCHING_LISTENER_HOSTNAME
        : AttachmentOutcome.NOT_ALLOWED_BY_LISTENERS;
  }

  /** Runs every check of one listener against the route, in the controller's order. */
  private ListenerCheck check(Route route, OwnedListener owned, GatewayView view) {
    Listener listener = owned.listener();
    RouteKind kind = route.routeKind();
    List<Check> checks = new ArrayList<>();
    Set<RouteKind> supported = view.profile().supportedKinds(listener);
    checks.add(
        new Check(
            CheckKind.PROTOCOL,
            supported.contains(kind),
            () ->
                "protocol "
                    + listener.protocol()
                    + (listener.tlsMode() != null ? " (tls " + listener.tlsMode() + ")" : "")
                    + " supports "
                    + (supported.isEmpty()
                        ? "no route kind"
                        : supported.stream()
                            .map(RouteKind::kind)
                            .sorted()
                            .collect(Collectors.joining(", ")))
                    + "; the route is "
                    + kind.kind()));
    List<RouteGroupKind> kinds = listener.allowedRoutes().kinds();
    boolean listed =
        kinds.isEmpty()
            || kinds.stream()
                .anyMatch(k -> k.group().equals(GatewayApi.GROUP) && k.kind().equals(kind.kind()));
    checks.add(
        new Check(
            CheckKind.KINDS,
            listed,
            () ->
                kinds.isEmpty()
                    ? "allowedRoutes.kinds is empty: the protocol's kinds"
                    : "allowedRoutes.kinds lists "
                        + kinds.stream()
                            .map(RouteGroupKind::toString)
                            .collect(Collectors.joining(", "))));
    NamespacePolicy.Decision ns =
        NamespacePolicy.decide(
            listener.allowedRoutes().from(),
            listener.allowedRoutes().selector(),
            owned.ownerNamespace(),
            route.metadata().namespace(),
            inventory);
    checks.add(
        new Check(
            CheckKind.NAMESPACES, ns.admitted(), () -> "allowedRoutes.namespaces " + ns.detail()));
    // A hostname still holding a Flux variable (either side) is not compared: it might match once
    // substituted, so it never makes the listener refuse the route.
    List<String> unresolved =
        route.hostnames().stream()
            .filter(h -> Variables.hasVariable(h) || Variables.hasVariable(listener.hostname()))
            .toList();
    List<String> compared =
        route.hostnames().stream().filter(h -> !unresolved.contains(h)).toList();
    List<String> hostnames = intersect(listener.hostname(), compared);
    boolean intersects =
        route.hostnames().isEmpty() || !hostnames.isEmpty() || !unresolved.isEmpty();
    String notCompared =
        unresolved.isEmpty()
            ? ""
            : "not compared, an unresolved variable: "
                + unresolved.stream().map(h -> "`" + h + "`").collect(Collectors.joining(", "));
    checks.add(
        new Check(
            CheckKind.HOSTNAMES,
            intersects,
            () ->
                compared.isEmpty() && !unresolved.isEmpty()
                    ? notCompared
                    : hostnameDetail(listener.hostname(), compared, hostnames)
                        + (notCompared.isEmpty() ? "" : "; " + notCompared)));
    GatewayView.Conflict conflict = view.conflict(owned);
    boolean tolerated = conflict != null && view.profile().acceptsOnConflictedListeners();
    checks.add(
        new Check(
            CheckKind.CONFLICTS,
            conflict == null || tolerated,
            () ->
                conflict == null
                    ? "no conflict"
                    : conflict.reason()
                        + " with "
                        + conflict.with().display()
                        + (tolerated
                            ? " ("
                                + view.profile().id()
                                + " still accepts routes on it"
                                + (view.profile().rejectsWithoutReadyListener()
                                    ? " while a listener it checks is ready"
                                    : "")
                                + ")"
                            : "")));
    ListenerVerdict verdict = ListenerVerdict.ACCEPTS;
    ListenerVerdict[] order = {
      ListenerVerdict.PROTOCOL_MISMATCH,
      ListenerVerdict.KIND_NOT_ALLOWED,
      ListenerVerdict.NAMESPACE_NOT_ALLOWED,
      ListenerVerdict.HOSTNAME_MISMATCH,
      ListenerVerdict.CONFLICTED
    };
    for (int i = 0; i < checks.size(); i++) {
      if (!checks.get(i).passed()) {
        verdict = order[i];
        break;
      }
    }
    return new ListenerCheck(
        owned, verdict, checks, verdict == ListenerVerdict.ACCEPTS ? hostnames : List.of());
  }

  /**
   * The intersected names; for a route without hostnames, the listener's hostname if it has one.
   */
  static List<String> intersect(String listenerHostname, List<String> routeHostnames) {
    List<String> names = new ArrayList<>();
    if (routeHostnames.isEmpty()) {
      if (listenerHostname != null) {
        names.add(listenerHostname);
      }
      return names;
    }
    for (String h : routeHostnames) {
      if (Variables.hasVariable(h) || Variables.hasVariable(listenerHostname)) {
        continue; // left out of intersection: its value is not known
      }
      String name = Hostnames.intersect(listenerHostname, h);
      if (name != null && !names.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }

  private static String hostnameDetail(
      String listenerHostname, List<String> route, List<String> result) {
    String l = listenerHostname == null ? "no hostname (any)" : "`" + listenerHostname + "`";
    String r =
        route.isEmpty()
            ? "no hostnames (any)"
            : route.stream().map(h -> "`" + h + "`").collect(Collectors.joining(", "));
    String out =
        result.isEmpty()
            ? (route.isEmpty() ? "no name to publish" : "no intersection")
            : "yields " + result.stream().map(h -> "`" + h + "`").collect(Collectors.joining(", "));
    return "listener " + l + ", route " + r + ": " + out;
  }

  private static ParentResolution outcome(
      Route route,
      ParentReference ref,
      AttachmentOutcome outcome,
      Gateway gateway,
      ListenerSet set,
      String message) {
    return new ParentResolution(route, ref, outcome, gateway, set, List.of(), message);
  }

  private static String names(List<OwnedListener> listeners) {
    return listeners.isEmpty()
        ? "none"
        : listeners.stream()
            .map(l -> "`" + l.listener().name() + "`")
            .collect(Collectors.joining(", "));
  }

  private static String ports(List<OwnedListener> listeners) {
    return listeners.stream()
        .map(l -> "`" + l.listener().name() + "` is on " + l.listener().port())
        .collect(Collectors.joining(", "));
  }
}
