package io.github.gwdns.core.model.decode;

import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.model.GatewayApi;
import io.github.gwdns.core.model.ObjectMeta;
import io.github.gwdns.core.model.ParentReference;
import io.github.gwdns.core.model.Provenance;
import io.github.gwdns.core.model.Route;
import io.github.gwdns.core.model.RouteKind;
import io.github.gwdns.core.model.RouteParentStatus;
import io.github.gwdns.core.model.RouteStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the five route kinds. parentRefs get the CRD defaults: group gateway.networking.k8s.io
 * (only when the field is absent: an explicit {@code group: ""} is the core group), kind Gateway,
 * namespace the route's own.
 */
final class RouteDecoder {
  private static final FieldPath SPEC = FieldPath.root().field("spec");
  private static final FieldPath STATUS = FieldPath.root().field("status");

  private final FieldReader reader;

  RouteDecoder(FieldReader reader) {
    this.reader = reader;
  }

  Route decode(RouteKind kind, String apiVersion, ObjectMeta meta, Provenance provenance, ManifestMap root) {
    ManifestMap spec = reader.map(root, FieldPath.root(), "spec");
    List<ParentReference> parentRefs = new ArrayList<>();
    FieldPath refsPath = SPEC.field("parentRefs");
    List<ManifestMap> refs = reader.mapItems(reader.list(spec, SPEC, "parentRefs"), refsPath);
    for (int i = 0; i < refs.size(); i++) {
      ParentReference ref = parentRef(i, refs.get(i), refsPath.index(i), meta.namespace());
      if (ref != null) {
        parentRefs.add(ref);
      }
    }
    List<String> hostnames = kind.hasHostnames() ? reader.stringList(spec, SPEC, "hostnames") : List.of();
    RouteStatus status = null;
    ManifestMap statusMap = reader.map(root, FieldPath.root(), "status");
    if (statusMap != null) {
      status = new RouteStatus(parents(statusMap, meta.namespace()));
    }
    return new Route(kind, apiVersion, meta, provenance, parentRefs, hostnames, status);
  }

  private List<RouteParentStatus> parents(ManifestMap status, String routeNamespace) {
    List<RouteParentStatus> parents = new ArrayList<>();
    FieldPath listPath = STATUS.field("parents");
    List<ManifestMap> items = reader.mapItems(reader.list(status, STATUS, "parents"), listPath);
    for (int i = 0; i < items.size(); i++) {
      ManifestMap item = items.get(i);
      if (item == null) {
        continue;
      }
      FieldPath itemPath = listPath.index(i);
      ManifestMap refMap = reader.requiredMap(item, itemPath, "parentRef");
      ParentReference ref = parentRef(i, refMap, itemPath.field("parentRef"), routeNamespace);
      String controller = reader.string(item, itemPath, "controllerName");
      if (ref != null) {
        parents.add(
            new RouteParentStatus(
                i, ref, controller == null ? "" : controller, CommonDecoders.conditions(reader, item, itemPath)));
      }
    }
    return parents;
  }

  private ParentReference parentRef(int index, ManifestMap map, FieldPath path, String routeNamespace) {
    if (map == null) {
      return null;
    }
    String group = reader.string(map, path, "group");
    String kind = reader.string(map, path, "kind");
    String namespace = reader.string(map, path, "namespace");
    String name = reader.requiredString(map, path, "name");
    String sectionName = reader.string(map, path, "sectionName");
    Integer port = reader.integer(map, path, "port", 1, 65535);
    if (name == null) {
      return null;
    }
    return new ParentReference(
        index,
        group == null ? GatewayApi.GROUP : group,
        kind == null ? GatewayApi.GATEWAY : kind,
        namespace == null ? routeNamespace : namespace,
        name,
        sectionName,
        port);
  }
}
