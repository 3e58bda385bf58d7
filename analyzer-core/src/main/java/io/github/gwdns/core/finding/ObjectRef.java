package io.github.gwdns.core.finding;

import java.util.Objects;

/**
 * The identity of a Kubernetes object: API group, kind, namespace and name. Cluster-scoped objects
 * have an empty namespace. The version is not part of the identity, as on a real API server.
 *
 * <p>A value class rather than a record so its text forms and hash are computed once: references
 * are compared, hashed and printed for every object in every phase.
 */
public final class ObjectRef implements Comparable<ObjectRef> {
  private final String group;
  private final String kind;
  private final String namespace;
  private final String name;
  private final String namespacedName;
  private final int hash;
  private String display;

  public ObjectRef(String group, String kind, String namespace, String name) {
    this.group = Objects.requireNonNull(group, "group");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.namespace = Objects.requireNonNull(namespace, "namespace");
    this.name = Objects.requireNonNull(name, "name");
    this.namespacedName = namespace.isEmpty() ? name : namespace + "/" + name;
    this.hash = Objects.hash(group, kind, namespace, name);
  }

  public String group() {
    return group;
  }

  public String kind() {
    return kind;
  }

  public String namespace() {
    return namespace;
  }

  public String name() {
    return name;
  }

  /** {@code namespace/name}, or just {@code name} for cluster-scoped objects. */
  public String namespacedName() {
    return namespacedName;
  }

  /** {@code Kind/namespace/name} (or {@code Kind/name}), as used in reports. */
  public String display() {
    String d = display;
    if (d == null) {
      // A benign race: every thread computes the same immutable string.
      d = kind + "/" + namespacedName;
      display = d;
    }
    return d;
  }

  @Override
  public int compareTo(ObjectRef other) {
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
  public boolean equals(Object o) {
    return o == this
        || (o instanceof ObjectRef r
            && hash == r.hash
            && name.equals(r.name)
            && namespace.equals(r.namespace)
            && kind.equals(r.kind)
            && group.equals(r.group));
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return display();
  }
}
