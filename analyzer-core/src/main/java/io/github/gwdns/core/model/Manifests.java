package io.github.gwdns.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every object decoded from the input, in input order, with typed views. */
public final class Manifests {
  private final List<KubeObject> objects;
  private final List<GatewayClass> gatewayClasses = new ArrayList<>();
  private final List<Gateway> gateways = new ArrayList<>();
  private final List<ListenerSet> listenerSets = new ArrayList<>();
  private final List<Route> routes = new ArrayList<>();
  private final List<ReferenceGrant> referenceGrants = new ArrayList<>();
  private final List<Namespace> namespaces = new ArrayList<>();
  private final List<GenericObject> others = new ArrayList<>();

  public Manifests(List<KubeObject> objects) {
    this.objects = List.copyOf(objects);
    for (KubeObject object : this.objects) {
      if (object instanceof GatewayClass c) {
        gatewayClasses.add(c);
      } else if (object instanceof Gateway g) {
        gateways.add(g);
      } else if (object instanceof ListenerSet l) {
        listenerSets.add(l);
      } else if (object instanceof Route r) {
        routes.add(r);
      } else if (object instanceof ReferenceGrant g) {
        referenceGrants.add(g);
      } else if (object instanceof Namespace n) {
        namespaces.add(n);
      } else if (object instanceof GenericObject o) {
        others.add(o);
      }
    }
  }

  public List<KubeObject> objects() {
    return objects;
  }

  public List<GatewayClass> gatewayClasses() {
    return Collections.unmodifiableList(gatewayClasses);
  }

  public List<Gateway> gateways() {
    return Collections.unmodifiableList(gateways);
  }

  public List<ListenerSet> listenerSets() {
    return Collections.unmodifiableList(listenerSets);
  }

  public List<Route> routes() {
    return Collections.unmodifiableList(routes);
  }

  public List<ReferenceGrant> referenceGrants() {
    return Collections.unmodifiableList(referenceGrants);
  }

  public List<Namespace> namespaces() {
    return Collections.unmodifiableList(namespaces);
  }

  /** Objects of kinds gwdns does not model in detail. */
  public List<GenericObject> others() {
    return Collections.unmodifiableList(others);
  }

  /** How many objects of each kind, sorted by kind. */
  public Map<String, Integer> countsByKind() {
    Map<String, Integer> counts = new TreeMap<>();
    for (KubeObject object : objects) {
      counts.merge(object.kind(), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(counts);
  }
}
