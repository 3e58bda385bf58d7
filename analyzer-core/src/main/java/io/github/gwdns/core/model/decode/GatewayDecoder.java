package io.github.gwdns.core.model.decode;

import io.github.gwdns.core.load.ManifestList;
import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.model.AllowedListeners;
import io.github.gwdns.core.model.AllowedRoutes;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.model.FromNamespaces;
import io.github.gwdns.core.model.Gateway;
import io.github.gwdns.core.model.GatewayAddress;
import io.github.gwdns.core.model.GatewayClass;
import io.github.gwdns.core.model.GatewayStatus;
import io.github.gwdns.core.model.Hostnames;
import io.github.gwdns.core.model.IpAddresses;
import io.github.gwdns.core.model.LabelSelector;
import io.github.gwdns.core.model.Listener;
import io.github.gwdns.core.model.ListenerSet;
import io.github.gwdns.core.model.ListenerSetStatus;
import io.github.gwdns.core.model.ObjectMeta;
import io.github.gwdns.core.model.ParentGatewayRef;
import io.github.gwdns.core.model.Provenance;
import io.github.gwdns.core.vocabulary.GatewayApi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes GatewayClass, Gateway and ListenerSet, applying the CRD defaults in one place: listener
 * {@code allowedRoutes.namespaces.from} is Same, Gateway {@code allowedListeners.namespaces.from}
 * is None, an address {@code type} is IPAddress, a {@code tls.mode} is Terminate, a ListenerSet's
 * parentRef is a Gateway in the ListenerSet's namespace.
 */
final class GatewayDecoder {
  static final String DEFAULT_ADDRESS_TYPE = "IPAddress";
  static final String DEFAULT_TLS_MODE = "Terminate";

  private static final List<String> ROUTE_FROM = List.of("All", "Selector", "Same");
  private static final List<String> LISTENER_FROM = List.of("All", "Selector", "Same", "None");
  private static final FieldPath SPEC = FieldPath.root().field("spec");
  private static final FieldPath STATUS = FieldPath.root().field("status");

  private final FieldReader reader;

  GatewayDecoder(FieldReader reader) {
    this.reader = reader;
  }

  static GatewayClass decodeClass(
      FieldReader reader,
      String apiVersion,
      ObjectMeta meta,
      Provenance provenance,
      ManifestMap root) {
    ManifestMap spec = reader.requiredMap(root, FieldPath.root(), "spec");
    String controller = spec == null ? null : reader.requiredString(spec, SPEC, "controllerName");
    return new GatewayClass(apiVersion, meta, provenance, controller == null ? "" : controller);
  }

  Gateway decode(String apiVersion, ObjectMeta meta, Provenance provenance, ManifestMap root) {
    ManifestMap spec = reader.requiredMap(root, FieldPath.root(), "spec");
    String className = reader.requiredString(spec, SPEC, "gatewayClassName");
    List<Listener> listeners = listeners(spec, SPEC);
    List<GatewayAddress> addresses = addresses(spec, SPEC);
    ManifestMap allowed = reader.map(spec, SPEC, "allowedListeners");
    FieldPath allowedPath = SPEC.field("allowedListeners");
    ManifestMap namespaces = reader.map(allowed, allowedPath, "namespaces");
    FieldPath namespacesPath = allowedPath.field("namespaces");
    FromNamespaces from =
        CommonDecoders.from(reader, namespaces, namespacesPath, LISTENER_FROM, FromNamespaces.NONE);
    LabelSelector selector =
        CommonDecoders.selector(reader, namespaces, namespacesPath, "selector");
    AllowedListeners allowedListeners =
        allowed == null ? AllowedListeners.DEFAULT : new AllowedListeners(from, selector);
    GatewayStatus status = null;
    ManifestMap statusMap = reader.map(root, FieldPath.root(), "status");
    if (statusMap != null) {
      status =
          new GatewayStatus(
              addresses(statusMap, STATUS),
              CommonDecoders.conditions(reader, statusMap, STATUS),
              CommonDecoders.listenerStatus(reader, statusMap, STATUS));
    }
    return new Gateway(
        apiVersion,
        meta,
        provenance,
        className == null ? "" : className,
        listeners,
        addresses,
        allowedListeners,
        status);
  }

