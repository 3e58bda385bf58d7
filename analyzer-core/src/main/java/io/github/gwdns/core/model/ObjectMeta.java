package io.github.gwdns.core.model;

import io.github.gwdns.core.render.NamespaceSource;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parts of {@code metadata} gwdns uses. Label and annotation maps are sorted and unmodifiable.
 *
 * @param name the object's name
 * @param namespace the effective namespace ({@code ""} for cluster-scoped objects)
 * @param namespaceSource where {@code namespace} came from
 * @param namespaceOrigin the file or object that set it, in words ({@code explain} shows it)
 * @param ref the object's identity (group, kind, namespace, name), built once when it is decoded:
 *     every phase compares, hashes and prints it
 */
public record ObjectMeta(
    String name,
    String namespace,
    NamespaceSource namespaceSource,
    String namespaceOrigin,
    Map<String, String> labels,
    Map<String, String> annotations,
    io.github.gwdns.core.finding.ObjectRef ref) {

  public ObjectMeta {
    labels = Collections.unmodifiableMap(new TreeMap<>(labels));
    annotations = Collections.unmodifiableMap(new TreeMap<>(annotations));
  }

  /** The annotation's value, or {@code null}. */
  public String annotation(String key) {
    return annotations.get(key);
  }
}
