package io.github.gwdns.core.predict;

import io.github.gwdns.core.attach.Attachments;
import io.github.gwdns.core.attach.NamespacePolicy;
import io.github.gwdns.core.attach.OwnedListener;
import io.github.gwdns.core.model.Condition;
import io.github.gwdns.core.model.Gateway;
import io.github.gwdns.core.model.GatewayAddress;
import io.github.gwdns.core.model.Inventory;
import io.github.gwdns.core.model.IpAddresses;
import io.github.gwdns.core.model.KubeObject;
import io.github.gwdns.core.model.LabelSelector;
import io.github.gwdns.core.model.Listener;
import io.github.gwdns.core.model.ListenerSet;
import io.github.gwdns.core.model.ListenerSetStatus;
import io.github.gwdns.core.model.ListenerStatus;
import io.github.gwdns.core.model.ParentReference;
import io.github.gwdns.core.model.Route;
import io.github.gwdns.core.model.RouteKind;
import io.github.gwdns.core.model.RouteParentStatus;
import io.github.gwdns.core.render.Variables;
import io.github.gwdns.core.template.GoTemplate;
import io.github.gwdns.core.vocabulary.GatewayApi;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Predicts the endpoints external-dns's Gateway API sources emit, following its algorithm step by
 * step (source/gateway.go at v0.22.0 + main, 2026-08): route filters, hostname candidates, the
 * status parents cross-checked with spec.parentRefs, listener matching, targets from the Gateway's
 * target annotation or status addresses, the A/AAAA/CNAME split, TTL and provider-specific
 * annotations, and the merge of endpoints across routes. Every step is recorded in a {@link
 * RouteTrace}.
 */
public final class EndpointPredictor {
  private final Inventory inventory;
  private final ExternalDnsOptions options;
  private final StatusSource status;
  private final ListenerMatcher matcher;
  private final LabelSelector routeLabels;
  private final LabelSelector routeAnnotations;
  private final LabelSelector gatewayLabels;
  private final FqdnTemplates templates;
  private final DomainFilter domains;

  /**
   * @throws IllegalArgumentException when a filter or the FQDN template does not parse
   *     (external-dns would refuse to start)
   */
  public EndpointPredictor(
      Inventory inventory, Attachments attachments, ExternalDnsOptions options) {
    this.inventory = inventory;
    this.options = options;
    this.status = new StatusSource(options.statusMode(), attachments);
    this.matcher = new ListenerMatcher(inventory);
    this.routeLabels = selector(ExternalDnsOption.LABEL_FILTER, options.labelFilter());
    this.routeAnnotations =
        selector(ExternalDnsOption.ANNOTATION_FILTER, options.annotationFilter());
    this.gatewayLabels =
        selector(ExternalDnsOption.GATEWAY_LABEL_FILTER, options.gatewayLabelFilter());
    this.templates =
        FqdnTemplates.parse(options.fqdnTemplate(), options.effectiveVersion().hasHeadChanges());
    this.domains = new DomainFilter(options);
  }