  ListenerSet decodeListenerSet(
      String apiVersion, String kind, ObjectMeta meta, Provenance provenance, ManifestMap root) {
    ManifestMap spec = reader.requiredMap(root, FieldPath.root(), "spec");
    ManifestMap parent = reader.requiredMap(spec, SPEC, "parentRef");
    FieldPath parentPath = SPEC.field("parentRef");
    String group = reader.string(parent, parentPath, "group");
    String parentKind = reader.string(parent, parentPath, "kind");
    String namespace = reader.string(parent, parentPath, "namespace");
    String name = reader.requiredString(parent, parentPath, "name");
    ParentGatewayRef parentRef =
        new ParentGatewayRef(
            group == null ? GatewayApi.GROUP : group,
            parentKind == null ? GatewayApi.GATEWAY : parentKind,
            namespace == null ? meta.namespace() : namespace,
            name == null ? "" : name);
    List<Listener> listeners = listeners(spec, SPEC);
    ListenerSetStatus status = null;
    ManifestMap statusMap = reader.map(root, FieldPath.root(), "status");
    if (statusMap != null) {
      status =
          new ListenerSetStatus(
              CommonDecoders.conditions(reader, statusMap, STATUS),
              CommonDecoders.listenerStatus(reader, statusMap, STATUS));
    }
    return new ListenerSet(apiVersion, kind, meta, provenance, parentRef, listeners, status);
  }

  private List<Listener> listeners(ManifestMap spec, FieldPath specPath) {
    List<Listener> listeners = new ArrayList<>();
    ManifestList list = reader.requiredList(spec, specPath, "listeners");
    FieldPath listPath = specPath.field("listeners");
    List<ManifestMap> items = reader.mapItems(list, listPath);
    for (int i = 0; i < items.size(); i++) {
      ManifestMap item = items.get(i);
      if (item != null) {
        listeners.add(listener(i, item, listPath.index(i)));
      }
    }
    checkListeners(spec, listeners);
    return listeners;
  }

  /** The CEL rules on listeners that the API server enforces within one Gateway or ListenerSet. */
  private void checkListeners(ManifestMap spec, List<Listener> listeners) {
    Map<String, Listener> byName = new HashMap<>();
    Map<String, Listener> byTriple = new HashMap<>();
    for (Listener l : listeners) {
      ManifestNode node = reader.node(spec, l.path());
      Listener sameName = byName.putIfAbsent(l.name(), l);
      if (sameName != null) {
        reader.error(
            reader.node(spec, l.path().field("name")),
            l.path().field("name"),
            "duplicate-listener",
            "listener name `"
                + l.name()
                + "` is used twice (also spec.listeners["
                + sameName.index()
                + "]); listener names must be unique");
      }
      String triple =
          l.port() + "/" + l.protocol() + "/" + (l.hostname() == null ? "" : l.hostname());
      // A listener whose port or protocol is already refused (0 / "") is not compared again: two
      // such listeners are not "the same", only both wrong.
      Listener sameTriple =
          l.port() == 0 || l.protocol().isEmpty() ? null : byTriple.putIfAbsent(triple, l);
      if (sameTriple != null && sameName == null) {
        reader.error(
            node,
            l.path(),
            "duplicate-listener",
            "listeners `"
                + sameTriple.name()
                + "` and `"
                + l.name()
                + "` have the same port, protocol and hostname;"
                + " give one another port or hostname");
      }
      String protocol = l.protocol();
      boolean tcpOrUdp = protocol.equals("TCP") || protocol.equals("UDP");
      if (l.tlsMode() != null && (tcpOrUdp || protocol.equals("HTTP"))) {
        reader.error(
            reader.node(spec, l.path().field("tls")),
            l.path().field("tls"),
            "invalid-listener",
            "listener `"
                + l.name()
                + "` has a `tls` block, which protocol "
                + protocol
                + " forbids");
      }
      if (l.hostname() != null && tcpOrUdp) {
        reader.error(
            reader.node(spec, l.path().field("hostname")),
            l.path().field("hostname"),
            "invalid-listener",
            "listener `" + l.name() + "` has a hostname, which protocol " + protocol + " forbids");
      }
      if (protocol.equals("TLS") && l.tlsMode() == null) {
        reader.error(
            node,
            l.path(),
            "invalid-listener",
            "TLS listener `"
                + l.name()
                + "` needs a `tls` block with `mode: Passthrough` or `Terminate`");
      }
      if (protocol.equals("HTTPS") && "Passthrough".equals(l.tlsMode())) {
        reader.error(
            reader.node(spec, l.path().field("tls").field("mode")),
            l.path().field("tls").field("mode"),
            "invalid-listener",
            "HTTPS listener `"
                + l.name()
                + "` cannot use `tls.mode: Passthrough`; use a TLS listener for passthrough");
      }
    }
  }

