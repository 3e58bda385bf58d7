package io.github.gwdns.core.finding;

import java.util.Objects;

/**
 * The identity of a Kubernetes object: API group, kind, namespace and name. Cluster-scoped objects
 * have an empty namespace. The version is not part of the identity, as on a real API server.
 */
public record ObjectRef(String group, String kind, String namespace, String name)
    implements Comparable<ObjectRef> {


  public ObjectRef {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
  }

  /** {@code namespace/name}, or just {@code name} for cluster-scoped objects. */
  public String namespacedName() {
    return namespace.isEmpty() ? name : namespace + "/" + name;
  }

  /** {@code Kind/namespace/name} (or {@code Kind/name}), as used in reports. */
  public String display() {
    return kind + "/" + namespacedName();
  }

  @Override
  public int compareTo(ObjectRef other) {
    // Written out: the comparator chain allocated per call, and objects are sorted often.
    int c = kind.compareTo(other.kind);
    if (c == 0) {
      c = namespace.compareTo(other.namespace);
    }
    if (c == 0) {
      c = name.compareTo(other.name);
    }
    return c != 0 ? c : group.compareTo(other.group);
  }

  @Override
  public String toString() {
    return display();
  }
}
