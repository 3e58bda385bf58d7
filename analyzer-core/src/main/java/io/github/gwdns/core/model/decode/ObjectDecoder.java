package io.github.gwdns.core.model.decode;

import io.github.gwdns.core.finding.ManifestProblem;
import io.github.gwdns.core.finding.ObjectRef;
import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.load.LoadedObject;
import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.load.ManifestScalar;
import io.github.gwdns.core.model.ApiVersions;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.model.GenericObject;
import io.github.gwdns.core.model.KubeObject;
import io.github.gwdns.core.model.Namespace;
import io.github.gwdns.core.model.ObjectMeta;
import io.github.gwdns.core.model.Provenance;
import io.github.gwdns.core.model.RouteKind;
import io.github.gwdns.core.render.NamespaceSource;
import io.github.gwdns.core.render.RenderedObject;
import io.github.gwdns.core.vocabulary.GatewayApi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes a {@link LoadedObject} into the model. Gateway API kinds and Namespaces are decoded
 * strictly, as the API server would: an object it would reject yields problems and no model object.
 * Every other kind becomes a {@link GenericObject} without validation: gwdns is not a schema
 * validator for kinds it does not analyze.
 */
public final class ObjectDecoder {

  /** The decoded object (null when rejected) and the problems found. */
  public record Result(KubeObject object, List<ManifestProblem> problems) {}

  private final String defaultNamespace;

  /**
   * @param defaultNamespace the namespace of namespaced objects that set none
   */
  public ObjectDecoder(String defaultNamespace) {
    this.defaultNamespace = defaultNamespace;
  }

  /** Decodes an object as loaded, not rendered (tests, and input read alone). */
  public Result decode(LoadedObject loaded) {
    return decode(RenderedObject.of(loaded));
  }

  /** Decodes an object as its cluster applies it. */
  public Result decode(RenderedObject loaded) {
    String group = ApiVersions.group(loaded.apiVersion());
    String version = ApiVersions.version(loaded.apiVersion());
    String kind = loaded.kind();
    boolean modeled = isModeled(group, kind);
    List<ManifestProblem> problems = new ArrayList<>();
    Provenance provenance =
        new Provenance(
            loaded.file(),
            loaded.document(),
            loaded.item(),
            loaded.root(),
            loaded.grafts(),
            loaded.chart());
    int beforeMeta = problems.size();
    ObjectMeta meta = meta(loaded, provenance, kind, modeled, problems);
    // A modeled object whose metadata has a wrong type is rejected by the API server as a whole.
    boolean metaRejected =
        modeled
            && problems.subList(beforeMeta, problems.size()).stream()
                .anyMatch(p -> p.severity() == Severity.ERROR);
    ObjectRef ref = new ObjectRef(group, kind, meta.namespace(), meta.name());
    if (!modeled) {
      return new Result(new GenericObject(loaded.apiVersion(), kind, meta, provenance), problems);
    }
    FieldReader reader = new FieldReader(provenance, ref, problems, loaded.literalVariables());
    if (meta.name().isEmpty()) {
      reader.error(
          loaded.root(),
          FieldPath.parse("metadata.name"),
          "missing-field",
          "required field `metadata.name` is missing");
    }
    if (loaded.templateExpression() != null) {
      problems.add(
          new ManifestProblem(
              loaded.templateExpression().span().in(loaded.file()),
              Severity.ERROR,
              "unrendered-template",
              "unquoted value `"
                  + abbreviate(loaded.templateExpression().value())
                  + "` is a Helm/Go template expression: render the chart first and analyze its"
                  + " output, e.g. `helm template ... | gwdns check -`",
              ref,
              ""));
      return new Result(null, problems);
    }
    if (!servedVersion(group, kind, version)) {
      reader.error(
          loaded.root().get("apiVersion"),
          FieldPath.parse("apiVersion"),
          "unsupported-version",
          "apiVersion `"
              + loaded.apiVersion()
              + "` is not served for "
              + kind
              + "; use "
              + (kind.equals(GatewayApi.X_LISTENER_SET)
                  ? GatewayApi.EXPERIMENTAL_GROUP + "/v1alpha1"
                  : group.isEmpty()
                      ? "v1"
                      : GatewayApi.GROUP
                          + "/v1"
                          + (GatewayApi.servedVersions(kind).size() > 1
                              ? " (also served: "
                                  + String.join(
                                      ", ",
                                      GatewayApi.servedVersions(kind).stream()
                                          .filter(v -> !v.equals("v1"))
                                          .toList())
                                  + ")"
                              : "")));
      return new Result(null, problems);
    }
    KubeObject object = decodeModeled(loaded, kind, meta, provenance, reader);
    return new Result(reader.failed() || metaRejected ? null : object, problems);
  }