  private static LabelSelector selector(ExternalDnsOption option, String text) {
    try {
      return SelectorParser.parse(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidOptionException(option, option.option() + ": " + e.getMessage(), e);
    }
  }

  /** By namespace, then name: the order external-dns lists routes in. */
  private static final Comparator<Route> ROUTE_ORDER =
      (a, b) -> {
        int c = a.metadata().namespace().compareTo(b.metadata().namespace());
        return c != 0 ? c : a.metadata().name().compareTo(b.metadata().name());
      };

  /** Runs every enabled source and merges their endpoints. */
  public DnsPlan predict() {
    Map<RouteKind, List<Route>> byKind = new EnumMap<>(RouteKind.class);
    for (Route route : inventory.routes()) {
      byKind.computeIfAbsent(route.routeKind(), k -> new ArrayList<>()).add(route);
    }
    List<RouteTrace> traces = new ArrayList<>();
    List<SourceFailure> sourceErrors = new ArrayList<>();
    List<Endpoint> concatenated = new ArrayList<>();
    Map<String, PendingBuilder> pending = new TreeMap<>();
    Map<String, TreeSet<String>> unresolved = new TreeMap<>();
    Map<String, TreeSet<String>> unresolvedVariables = new TreeMap<>();
    for (RouteKind kind : RouteKind.values()) {
      List<Route> routes = new ArrayList<>(byKind.getOrDefault(kind, List.of()));
      routes.sort(ROUTE_ORDER);
      if (!options.sources().contains(kind)) {
        for (Route route : routes) {
          traces.add(
              filtered(
                  route,
                  new Exclusion(
                      Exclusion.Filter.SOURCE, "--source does not enable " + kind.source())));
        }
        continue;
      }
      // Routes trace independently: on all cores, gathered in route order; the first template
      // failure in that order fails the source, as external-dns stops at it.
      List<Route> sorted = routes;
      List<Object> outcomes =
          java.util.stream.IntStream.range(0, sorted.size())
              .parallel()
              .mapToObj(
                  i -> {
                    try {
                      return (Object) trace(sorted.get(i));
                    } catch (GoTemplate.TemplateException e) {
                      return e;
                    }
                  })
              .toList();
      List<RouteTrace> sourceTraces = new ArrayList<>();
      String error = null;
      for (int i = 0; i < outcomes.size(); i++) {
        if (outcomes.get(i) instanceof GoTemplate.TemplateException e) {
          Route route = sorted.get(i);
          error =
              "failed to apply template on "
                  + route.kind()
                  + " "
                  + route.ref().namespacedName()
                  + ": "
                  + e.getMessage();
          break;
        }
        sourceTraces.add((RouteTrace) outcomes.get(i));
      }
      if (error != null) {
        // The template error fails the whole source for this sync: no route of the kind gets a
        // record.
        sourceErrors.add(new SourceFailure(kind, error));
        for (Route route : routes) {
          traces.add(
              new RouteTrace(
                  route,
                  null,
                  status.origin(route),
                  List.of(),
                  List.of(),
                  List.of(),
                  Map.of(),
                  Map.of(),
                  List.of(),
                  List.of(),
                  error));
        }
        continue;
      }
      traces.addAll(sourceTraces);
      concatenated.addAll(EndpointMerger.mergeSource(sourceTraces));
      for (RouteTrace t : sourceTraces) {
        t.unresolved()
            .forEach(
                name ->
                    unresolved
                        .computeIfAbsent(name, k -> new TreeSet<>())
                        .add(t.route().ref().display()));
        for (ParentTrace p : t.parents()) {
          for (ListenerMatch m : p.listeners()) {
            for (String name : m.unresolved()) {
              TreeSet<String> names =
                  unresolvedVariables.computeIfAbsent(name, k -> new TreeSet<>());
              names.addAll(Variables.names(name));
              if (m.listener().listener().hostname() != null) {
                names.addAll(Variables.names(m.listener().listener().hostname()));
              }
            }
          }
        }
        for (ParentTrace p : t.parents()) {
          if (p.used()
              && p.targetsKnown()
              && p.targets().stream().anyMatch(Variables::hasVariable)) {
            for (String name : p.names()) {
              TreeSet<String> names =
                  unresolvedVariables.computeIfAbsent(name, k -> new TreeSet<>());
              p.targets().forEach(target -> names.addAll(Variables.names(target)));
            }
          }
        }
        t.pendingHosts()
            .forEach(
                (name, gateways) -> {
                  for (String gateway : gateways) {
                    pending
                        .computeIfAbsent(
                            name + "\u0000" + gateway, k -> new PendingBuilder(name, gateway))
                        .sources
                        .add(t.route().ref().display());
                  }
                });
      }
    }
    List<PendingName> pendingNames = new ArrayList<>();
    for (PendingBuilder b : pending.values()) {
      Gateway gateway = gatewayByDisplay(b.gateway);
      List<String> requested = new ArrayList<>();
      if (gateway != null) {
        for (GatewayAddress a : gateway.addresses()) {
          if (a.value() != null) {
            requested.add(a.value());
          }
        }
      }
      pendingNames.add(
          new PendingName(
              DnsNames.withoutTrailingDot(b.name),
              b.gateway,
              requested,
              new ArrayList<>(b.sources)));
    }
    pendingNames.sort(null);
    Map<Gateway, Exclusion> gatewayFilters = new java.util.IdentityHashMap<>();
    for (Gateway gateway : inventory.manifests().gateways()) {
      Exclusion why = gatewayFilter(gateway);
      if (why != null) {
        gatewayFilters.put(gateway, why);
      }
    }
    List<Endpoint> published = new ArrayList<>();
    List<FilteredEndpoint> filtered = new ArrayList<>();
    // external-dns's wrapper chain: default targets, then dedup; the plan's filters after both.
    for (Endpoint e : EndpointMerger.deduplicate(new DefaultTargets(options).apply(concatenated))) {
      String why = domains.reason(e);
      if (why == null) {
        published.add(e);
      } else {
        filtered.add(new FilteredEndpoint(e, why));
      }
    }
    List<UnresolvedName> unresolvedNames = new ArrayList<>();
    unresolved.forEach(
        (name, sources) ->
            unresolvedNames.add(
                new UnresolvedName(
                    name,
                    new ArrayList<>(unresolvedVariables.getOrDefault(name, new TreeSet<>())),
                    new ArrayList<>(sources))));
    return new DnsPlan(
        options,
        published,
        pendingNames,
        traces,
        sourceErrors,
        gatewayFilters,
        filtered,
        unresolvedNames);
  }

  private Gateway gatewayByDisplay(String namespacedName) {
    int slash = namespacedName.indexOf('/');
    return inventory.gateway(
        namespacedName.substring(0, slash), namespacedName.substring(slash + 1));
  }

  private static final class PendingBuilder {
    final String name;
    final String gateway;
    final TreeSet<String> sources = new TreeSet<>();

    PendingBuilder(String name, String gateway) {
      this.name = name;
      this.gateway = gateway;
    }
  }

  private RouteTrace filtered(Route route, Exclusion why) {
    return new RouteTrace(
        route,
        why,
        status.origin(route),
        List.of(),
        List.of(),
        List.of(),
        Map.of(),
        Map.of(),
        List.of(),
        List.of(),
        null);
  }

  /** Why external-dns never lists {@code route}, or null (informer scope and index filters). */
  Exclusion routeFilter(Route route) {
    if (!options.namespace().isEmpty()
        && !options.namespace().equals(route.metadata().namespace())) {
      return new Exclusion(
          Exclusion.Filter.NAMESPACE,
          "--namespace="
              + options.namespace()
              + " excludes namespace "
              + route.metadata().namespace());
    }
    if (!routeLabels.matches(route.metadata().labels())) {
      return new Exclusion(
          Exclusion.Filter.LABEL_FILTER,
          "--label-filter="
              + options.labelFilter()
              + " does not match the route's labels "
              + route.metadata().labels());
    }
    if (!routeAnnotations.matches(route.metadata().annotations())) {
      return new Exclusion(
          Exclusion.Filter.ANNOTATION_FILTER,
          "--annotation-filter="
              + options.annotationFilter()
              + " does not match the route's annotations");
    }
    return controllerMismatch(route);
  }

  /** Why external-dns drops a Gateway before looking at routes, or null when it collects it. */
  Exclusion gatewayFilter(Gateway gateway) {
    if (!options.gatewayNamespace().isEmpty()
        && !options.gatewayNamespace().equals(gateway.metadata().namespace())) {
      return new Exclusion(
          Exclusion.Filter.GATEWAY_NAMESPACE,
          "--gateway-namespace="
              + options.gatewayNamespace()
              + " excludes namespace "
              + gateway.metadata().namespace());
    }
    if (!gatewayLabels.matches(gateway.metadata().labels())) {
      return new Exclusion(
          Exclusion.Filter.GATEWAY_LABEL_FILTER,
          "--gateway-label-filter="
              + options.gatewayLabelFilter()
              + " does not match the Gateway's labels "
              + gateway.metadata().labels());
    }
    // The controller annotation on Gateways is read only after v0.22.0 (external-dns's head).
    return options.effectiveVersion().hasHeadChanges() ? controllerMismatch(gateway) : null;
  }

  private Exclusion listenerSetFilter(ListenerSet set) {
    if (options.version() != null && !options.version().supportsListenerSets()) {
      return new Exclusion(
          Exclusion.Filter.LISTENER_SETS_UNSUPPORTED,
          "external-dns "
              + options.version()
              + " does not follow ListenerSets (support came in "
              + ExternalDnsVersion.LISTENER_SETS
              + ")");
    }
    if (!options.gatewayListenerSets()) {
      return new Exclusion(Exclusion.Filter.LISTENER_SETS_OFF, "--gateway-listener-sets is off");
    }
    if (!set.kind().equals(GatewayApi.LISTENER_SET) || !set.group().equals(GatewayApi.GROUP)) {
      return new Exclusion(
          Exclusion.Filter.LISTENER_SET_VERSION,
          "external-dns reads only gateway.networking.k8s.io/v1 ListenerSet, not "
              + set.apiVersion()
              + " "
              + set.kind());
    }
    if (!options.effectiveVersion().hasHeadChanges()) {
      return null; // v0.22.0 and older filter ListenerSets by neither annotation
    }
    if (!routeAnnotations.matches(set.metadata().annotations())) {
      return new Exclusion(
          Exclusion.Filter.ANNOTATION_FILTER,
          "--annotation-filter="
              + options.annotationFilter()
              + " does not match the ListenerSet's annotations");
    }
    return controllerMismatch(set);
  }

  private Exclusion controllerMismatch(KubeObject object) {
    String key = options.annotation(ExternalDnsAnnotations.CONTROLLER);
    String value = object.metadata().annotation(key);
    if (value != null && !value.equals(ExternalDnsAnnotations.CONTROLLER_VALUE)) {
      return new Exclusion(
          Exclusion.Filter.CONTROLLER_ANNOTATION,
          "annotation "
              + key
              + "="
              + value
              + " is not `"
              + ExternalDnsAnnotations.CONTROLLER_VALUE
              + "`");
    }
    return null;
  }

  private RouteTrace trace(Route route) throws GoTemplate.TemplateException {
    Exclusion filter = routeFilter(route);
    if (filter != null) {
      return filtered(route, filter);
    }
    List<String> notes = new ArrayList<>();
    List<String> candidates = candidates(route, notes);
    Map<String, TreeSet<String>> hostTargets = new LinkedHashMap<>();
    Map<String, TreeSet<String>> pendingHosts = new LinkedHashMap<>();
    List<ParentTrace> parents = new ArrayList<>();
    java.util.Set<String> unresolved = new java.util.LinkedHashSet<>();
    if (route.parentRefs().isEmpty()) {
      notes.add(
          "No parent references found for " + route.kind() + " " + route.ref().namespacedName());
    } else {
      for (RouteParentStatus parent : status.parents(route)) {
        ParentTrace trace = parent(route, parent, candidates);
        parents.add(trace);
        if (!trace.used()) {
          continue;
        }
        unresolved.addAll(trace.unresolved());
        // A target that still holds a Flux variable (a Secret's load balancer name, say) is not a
        // target gwdns knows: its names are unresolved, not records pointing at `${VAR}`.
        boolean variableTargets =
            trace.targetsKnown() && trace.targets().stream().anyMatch(Variables::hasVariable);
        for (String name : trace.names()) {
          if (variableTargets) {
            unresolved.add(name);
          } else if (trace.targetsKnown()) {
            hostTargets.computeIfAbsent(name, k -> new TreeSet<>()).addAll(trace.targets());
          } else {
            pendingHosts
                .computeIfAbsent(name, k -> new TreeSet<>())
                .add(trace.gateway().ref().namespacedName());
          }
        }
      }
    }
    List<Endpoint> endpoints = endpoints(route, hostTargets, notes);
    Map<String, List<String>> hosts = new LinkedHashMap<>();
    hostTargets.forEach((k, v) -> hosts.put(k, new ArrayList<>(v)));
    Map<String, List<String>> waiting = new LinkedHashMap<>();
    pendingHosts.forEach((k, v) -> waiting.put(k, new ArrayList<>(v)));
    return new RouteTrace(
        route,
        null,
        status.origin(route),
        candidates,
        notes,
        parents,
        hosts,
        waiting,
        new ArrayList<>(unresolved),
        endpoints,
        null);
  }

  /** The hostname candidates of a route (external-dns 3.1). */
  private List<String> candidates(Route route, List<String> notes)
      throws GoTemplate.TemplateException {
    List<String> spec = route.hostnames();
    List<String> template = List.of();
    if (templates != null && (spec.isEmpty() || options.combineFqdnAnnotation())) {
      template = templates.names(route);
    }
    String annotationValue =
        route.metadata().annotation(options.annotation(ExternalDnsAnnotations.HOSTNAME));
    List<String> annotation =
        annotationValue == null ? List.of() : ExternalDnsAnnotations.split(annotationValue);
    String modeKey = options.annotation(ExternalDnsAnnotations.GATEWAY_HOSTNAME_SOURCE);
    String mode = route.metadata().annotation(modeKey);
    List<String> candidates = new ArrayList<>();
    String normalized = mode == null ? null : mode.toLowerCase(Locale.ROOT);
    if ("annotation-only".equals(normalized)) {
      if (!options.ignoreHostnameAnnotation()) {
        candidates.addAll(annotation);
      }
      return candidates;
    }
    candidates.addAll(spec);
    candidates.addAll(template);
    if ("defined-hosts-only".equals(normalized)) {
      return candidates;
    }
    if (mode != null) {
      notes.add(
          "Invalid value for \""
              + modeKey
              + "\" on "
              + route.ref().namespacedName()
              + ": \""
              + mode
              + "\". Falling back to default behavior.");
    }
    if (spec.isEmpty()) {
      candidates.add("");
    }
    if (!options.ignoreHostnameAnnotation()) {
      candidates.addAll(annotation);
    }
    return candidates;
  }

  /** One status parent through checks P1 to P8. */
  private ParentTrace parent(Route route, RouteParentStatus entry, List<String> candidates) {
    ParentReference ref = entry.parentRef();
    String group = ref.group().isEmpty() ? GatewayApi.GROUP : ref.group();
    String kind = ref.kind().isEmpty() ? GatewayApi.GATEWAY : ref.kind();
    String routeName = route.kind() + " " + route.ref().namespacedName();
    String parentName = ref.namespace() + "/" + ref.name();
    boolean inSpec =
        route.parentRefs().stream()
            .anyMatch(
                s ->
                    (s.group().isEmpty() ? GatewayApi.GROUP : s.group()).equals(group)
                        && (s.kind().isEmpty() ? GatewayApi.GATEWAY : s.kind()).equals(kind)
                        && s.namespace().equals(ref.namespace())
                        && s.name().equals(ref.name()));
    if (!inSpec) {
      return skipped(
          entry,
          ParentStep.IN_SPEC,
          "Parent reference " + parentName + " not found in routeParentRefs for " + routeName,
          null,
          null);
    }
    boolean isSet = kind.equals(GatewayApi.LISTENER_SET);
    if (!group.equals(GatewayApi.GROUP) || !(kind.equals(GatewayApi.GATEWAY) || isSet)) {
      return skipped(
          entry,
          ParentStep.SUPPORTED_KIND,
          "Unsupported parent " + group + "/" + kind + " for " + routeName,
          null,
          null);
    }
    Gateway gateway;
    ListenerSet set = null;
    if (isSet) {
      set = inventory.listenerSet(GatewayApi.GROUP, ref.namespace(), ref.name());
      if (set == null || listenerSetFilter(set) != null) {
        return new ParentTrace(
            entry,
            ParentStep.FOUND,
            "ListenerSet " + parentName + " not found for " + routeName,
            set == null ? null : listenerSetFilter(set),
            set,
            null,
            List.of(),
            List.of(),
            true,
            "");
      }
      gateway = inventory.gateway(set.parentRef().namespace(), set.parentRef().name());
    } else {
      gateway = inventory.gateway(ref.namespace(), ref.name());
      if (gateway == null || gatewayFilter(gateway) != null) {
        return new ParentTrace(
            entry,
            ParentStep.FOUND,
            "Gateway " + parentName + " not found for " + routeName,
            gateway == null ? null : gatewayFilter(gateway),
            gateway,
            gateway,
            List.of(),
            List.of(),
            true,
            "");
      }
    }
    KubeObject parent = isSet ? set : gateway;
    String gatewayName = isSet ? set.parentRef().name() : gateway.metadata().name();
    if (!options.gatewayName().isEmpty() && !options.gatewayName().equals(gatewayName)) {
      String gwns = isSet ? set.parentRef().namespace() : gateway.metadata().namespace();
      return skipped(
          entry,
          ParentStep.GATEWAY_NAME,
          "Gateway "
              + gwns
              + "/"
              + gatewayName
              + " does not match "
              + options.gatewayName()
              + " "
              + route.ref().namespacedName(),
          parent,
          gateway);
    }
    Condition accepted = entry.condition("Accepted");
    if (accepted == null || !"True".equals(accepted.status())) {
      return skipped(
          entry,
          ParentStep.ACCEPTED,
          kind + " " + parentName + " has not accepted the current generation " + routeName,
          parent,
          gateway);
    }
    ListenerSetStatus setStatus = null;
    if (isSet) {
      String reason = notAttached(set, gateway);
      if (reason == null) {
        setStatus = status.listenerSetStatus(set, gateway);
      }
      if (reason != null) {
        return skipped(
            entry,
            ParentStep.LISTENERSET_ATTACHED,
            "ListenerSet " + parentName + " is not attached for " + routeName + ": " + reason,
            parent,
            gateway);
      }
    }
    List<OwnedListener> listeners = new ArrayList<>();
    for (Listener l : isSet ? set.listeners() : gateway.listeners()) {
      listeners.add(new OwnedListener(parent, l));
    }
    String section = ref.sectionName() == null ? "" : ref.sectionName();
    if (!section.isEmpty()) {
      listeners = listeners.stream().filter(l -> l.listener().name().equals(section)).toList();
      if (listeners.isEmpty()) {
        return skipped(
            entry,
            ParentStep.SECTION,
            kind + " " + parentName + " section \"" + section + "\" not found for " + routeName,
            parent,
            gateway);
      }
    }
    List<ListenerMatch> matches = new ArrayList<>();
    String unattachedSection = null;
    for (OwnedListener l : listeners) {
      if (isSet) {
        String why = listenerNotAttached(setStatus, l.listener().name());
        if (why != null) {
          if (!section.isEmpty()) {
            unattachedSection = why;
          }
          continue;
        }
      }
      matches.add(matcher.match(route, candidates, ref.port(), l));
    }
    boolean matched = matches.stream().anyMatch(ListenerMatch::matched);
    if (!matched) {
      String message =
          unattachedSection != null
              ? kind
                  + " "
                  + parentName
                  + " section \""
                  + section
                  + "\" is not attached for "
                  + routeName
                  + ": "
                  + unattachedSection
              : kind
                  + " "
                  + parentName
                  + " section \""
                  + section
                  + "\" does not match "
                  + routeName
                  + " hostnames "
                  + ListenerMatcher.quoted(candidates);
      return new ParentTrace(
          entry,
          ParentStep.LISTENERS,
          message,
          null,
          parent,
          gateway,
          matches,
          List.of(),
          true,
          "");
    }
    Targets targets = targets(set, gateway);
    return new ParentTrace(
        entry,
        null,
        "matched " + parent.kind() + " " + parentName,
        null,
        parent,
        gateway,
        matches,
        targets.values,
        targets.known,
        targets.source);
  }

  private static ParentTrace skipped(
      RouteParentStatus entry,
      ParentStep step,
      String message,
      KubeObject parent,
      Gateway gateway) {
    return new ParentTrace(
        entry, step, message, null, parent, gateway, List.of(), List.of(), true, "");
  }

  /** Why a ListenerSet is not attached (external-dns section 5), or null. */
  private String notAttached(ListenerSet set, Gateway gateway) {
    String gatewayName = set.parentRef().namespace() + "/" + set.parentRef().name();
    if (gateway == null || gatewayFilter(gateway) != null) {
      return "parent Gateway " + gatewayName + " not found";
    }
    NamespacePolicy.Decision admitted =
        NamespacePolicy.decide(
            gateway.allowedListeners().from(),
            gateway.allowedListeners().selector(),
            gateway.metadata().namespace(),
            set.metadata().namespace(),
            inventory);
    if (!admitted.admitted()) {
      return "parent Gateway "
          + gatewayName
          + " does not allow ListenerSets from namespace "
          + set.metadata().namespace();
    }
    ListenerSetStatus setStatus = status.listenerSetStatus(set, gateway);
    boolean accepted =
        setStatus != null && setStatus.conditions().stream().anyMatch(c -> c.isTrue("Accepted"));
    if (!accepted) {
      return "ListenerSet " + set.ref().namespacedName() + " has not been accepted";
    }
    return null;
  }

  private static String listenerNotAttached(ListenerSetStatus setStatus, String name) {
    for (ListenerStatus l : setStatus.listeners()) {
      if (l.name().equals(name)) {
        return l.conditions().stream().anyMatch(c -> c.isTrue("Accepted"))
            ? null
            : "section \"" + name + "\" has not been accepted";
      }
    }
    return "section \"" + name + "\" has no Accepted status";
  }

  private record Targets(List<String> values, boolean known, String source) {}

  /**
   * A parent's targets: the target annotation (ListenerSet's, then Gateway's), else the Gateway's
   * status addresses.
   */
  private Targets targets(ListenerSet set, Gateway gateway) {
    String key = options.annotation(ExternalDnsAnnotations.TARGET);
    if (set != null) {
      List<String> own = ExternalDnsAnnotations.targets(set.metadata().annotation(key));
      if (!own.isEmpty()) {
        return new Targets(
            own, true, "annotation " + key + " on ListenerSet " + set.ref().namespacedName());
      }
    }
    List<String> annotated = ExternalDnsAnnotations.targets(gateway.metadata().annotation(key));
    if (!annotated.isEmpty()) {
      return new Targets(
          annotated, true, "annotation " + key + " on Gateway " + gateway.ref().namespacedName());
    }
    List<String> addresses = status.addresses(gateway);
    if (addresses == null) {
      return new Targets(
          List.of(),
          false,
          "Gateway "
              + gateway.ref().namespacedName()
              + " has no status yet: its controller assigns the address");
    }
    return new Targets(
        addresses, true, "status.addresses of Gateway " + gateway.ref().namespacedName());
  }

  /** The route's endpoints (external-dns section 4). */
  private List<Endpoint> endpoints(
      Route route, Map<String, ? extends java.util.Set<String>> hostTargets, List<String> notes) {
    if (hostTargets.isEmpty()) {
      return List.of();
    }
    long seconds = 0;
    String ttlValue = route.metadata().annotation(options.annotation(ExternalDnsAnnotations.TTL));
    if (ttlValue != null) {
      ExternalDnsAnnotations.Ttl parsed = ExternalDnsAnnotations.ttl(ttlValue);
      seconds = parsed.seconds();
      if (parsed.problem() != null) {
        notes.add(
            route.kind().toLowerCase(Locale.ROOT)
                + "/"
                + route.ref().namespacedName()
                + ": "
                + parsed.problem());
      }
    }
    long ttl = seconds;
    List<ProviderProperty> properties =
        ExternalDnsAnnotations.providerSpecific(
            route.metadata().annotations(), options.annotationPrefix());
    String setIdentifier =
        route.metadata().annotation(options.annotation(ExternalDnsAnnotations.SET_IDENTIFIER));
    Map<String, String> labels =
        Map.of(
            "resource", route.kind().toLowerCase(Locale.ROOT) + "/" + route.ref().namespacedName());
    List<Endpoint> endpoints = new ArrayList<>();
    for (Map.Entry<String, ? extends java.util.Set<String>> e :
        new TreeMap<>(hostTargets).entrySet()) {
      String name = DnsNames.withoutTrailingDot(e.getKey());
      if (DnsNames.hasOverlongLabel(name)) {
        notes.add("dropped " + name + ": a label is longer than 63 characters");
        continue;
      }
      Map<String, List<String>> byType = new TreeMap<>();
      for (String target : e.getValue()) {
        byType.computeIfAbsent(recordType(target), k -> new ArrayList<>()).add(target);
      }
      byType.forEach(
          (type, targets) ->
              endpoints.add(
                  new Endpoint(
                      name,
                      type,
                      targets,
                      ttl,
                      setIdentifier == null ? "" : setIdentifier,
                      properties,
                      labels,
                      List.of(route.ref().display()))));
    }
    return endpoints;
  }

  /** A for IPv4, AAAA for any other IP (IPv4-mapped included), CNAME for everything else. */
  static String recordType(String target) {
    if (IpAddresses.isIpv4(target)) {
      return "A";
    }
    return IpAddresses.isIpv6(target) ? "AAAA" : "CNAME";
  }
}
