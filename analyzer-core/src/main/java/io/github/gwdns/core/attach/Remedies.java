package io.github.gwdns.core.attach;

import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.model.FromNamespaces;
import io.github.gwdns.core.model.Gateway;
import io.github.gwdns.core.model.GatewayClass;
import io.github.gwdns.core.model.Inventory;
import io.github.gwdns.core.model.Listener;
import io.github.gwdns.core.model.RouteKind;
import io.github.gwdns.core.render.NamespaceSource;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The fix for each way a controller rejects a route parentRef, in one place, phrased for the user:
 * which field of which object to change, and to what. {@code explain} and the rules both use it.
 */
public final class Remedies {
  private Remedies() {}

  /** The fix for a rejected parentRef, or null when it was accepted. */
  public static String fix(ParentResolution r, Inventory inventory) {
    String ref = "`spec.parentRefs[" + r.parentRef().index() + "]`";
    return switch (r.outcome()) {
      case ACCEPTED -> null;
      case PARENT_NOT_FOUND -> parentNotFound(r, inventory, ref);
      case PARENT_UNSUPPORTED_KIND ->
          "point " + ref + " at a Gateway (`kind: Gateway`, the default) or a ListenerSet";
      case GATEWAYCLASS_NOT_FOUND ->
          "set `spec.gatewayClassName` of Gateway "
              + r.gateway().ref().namespacedName()
              + " to a defined GatewayClass ("
              + classes(inventory)
              + ")";
      case LISTENERSET_NOT_ALLOWED ->
          "set `spec.allowedListeners.namespaces.from: Same` (or `All`, or a Selector matching namespace `"
              + r.listenerSet().metadata().namespace()
              + "`) on Gateway "
              + r.gateway().ref().namespacedName();
      case SECTION_NOT_FOUND ->
          "set `spec.parentRefs["
              + r.parentRef().index()
              + "].sectionName` to a listener of the parent ("
              + listenerNames(r)
              + ")"
              + didYouMean(r);
      case PORT_MISMATCH ->
          "set `spec.parentRefs["
              + r.parentRef().index()
              + "].port` to a listener's port ("
              + ports(r)
              + "), or remove it";
      case NOT_ALLOWED_BY_LISTENERS,
          NO_MATCHING_LISTENER_HOSTNAME,
          LISTENER_CONFLICTED,
          NO_READY_LISTENERS ->
          listenerFix(r.closest(), r);
      case KIND_NOT_WATCHED ->
          "install Gateway API CRDs whose "
              + r.route().kind()
              + " CRD serves the version this Envoy Gateway"
              + " release reads (its own chart's CRDs, `crds.enabled: true`, do), or run a release that reads a version the CRD serves";
      case ROUTE_UNSUPPORTED ->
          "split the route into routes the implementation supports (" + r.message() + ")";
    };
  }

  /** The fix for one rejecting listener. */
  public static String listenerFix(ListenerCheck check, ParentResolution r) {
    if (check == null) {
      return null;
    }
    OwnedListener owned = check.listener();
    Listener l = owned.listener();
    String where = owned.display();
    RouteKind kind = r.route().routeKind();
    return switch (check.verdict()) {
      case ACCEPTS -> null;
      case PROTOCOL_MISMATCH ->
          kind == RouteKind.TLS && l.protocol().equals("TLS") && "Terminate".equals(l.tlsMode())
              // Only Envoy Gateway before v1.7.0 refuses a TLSRoute on a TLS listener, and only in
              // Terminate mode.
              ? "set `tls.mode: Passthrough` on "
                  + where
                  + ", or upgrade Envoy Gateway to v1.7.0 or later, which takes"
                  + " TLSRoutes on Terminate listeners too"
              : kind.kind()
                  + " needs a listener with protocol "
                  + protocolsFor(kind)
                  + "; "
                  + where
                  + " is "
                  + l.protocol()
                  + (kind == RouteKind.TCP && l.protocol().equals("TLS")
                      ? " (a TLS listener takes only TLSRoute: use a TLSRoute for SNI routing, or a TCP listener)"
                      : r.parentRef().sectionName() != null
                          ? ": point `sectionName` at a matching listener or add one"
                          : ": add a matching listener");
      case KIND_NOT_ALLOWED ->
          "add `kind: " + kind.kind() + "` to `allowedRoutes.kinds` of " + where;
      case NAMESPACE_NOT_ALLOWED ->
          sectionFix(r) + namespaceFix(owned, r.route().metadata().namespace());
      case HOSTNAME_MISMATCH ->
          "add a hostname matching `"
              + l.hostname()
              + "` to the route's `spec.hostnames`, or change the hostname of "
              + where;
      case CONFLICTED ->
          "give " + where + " a port or hostname no other listener of the Gateway uses";
      case NOT_READY ->
          check.notReady() == ListenerReadiness.Problem.INVALID_KINDS
              ? "remove from `allowedRoutes.kinds` of "
                  + where
                  + " the kinds protocol "
                  + l.protocol()
                  + " does not take"
              : "give "
                  + where
                  + " a port or hostname no other listener of the Gateway uses (Envoy Gateway v1.8.2 and later"
                  + " accept the route on a conflicted listener, but it serves no traffic there)";
    };
  }