  /** The CRD's SectionName pattern: a lowercase RFC 1123 subdomain. */
  private static final java.util.regex.Pattern SECTION_NAME =
      java.util.regex.Pattern.compile(
          "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$");

  private Listener listener(int index, ManifestMap item, FieldPath path) {
    String name = reader.requiredString(item, path, "name");
    if (name != null
        && !reader.pending(name)
        && (name.length() > 253 || !SECTION_NAME.matcher(name).matches())) {
      reader.error(
          item.get("name"),
          path.field("name"),
          "invalid-listener",
          "listener name `"
              + name
              + "` is invalid: "
              + (name.length() > 253
                  ? "it is longer than 253 characters"
                  : !name.equals(name.toLowerCase(java.util.Locale.ROOT))
                      ? "it has uppercase letters (write it in lowercase)"
                      : "it is not a lowercase RFC 1123 subdomain (letters, digits, `-` and `.`, starting and ending with a letter or digit)"));
    }
    String hostname = reader.string(item, path, "hostname");
    String why =
        hostname == null || reader.pending(hostname) ? null : Hostnames.whyInvalid(hostname);
    if (why != null) {
      reader.error(
          item.get("hostname"),
          path.field("hostname"),
          "invalid-hostname",
          "listener hostname `" + hostname + "` is invalid: " + why);
    }
    Integer port = reader.requiredInteger(item, path, "port", 1, 65535);
    String protocol = reader.requiredString(item, path, "protocol");
    ManifestMap tls = reader.map(item, path, "tls");
    String tlsMode = null;
    if (tls != null) {
      String mode =
          reader.enumString(tls, path.field("tls"), "mode", List.of("Terminate", "Passthrough"));
      tlsMode = mode == null ? DEFAULT_TLS_MODE : mode;
    }
    return new Listener(
        index,
        name == null ? "" : name,
        hostname,
        port == null ? 0 : port,
        protocol == null ? "" : protocol,
        tlsMode,
        allowedRoutes(item, path));
  }

  private AllowedRoutes allowedRoutes(ManifestMap listener, FieldPath path) {
    ManifestMap allowed = reader.map(listener, path, "allowedRoutes");
    if (allowed == null) {
      return AllowedRoutes.DEFAULT;
    }
    FieldPath allowedPath = path.field("allowedRoutes");
    ManifestMap namespaces = reader.map(allowed, allowedPath, "namespaces");
    FieldPath namespacesPath = allowedPath.field("namespaces");
    FromNamespaces from =
        CommonDecoders.from(reader, namespaces, namespacesPath, ROUTE_FROM, FromNamespaces.SAME);
    LabelSelector selector =
        CommonDecoders.selector(reader, namespaces, namespacesPath, "selector");
    return new AllowedRoutes(
        from == null ? FromNamespaces.SAME : from,
        selector,
        CommonDecoders.kinds(reader, allowed, allowedPath, "kinds"));
  }

  private List<GatewayAddress> addresses(ManifestMap parent, FieldPath path) {
    List<GatewayAddress> addresses = new ArrayList<>();
    FieldPath listPath = path.field("addresses");
    List<ManifestMap> items = reader.mapItems(reader.list(parent, path, "addresses"), listPath);
    for (int i = 0; i < items.size(); i++) {
      ManifestMap item = items.get(i);
      if (item == null) {
        continue;
      }
      String type = reader.string(item, listPath.index(i), "type");
      String value = reader.string(item, listPath.index(i), "value");
      if (value != null
          && (type == null || type.equals(DEFAULT_ADDRESS_TYPE))
          && !IpAddresses.isIp(value)
          && !reader.pending(value)) {
        reader.error(
            item.get("value"),
            listPath.index(i).field("value"),
            "invalid-address",
            "`"
                + listPath.index(i).field("value")
                + "` is `"
                + value
                + "`, not an IP address; use `type: Hostname` for a DNS name");
      }
      addresses.add(new GatewayAddress(type == null ? DEFAULT_ADDRESS_TYPE : type, value));
    }
    return addresses;
  }
}
