package io.github.gwdns.core.render;

import io.github.gwdns.core.load.LoadedObject;
import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.load.ManifestScalar;
import java.util.Map;
import java.util.Objects;

/**
 * One object as a cluster applies it: the manifest after kustomize's transformers, Flux's target
 * namespace and post-build substitution, or a chart's values, with every node still pointing at the
 * file and position it came from.
 *
 * @param file the file the object is written in (the kustomization that generates it, for a
 *     generated ConfigMap)
 * @param document 0-based document index in {@code file}
 * @param item 0-based index in an enclosing {@code List}, or -1
 * @param apiVersion as written
 * @param kind as written
 * @param root the object's tree after rendering
 * @param templateExpression the first unquoted template expression of the document, or null
 * @param grafts the subtrees that come from another file (a patch, a kustomization's {@code
 *     namespace:}, a values file), by identity, with that file: every other node is in {@code file}
 * @param namespaceSource who set {@code metadata.namespace}, or null when it is as written (or
 *     absent)
 * @param namespaceOrigin that, in words, for {@code explain}; null with {@code namespaceSource}
 * @param dataFiles for a ConfigMap or Secret made by a generator: each data key read from a file,
 *     with that file's path (Helm values merged through {@code valuesFrom} keep their positions)
 * @param literalVariables the object is applied without post-build substitution (its Flux
 *     Kustomization has no postBuild, or the object disables it): a {@code ${VAR}} in it is final
 *     text, not a value to come
 * @param chart for an object a chart renders from values, where it comes from; null for a manifest
 */
public record RenderedObject(
    String file,
    int document,
    int item,
    String apiVersion,
    String kind,
    ManifestMap root,
    ManifestScalar templateExpression,
    Map<ManifestNode, String> grafts,
    NamespaceSource namespaceSource,
    String namespaceOrigin,
    Map<String, String> dataFiles,
    boolean literalVariables,
    io.github.gwdns.core.render.chart.ChartSource chart) {

  /** A manifest's object (no chart renders it). */
  public RenderedObject(
      String file,
      int document,
      int item,
      String apiVersion,
      String kind,
      ManifestMap root,
      ManifestScalar templateExpression,
      Map<ManifestNode, String> grafts,
      NamespaceSource namespaceSource,
      String namespaceOrigin,
      Map<String, String> dataFiles,
      boolean literalVariables) {
    this(
        file,
        document,
        item,
        apiVersion,
        kind,
        root,
        templateExpression,
        grafts,
        namespaceSource,
        namespaceOrigin,
        dataFiles,
        literalVariables,
        null);
  }

  public RenderedObject {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(root, "root");
    grafts =
        grafts.isEmpty()
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.IdentityHashMap<>(grafts));
    dataFiles = Map.copyOf(dataFiles);
  }

  /** The object as loaded, before any transformer. */
  public static RenderedObject of(LoadedObject loaded) {
    return new RenderedObject(
        loaded.file(),
        loaded.document(),
        loaded.item(),
        loaded.apiVersion(),
        loaded.kind(),
        loaded.root(),
        loaded.templateExpression(),
        Map.of(),
        null,
        null,
        Map.of(),
        false);
  }

  /** This object with another tree and grafts. */
  public RenderedObject withRoot(ManifestMap tree, Map<ManifestNode, String> nodeFiles) {
    return new RenderedObject(
        file,
        document,
        item,
        apiVersion,
        kind,
        tree,
        templateExpression,
        nodeFiles,
        namespaceSource,
        namespaceOrigin,
        dataFiles,
        literalVariables,
        chart);
  }

  /** This object with its namespace set by {@code source}. */
  public RenderedObject withNamespace(
      ManifestMap tree,
      Map<ManifestNode, String> nodeFiles,
      NamespaceSource source,
      String origin) {
    return new RenderedObject(
        file,
        document,
        item,
        apiVersion,
        kind,
        tree,
        templateExpression,
        nodeFiles,
        source,
        origin,
        dataFiles,
        literalVariables,
        chart);
  }

  /** This object, read from a stream, reported at {@code name}: the file the stream stands for. */
  public RenderedObject inFile(String name) {
    return new RenderedObject(
        name,
        document,
        item,
        apiVersion,
        kind,
        root,
        templateExpression,
        grafts,
        namespaceSource,
        namespaceOrigin,
        dataFiles,
        literalVariables,
        chart);
  }

  /** This object, its {@code ${VAR}} texts final: nothing substitutes them. */
  public RenderedObject withLiteralVariables() {
    return new RenderedObject(
        file,
        document,
        item,
        apiVersion,
        kind,
        root,
        templateExpression,
        grafts,
        namespaceSource,
        namespaceOrigin,
        dataFiles,
        true,
        chart);
  }

  /** The API group: the part of apiVersion before {@code /}, or {@code ""} for the core group. */
  public String group() {
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  /** {@code metadata.name}, or {@code ""}. */
  public String name() {
    return root.get("metadata") instanceof ManifestMap m && m.text("name") != null
        ? m.text("name")
        : "";
  }

  /** {@code metadata.namespace}, or {@code ""}. */
  public String namespace() {
    return root.get("metadata") instanceof ManifestMap m && m.text("namespace") != null
        ? m.text("namespace")
        : "";
  }

  /** A label's value, or null. */
  public String label(String key) {
    return root.get("metadata") instanceof ManifestMap m && m.get("labels") instanceof ManifestMap l
        ? l.text(key)
        : null;
  }

  /** An annotation's value, or null. */
  public String annotation(String key) {
    return root.get("metadata") instanceof ManifestMap m
            && m.get("annotations") instanceof ManifestMap a
        ? a.text(key)
        : null;
  }

  /** True for this group and kind. */
  public boolean is(String group, String kindName) {
    return kind.equals(kindName) && group().equals(group);
  }

  /** The file the node at {@code path} (keys and list indexes) comes from. */
  public String fileAt(java.util.List<Object> path) {
    String at = grafts.getOrDefault(root, file);
    ManifestNode node = root;
    for (Object step : path) {
      node = TreeEdit.get(node, java.util.List.of(step));
      if (node == null) {
        break;
      }
      at = grafts.getOrDefault(node, at);
    }
    return at;
  }

  /** Where the object is, {@code file} (document N), for messages. */
  public String where() {
    return file + (document > 0 ? " (document " + (document + 1) + ")" : "");
  }
}