  /**
   * The least-privilege fix first: when another listener of the parent already takes the route,
   * point the parentRef at it rather than open a listener to more namespaces.
   */
  private static String sectionFix(ParentResolution r) {
    if (r.alternatives().isEmpty()) {
      return "";
    }
    Listener other = r.alternatives().get(0).listener().listener();
    String field =
        "`spec.parentRefs["
            + r.parentRef().index()
            + "]."
            + (r.parentRef().sectionName() != null
                ? "sectionName` to `" + other.name() + "`"
                : "port` to " + other.port());
    return "set "
        + field
        + ": "
        + r.alternatives().get(0).listener().display()
        + " already admits routes from namespace `"
        + r.route().metadata().namespace()
        + "`, and no listener is opened further; or ";
  }

  private static String namespaceFix(OwnedListener owned, String namespace) {
    String where = owned.display();
    if (owned.listener().allowedRoutes().from() == FromNamespaces.SELECTOR
        && owned.listener().allowedRoutes().selector() != null) {
      return "label namespace `"
          + namespace
          + "` to match the selector of "
          + where
          + ", or set `allowedRoutes.namespaces.from: All` there";
    }
    return "add `allowedRoutes.namespaces.from: All` to "
        + where
        + ", or a Selector that matches namespace `"
        + namespace
        + "`";
  }

  private static String parentNotFound(ParentResolution r, Inventory inventory, String ref) {
    if (r.listenerSet() != null) {
      return "create Gateway "
          + r.listenerSet().parentRef().namespace()
          + "/"
          + r.listenerSet().parentRef().name()
          + " or fix `spec.parentRef` of "
          + r.listenerSet().kind()
          + " "
          + r.listenerSet().ref().namespacedName();
    }
    String field = "`spec.parentRefs[" + r.parentRef().index() + "].namespace`";
    List<Gateway> sameName = inventory.gatewaysNamed(r.parentRef().name());
    if (!sameName.isEmpty() && r.parentRef().kind().equals("Gateway")) {
      Gateway found = sameName.get(0);
      String namespace = found.metadata().namespace();
      NamespaceSource source = found.metadata().namespaceSource();
      if (source == NamespaceSource.DEFAULT || source == NamespaceSource.ASSUMED) {
        // The Gateway's namespace is gwdns's guess: moving the parentRef there could break the real
        // cluster. Say what is known instead.
        return "Gateway `"
            + found.metadata().name()
            + "` at "
            + found.provenance().range().display()
            + " sets no namespace"
            + " that gwdns could follow (it assumed `"
            + namespace
            + "`, "
            + (source == NamespaceSource.DEFAULT
                ? "the default"
                : found.metadata().namespaceOrigin())
            + "); if it is applied to namespace `"
            + r.parentRef().namespace()
            + "`, this parentRef is right: analyze the directory that applies the Gateway too"
            + " (or the whole repository), or set its metadata.namespace";
      }
      boolean unset =
          !r.route()
              .provenance()
              .has(
                  FieldPath.root()
                      .field("spec")
                      .field("parentRefs")
                      .index(r.parentRef().index())
                      .field("namespace"));
      String fix =
          "Gateway `"
              + found.metadata().name()
              + "` exists in namespace `"
              + namespace
              + "`, not `"
              + r.parentRef().namespace()
              + "`: set "
              + field
              + " to `"
              + namespace
              + "`";
      if (unset) {
        fix += " (an unset namespace means the route's own)";
      }
      return fix;
    }
    return "fix "
        + ref
        + " (name, namespace) to name an existing "
        + r.parentRef().kind()
        + ", or add it to the manifests";
  }

  private static String classes(Inventory inventory) {
    return inventory.manifests().gatewayClasses().stream()
        .map(GatewayClass::metadata)
        .map(m -> "`" + m.name() + "`")
        .sorted()
        .distinct()
        .collect(Collectors.joining(", "));
  }

  private static String listenerNames(ParentResolution r) {
    return listeners(r).stream().map(l -> "`" + l.name() + "`").collect(Collectors.joining(", "));
  }

  private static String didYouMean(ParentResolution r) {
    String wanted = r.parentRef().sectionName().toLowerCase(Locale.ROOT);
    for (Listener l : listeners(r)) {
      if (l.name().toLowerCase(Locale.ROOT).equals(wanted)) {
        return "; names are case-sensitive: did you mean `" + l.name() + "`?";
      }
    }
    return "";
  }

  private static String ports(ParentResolution r) {
    return listeners(r).stream()
        .filter(
            l ->
                r.parentRef().sectionName() == null || l.name().equals(r.parentRef().sectionName()))
        .map(l -> Integer.toString(l.port()))
        .distinct()
        .collect(Collectors.joining(", "));
  }

  private static List<Listener> listeners(ParentResolution r) {
    return r.listenerSet() != null ? r.listenerSet().listeners() : r.gateway().listeners();
  }

  private static String protocolsFor(RouteKind kind) {
    return switch (kind) {
      case HTTP, GRPC -> "HTTP or HTTPS";
      case TLS -> "TLS";
      case TCP -> "TCP";
      case UDP -> "UDP";
    };
  }
}
