package io.github.gwdns.core.model;

/**
 * A route's parentRef with the CRD defaults applied: group {@code gateway.networking.k8s.io}, kind
 * {@code Gateway}, namespace the route's own (not the Gateway's: there is no search).
 *
 * @param index position in {@code spec.parentRefs} (or {@code status.parents}), for field paths
 * @param sectionName the listener name, or null for "any listener"
 * @param port the listener port, or null for "any port"
 */
public record ParentReference(
    int index,
    String group,
    String kind,
    String namespace,
    String name,
    String sectionName,
    Integer port) {

  /** True when the parent is a ListenerSet (standard or experimental). */
  public boolean isListenerSet() {
    return kind.equals("ListenerSet") || kind.equals("XListenerSet");
  }

  /**
   * True when both refer to the same object (group, kind, namespace, name), whatever the section.
   */
  public boolean sameObject(ParentReference other) {
    return group.equals(other.group)
        && kind.equals(other.kind)
        && namespace.equals(other.namespace)
        && name.equals(other.name);
  }

  /**
   * Everything that tells this parentRef apart from the route's others (the API server refuses two
   * entries that agree on all of it), never its index: part of findings' fingerprints.
   */
  public String identity() {
    return group + "/" + kind + "/" + display();
  }

  /** {@code namespace/name}, with {@code /sectionName} or {@code :port} when set. */
  public String display() {
    StringBuilder text = new StringBuilder(namespace).append('/').append(name);
    if (sectionName != null) {
      text.append('/').append(sectionName);
    }
    if (port != null) {
      text.append(':').append(port);
    }
    return text.toString();
  }
}
