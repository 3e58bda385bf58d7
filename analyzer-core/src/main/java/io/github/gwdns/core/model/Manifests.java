package io.github.gwdns.core.model;

import io.github.gwdns.core.finding.Notice;
import io.github.gwdns.core.finding.ObjectRef;
import io.github.gwdns.core.finding.SourceRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every object decoded from the input, in input order, with typed views; one object per identity.
 *
 * <p>An object defined twice (same group, kind, namespace and name: two scenarios of an examples
 * directory, a kustomize base and an overlay analyzed unrendered) keeps its last definition, as
 * {@code kubectl apply} of the files in order leaves it, and a notice says so. Earlier definitions
 * take no part in the analysis, so no finding is computed against a Gateway that the cluster would
 * not keep.
 */
public final class Manifests {
  private final List<KubeObject> objects;
  private final List<Notice> duplicates = new ArrayList<>();
  private final Map<ObjectRef, List<KubeObject>> replaced = new HashMap<>();
  private final Map<ObjectRef, SourceRange> rejected;
  private final List<GatewayClass> gatewayClasses = new ArrayList<>();
  private final List<Gateway> gateways = new ArrayList<>();
  private final List<ListenerSet> listenerSets = new ArrayList<>();
  private final List<Route> routes = new ArrayList<>();
  private final List<ReferenceGrant> referenceGrants = new ArrayList<>();
  private final List<Namespace> namespaces = new ArrayList<>();
  private final List<GenericObject> others = new ArrayList<>();

  public Manifests(List<KubeObject> input) {
    this(input, Map.of());
  }

  /**
   * @param rejected objects of the input the API server would reject (invalid-manifest), by
   *     identity, with where they are: they do not exist, but findings about them can say why
   */
  public Manifests(List<KubeObject> input, Map<ObjectRef, SourceRange> rejected) {
    this.rejected = Map.copyOf(rejected);
    Map<ObjectRef, KubeObject> last = new HashMap<>();
    input.forEach(o -> last.put(o.ref(), o));
    List<KubeObject> kept = new ArrayList<>();
    for (KubeObject object : input) {
      KubeObject winner = last.get(object.ref());
      if (winner == object) {
        kept.add(object);
      } else if (!(object instanceof GenericObject)) {
        replaced.computeIfAbsent(object.ref(), k -> new ArrayList<>()).add(object);
        duplicates.add(
            new Notice(
                object.ref().display()
                    + " is defined more than once: this definition is"
                    + " replaced by the one at "
                    + winner.provenance().range().display()
                    + ", which gwdns uses, as `kubectl"
                    + " apply` of the files in order would (kustomize refuses duplicates). Analyze rendered output"
                    + " (kustomize build, helm template) for exact results",
                object.provenance().file()));
      }
    }
    this.objects = List.copyOf(kept);
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

  /**
   * Where the object {@code ref} is, when the input defines it but the API server would reject it;
   * else null.
   */
  public SourceRange rejected(ObjectRef ref) {
    return rejected.get(ref);
  }

  /**
   * The earlier definitions of {@code ref} that its last one replaced, in input order; empty for
   * most objects.
   */
  public List<KubeObject> replaced(ObjectRef ref) {
    return replaced.getOrDefault(ref, List.of());
  }

  /** Notices about objects defined more than once. */
  public List<Notice> duplicates() {
    return Collections.unmodifiableList(duplicates);
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
