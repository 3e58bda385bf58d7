package io.github.gwdns.core.report;

import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.attach.GatewayView;
import io.github.gwdns.core.attach.ListenerCheck;
import io.github.gwdns.core.attach.OwnedListener;
import io.github.gwdns.core.attach.ParentResolution;
import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.finding.ObjectRef;
import io.github.gwdns.core.model.Gateway;
import io.github.gwdns.core.model.KubeObject;
import io.github.gwdns.core.model.Listener;
import io.github.gwdns.core.model.Route;
import io.github.gwdns.core.predict.Endpoint;
import io.github.gwdns.core.predict.PendingName;
import io.github.gwdns.core.rules.ParentCause;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The estate as a graph: Gateways (and ListenerSets) with their listeners, the routes attached to
 * them, the DNS names they yield, and every rejected attachment as an edge labelled with its rule.
 * Rendered as Mermaid or Graphviz by {@link GraphReport}.
 */
final class EstateGraph {
  /** A box: a Gateway or ListenerSet with its listener nodes. */
  record Group(String id, String label, List<Node> nodes) {}

  record Node(String id, String label, Shape shape) {}

  enum Shape {
    LISTENER,
    ROUTE,
    NAME,
    MISSING,
    GATEWAY
  }

  record Edge(String from, String to, String label, boolean rejected) {}

  final List<Group> groups = new ArrayList<>();
  final List<Node> nodes = new ArrayList<>();
  final List<Edge> edges = new ArrayList<>();
  private final Map<String, String> ids = new LinkedHashMap<>();

  /**
   * @param onlyWithFindings keep only routes and Gateways that have findings, and what they connect
   *     to
   */
  EstateGraph(AnalysisResult all, boolean onlyWithFindings) {
    for (AnalysisResult cluster : all.clusters()) {
      scope = all.severalClusters() ? cluster.cluster() : "";
      add(cluster, onlyWithFindings);
    }
  }

  /**
   * The cluster being drawn ({@code ""} for the only one): its objects' ids and labels carry it.
   */
  private String scope = "";

  private void add(AnalysisResult result, boolean onlyWithFindings) {
    Set<ObjectRef> flagged = new TreeSet<>();
    // The rules `check` reports on each object: a rejected edge is drawn only for those, so the
    // graph never shows what the findings (combined over every external-dns instance) do not.
    Set<String> reported = new java.util.HashSet<>();
    for (Finding f : result.findings()) {
      if (f.active() && f.object() != null) {
        flagged.add(f.object());
        reported.add(f.object().display() + " " + f.ruleId());
      }
    }
    List<Route> routes = new ArrayList<>(result.inventory().routes());
    routes.sort(Comparator.comparing(Route::ref));
    if (onlyWithFindings) {
      routes.removeIf(r -> !flagged.contains(r.ref()));
    }
    Map<Route, List<ParentCause>> causesByRoute = new java.util.IdentityHashMap<>();
    for (ParentCause c : result.causes().all()) {
      causesByRoute.computeIfAbsent(c.route(), k -> new ArrayList<>()).add(c);
    }
    Set<Gateway> gateways = new java.util.LinkedHashSet<>();
    for (Route r : routes) {
      for (ParentResolution p : result.attachments().of(r)) {
        if (p.gateway() != null) {
          gateways.add(p.gateway());
        }
      }
    }
    if (!onlyWithFindings) {
      gateways.addAll(result.inventory().manifests().gateways());
    } else {
      for (Gateway g : result.inventory().manifests().gateways()) {
        if (flagged.contains(g.ref())) {
          gateways.add(g);
        }
      }
    }
    List<Gateway> sorted = new ArrayList<>(gateways);
    sorted.sort(Comparator.comparing(Gateway::ref));
    for (Gateway g : sorted) {
      GatewayView view = result.attachments().view(g);
      if (view == null) {
        continue;
      }
      addGroup(g, view.ownListeners(), view);
      for (GatewayView.ListenerSetAdmission a : view.listenerSets()) {
        List<OwnedListener> listeners = new ArrayList<>();
        for (Listener l : a.listenerSet().listeners()) {
          listeners.add(new OwnedListener(a.listenerSet(), l));
        }
        addGroup(a.listenerSet(), listeners, view);
      }
    }
    for (Route r : routes) {
      String routeId = id("route:" + r.ref().display());
      nodes.add(new Node(routeId, scoped(r.kind() + " " + r.ref().namespacedName()), Shape.ROUTE));
      for (ParentResolution p : result.attachments().of(r)) {
        for (ListenerCheck c : p.accepting()) {
          String listener = ids.get(scope + "\u0000" + "listener:" + c.listener().key());
          if (listener != null) {
            edges.add(new Edge(routeId, listener, "", false));
          }
        }
      }
      for (ParentCause c : causesByRoute.getOrDefault(r, List.of())) {
        String rule = c.cause().name().toLowerCase(Locale.ROOT).replace('_', '-');
        if (reported.contains(r.ref().display() + " " + rule)) {
          edges.add(new Edge(routeId, target(c), rule, true));
        }
      }
    }
    // The names of every instance's plan (a public and a private one publish different names).
    Set<String> names = new java.util.HashSet<>();
    Set<String> drawn = new java.util.HashSet<>();
    for (io.github.gwdns.core.InstancePlan plan : result.plans()) {
      for (Endpoint e : plan.plan().endpoints()) {
        for (String source : e.sources()) {
          nameEdge(
              source,
              "name:" + e.dnsName() + " " + e.recordType(),
              e.dnsName() + " " + e.recordType(),
              names,
              drawn);
        }
      }
      for (PendingName p : plan.plan().pending()) {
        for (String source : p.sources()) {
          nameEdge(
              source, "name:" + p.dnsName() + " pending", p.dnsName() + " (pending)", names, drawn);
        }
      }
    }
  }