  private static KubeObject decodeModeled(
      RenderedObject loaded,
      String kind,
      ObjectMeta meta,
      Provenance provenance,
      FieldReader reader) {
    ManifestMap root = loaded.root();
    String apiVersion = loaded.apiVersion();
    RouteKind routeKind = RouteKind.ofKind(kind);
    if (routeKind != null) {
      return new RouteDecoder(reader).decode(routeKind, apiVersion, meta, provenance, root);
    }
    return switch (kind) {
      case GatewayApi.GATEWAY ->
          new GatewayDecoder(reader).decode(apiVersion, meta, provenance, root);
      case GatewayApi.GATEWAY_CLASS ->
          GatewayDecoder.decodeClass(reader, apiVersion, meta, provenance, root);
      case GatewayApi.LISTENER_SET, GatewayApi.X_LISTENER_SET ->
          new GatewayDecoder(reader).decodeListenerSet(apiVersion, kind, meta, provenance, root);
      case GatewayApi.REFERENCE_GRANT ->
          ReferenceGrantDecoder.decode(reader, apiVersion, meta, provenance, root);
      case "Namespace" -> new Namespace(apiVersion, meta, provenance);
      default -> throw new IllegalStateException("not a modeled kind: " + kind);
    };
  }

  /** Kinds decoded into typed records. */
  static boolean isModeled(String group, String kind) {
    if (group.equals(GatewayApi.GROUP)) {
      return RouteKind.ofKind(kind) != null
          || kind.equals(GatewayApi.GATEWAY)
          || kind.equals(GatewayApi.GATEWAY_CLASS)
          || kind.equals(GatewayApi.LISTENER_SET)
          || kind.equals(GatewayApi.REFERENCE_GRANT);
    }
    if (group.equals(GatewayApi.EXPERIMENTAL_GROUP)) {
      return kind.equals(GatewayApi.X_LISTENER_SET);
    }
    return group.isEmpty() && kind.equals("Namespace");
  }

  private static boolean servedVersion(String group, String kind, String version) {
    if (group.equals(GatewayApi.GROUP)) {
      return GatewayApi.served(kind, version);
    }
    if (group.equals(GatewayApi.EXPERIMENTAL_GROUP)) {
      return GatewayApi.EXPERIMENTAL_VERSIONS.contains(version);
    }
    return version.equals("v1");
  }

  private ObjectMeta meta(
      RenderedObject loaded,
      Provenance provenance,
      String kind,
      boolean strict,
      List<ManifestProblem> problems) {
    ManifestMap root = loaded.root();
    FieldPath path = FieldPath.root();
    // Lenient first pass for the identity, so problems can name the object.
    ManifestMap metadata = root.get("metadata") instanceof ManifestMap m ? m : null;
    String name = metadata == null || metadata.text("name") == null ? "" : metadata.text("name");
    String written = metadata == null ? null : metadata.text("namespace");
    String namespace;
    NamespaceSource source;
    String origin;
    if (io.github.gwdns.core.render.Kinds.isClusterScoped(kind)) {
      namespace = "";
      source = NamespaceSource.CLUSTER_SCOPED;
      origin = "cluster-scoped kind";
    } else if (written != null && !written.isEmpty()) {
      namespace = written;
      source =
          loaded.namespaceSource() != null ? loaded.namespaceSource() : NamespaceSource.METADATA;
      origin = loaded.namespaceOrigin() != null ? loaded.namespaceOrigin() : "metadata.namespace";
    } else {
      namespace = defaultNamespace;
      source = NamespaceSource.DEFAULT;
      origin = "--default-namespace";
    }
    Map<String, String> labels = Map.of();
    Map<String, String> annotations = Map.of();
    if (strict) {
      ObjectRef ref = new ObjectRef(ApiVersions.group(loaded.apiVersion()), kind, namespace, name);
      FieldReader reader = new FieldReader(provenance, ref, problems);
      ManifestMap checked = reader.requiredMap(root, path, "metadata");
      FieldPath metaPath = path.field("metadata");
      reader.string(checked, metaPath, "name");
      reader.string(checked, metaPath, "namespace");
      labels = reader.stringMap(checked, metaPath, "labels");
      annotations = reader.stringMap(checked, metaPath, "annotations");
      if (kind.equals("Namespace") && !name.isEmpty()) {
        labels = new HashMap<>(labels);
        labels.putIfAbsent(Namespace.NAME_LABEL, name);
      }
    } else if (metadata != null) {
      labels = lenientStrings(metadata.get("labels"));
      annotations = lenientStrings(metadata.get("annotations"));
    }
    return new ObjectMeta(
        name,
        namespace,
        source,
        origin,
        labels,
        annotations,
        new ObjectRef(ApiVersions.group(loaded.apiVersion()), kind, namespace, name));
  }

  private static Map<String, String> lenientStrings(ManifestNode node) {
    if (!(node instanceof ManifestMap map)) {
      return Map.of();
    }
    Map<String, String> values = new HashMap<>();
    for (ManifestMap.Entry e : map.entries()) {
      if (e.value() instanceof ManifestScalar s && !s.isNull()) {
        values.put(e.key(), s.value());
      }
    }
    return values;
  }

  private static String abbreviate(String value) {
    String line = value.strip().replaceAll("\\s+", " ");
    return line.length() <= 60 ? line : line.substring(0, 57) + "...";
  }
}
