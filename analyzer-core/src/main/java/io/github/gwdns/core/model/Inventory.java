package io.github.gwdns.core.model;

import io.github.gwdns.core.finding.Notice;
import io.github.gwdns.core.vocabulary.GatewayApi;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The objects indexed once, for lookups in constant time: Gateways, ListenerSets, GatewayClasses
 * and Namespaces by name, and each Gateway's ListenerSets. Everything downstream reads this instead
 * of scanning the inventory, which keeps the analysis linear in the number of objects.
 *
 * <p>Objects defined twice were already reduced to their last definition by {@link Manifests}.
 */
public final class Inventory {
  private final Manifests manifests;
  private final Map<String, Gateway> gateways = new HashMap<>();
  private final Map<String, List<Gateway>> gatewaysByName = new HashMap<>();
  private final Map<String, ListenerSet> listenerSets = new HashMap<>();
  private final Map<String, GatewayClass> gatewayClasses = new HashMap<>();
  private final Map<String, Namespace> namespaces = new HashMap<>();
  private final Map<String, List<ListenerSet>> listenerSetsByGateway = new HashMap<>();
  private final List<Route> routes = new ArrayList<>();
  private final List<Notice> notices = new ArrayList<>();

  private final PlatformObjects platform;

  /**
   * @param platform the RBAC objects and CRDs among {@code manifests}' others, decoded
   */
  public Inventory(Manifests manifests, PlatformObjects platform) {
    this.manifests = manifests;
    this.platform = platform;
    notices.addAll(manifests.duplicates());
    for (KubeObject object : manifests.objects()) {
      if (object instanceof Gateway g) {
        gateways.put(key(g.metadata().namespace(), g.metadata().name()), g);
        gatewaysByName.computeIfAbsent(g.metadata().name(), k -> new ArrayList<>()).add(g);
      } else if (object instanceof ListenerSet l) {
        listenerSets.put(
            listenerSetKey(l.group(), l.metadata().namespace(), l.metadata().name()), l);
      } else if (object instanceof GatewayClass c) {
        gatewayClasses.put(c.metadata().name(), c);
      } else if (object instanceof Namespace n) {
        namespaces.put(n.metadata().name(), n);
      } else if (object instanceof Route r) {
        routes.add(r);
      }
    }
    for (ListenerSet set : listenerSets.values()) {
      ParentGatewayRef parent = set.parentRef();
      listenerSetsByGateway
          .computeIfAbsent(key(parent.namespace(), parent.name()), k -> new ArrayList<>())
          .add(set);
    }
    // Merge order among a Gateway's ListenerSets: oldest first, then namespace/name. Manifests
    // carry
    // no creation timestamps, so namespace/name decides.
    listenerSetsByGateway
        .values()
        .forEach(
            list ->
                list.sort((a, b) -> a.ref().namespacedName().compareTo(b.ref().namespacedName())));
  }

  private static String key(String namespace, String name) {
    return namespace + "/" + name;
  }

  private static String listenerSetKey(String group, String namespace, String name) {
    return group + "|" + namespace + "/" + name;
  }

  public Manifests manifests() {
    return manifests;
  }

  /** Every route, each object once, in input order. */
  public List<Route> routes() {
    return Collections.unmodifiableList(routes);
  }

  /** The Gateway {@code namespace/name}, or null. */
  public Gateway gateway(String namespace, String name) {
    return gateways.get(key(namespace, name));
  }

  /**
   * The ListenerSet {@code namespace/name} of API group {@code group} ({@code ListenerSet} in
   * gateway.networking.k8s.io, {@code XListenerSet} in gateway.networking.x-k8s.io), or null.
   */
  public ListenerSet listenerSet(String group, String namespace, String name) {
    return listenerSets.get(listenerSetKey(group, namespace, name));
  }

  /** The ListenerSets whose parentRef names this Gateway, in merge order. */
  public List<ListenerSet> listenerSetsOf(Gateway gateway) {
    List<ListenerSet> sets =
        listenerSetsByGateway.get(key(gateway.metadata().namespace(), gateway.metadata().name()));
    if (sets == null) {
      return List.of();
    }
    List<ListenerSet> ofGateways = new ArrayList<>();
    for (ListenerSet set : sets) {
      if (set.parentRef().group().equals(GatewayApi.GROUP)
          && set.parentRef().kind().equals(GatewayApi.GATEWAY)) {
        ofGateways.add(set);
      }
    }
    return ofGateways;
  }

  /** Every Gateway called {@code name}, in any namespace, sorted by namespace. */
  public List<Gateway> gatewaysNamed(String name) {
    List<Gateway> named = new ArrayList<>(gatewaysByName.getOrDefault(name, List.of()));
    named.sort((a, b) -> a.metadata().namespace().compareTo(b.metadata().namespace()));
    return named;
  }

  /** The GatewayClass {@code name}, or null. */
  public GatewayClass gatewayClass(String name) {
    return gatewayClasses.get(name);
  }

  /** True when the input defines at least one GatewayClass. */
  public boolean definesGatewayClasses() {
    return !gatewayClasses.isEmpty();
  }

  /** The Namespace object {@code name}, or null when the input does not define it. */
  public Namespace namespace(String name) {
    return namespaces.get(name);
  }

  /**
   * The labels of namespace {@code name} as the API server has them: the manifest's labels plus
   * {@code kubernetes.io/metadata.name}; just that label when the input does not define the
   * namespace (every namespace a route lives in exists on a real cluster).
   */
  public Map<String, String> namespaceLabels(String name) {
    Namespace ns = namespaces.get(name);
    return ns != null ? ns.metadata().labels() : Map.of(Namespace.NAME_LABEL, name);
  }

  /** Duplicate definitions found while indexing. */
  public List<Notice> notices() {
    return Collections.unmodifiableList(notices);
  }

  /** The Roles, ClusterRoles and their bindings. */
  public Rbac rbac() {
    return platform.rbac();
  }

  /** The CustomResourceDefinitions, in input order. */
  public List<CustomResourceDefinition> crds() {
    return platform.crds();
  }
}