  /** An edge from the route {@code source} to a name node, each drawn once. */
  private void nameEdge(
      String source, String key, String label, Set<String> names, Set<String> drawn) {
    String routeId = ids.get(scope + "\u0000" + "route:" + source);
    if (routeId == null) {
      return;
    }
    String nameId = id(key);
    if (names.add(nameId)) {
      nodes.add(new Node(nameId, label, Shape.NAME));
    }
    if (drawn.add(routeId + " " + nameId)) {
      edges.add(new Edge(routeId, nameId, "", false));
    }
  }

  private void addGroup(KubeObject owner, List<OwnedListener> listeners, GatewayView view) {
    List<Node> members = new ArrayList<>();
    String ownerId = id("owner:" + owner.ref().display());
    members.add(
        new Node(
            ownerId, scoped(owner.kind() + " " + owner.ref().namespacedName()), Shape.GATEWAY));
    for (OwnedListener l : listeners) {
      Listener listener = l.listener();
      GatewayView.Conflict conflict = view.conflict(l);
      members.add(
          new Node(
              id("listener:" + l.key()),
              listener.name()
                  + " "
                  + listener.protocol()
                  + " :"
                  + listener.port()
                  + (listener.hostname() == null ? "" : " " + listener.hostname())
                  + (conflict == null ? "" : " CONFLICTED"),
              Shape.LISTENER));
    }
    groups.add(
        new Group(
            id("group:" + owner.ref().display()),
            scoped(owner.kind() + " " + owner.ref().namespacedName()),
            members));
  }

  /**
   * Where a rejected attachment points: the closest listener, else the parent, else a missing node.
   */
  private String target(ParentCause c) {
    if (c.listener() != null
        && ids.containsKey(scope + "\u0000" + "listener:" + c.listener().listener().key())) {
      return ids.get(scope + "\u0000" + "listener:" + c.listener().listener().key());
    }
    if (c.externalDnsListener() != null
        && ids.containsKey(
            scope + "\u0000" + "listener:" + c.externalDnsListener().listener().key())) {
      return ids.get(scope + "\u0000" + "listener:" + c.externalDnsListener().listener().key());
    }
    KubeObject parent =
        c.resolution() == null
            ? null
            : c.resolution().listenerSet() != null
                ? c.resolution().listenerSet()
                : c.resolution().gateway();
    if (parent != null && ids.containsKey(scope + "\u0000" + "owner:" + parent.ref().display())) {
      return ids.get(scope + "\u0000" + "owner:" + parent.ref().display());
    }
    String label =
        c.ref() == null
            ? "no parentRefs"
            : c.ref().kind() + " " + c.ref().namespace() + "/" + c.ref().name();
    String key = "missing:" + label;
    if (!ids.containsKey(scope + "\u0000" + key)) {
      nodes.add(new Node(id(key), scoped(label + " (missing)"), Shape.MISSING));
    }
    return ids.get(scope + "\u0000" + key);
  }

  /** Keys are the cluster's own: the same object in two clusters is two nodes. */
  private String id(String key) {
    return ids.computeIfAbsent(scope + "\u0000" + key, k -> "n" + ids.size());
  }

  private String scoped(String label) {
    return scope.isEmpty() ? label : label + " [" + scope + "]";
  }
}
