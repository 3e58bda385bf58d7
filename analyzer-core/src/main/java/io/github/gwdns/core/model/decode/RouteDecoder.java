package io.github.gwdns.core.model.decode;

import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.model.ApiVersions;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.model.Hostnames;
import io.github.gwdns.core.model.ObjectMeta;
import io.github.gwdns.core.model.ParentReference;
import io.github.gwdns.core.model.Provenance;
import io.github.gwdns.core.model.Route;
import io.github.gwdns.core.model.RouteKind;
import io.github.gwdns.core.model.RouteParentStatus;
import io.github.gwdns.core.model.RouteStatus;
import io.github.gwdns.core.vocabulary.GatewayApi;
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

  Route decode(
      RouteKind kind, String apiVersion, ObjectMeta meta, Provenance provenance, ManifestMap root) {
    ManifestMap spec = reader.map(root, FieldPath.root(), "spec");
    List<ParentReference> parentRefs = new ArrayList<>();
    List<String> writtenNamespaces = new ArrayList<>();
    FieldPath refsPath = SPEC.field("parentRefs");
    List<ManifestMap> refs = reader.mapItems(reader.list(spec, SPEC, "parentRefs"), refsPath);
    for (int i = 0; i < refs.size(); i++) {
      ParentReference ref = parentRef(i, refs.get(i), refsPath.index(i), meta.namespace());
      if (ref != null) {
        parentRefs.add(ref);
        String written = refs.get(i).text("namespace");
        writtenNamespaces.add(written == null ? "" : written);
      }
    }
    List<String> hostnames = kind.hasHostnames() ? hostnames(kind, apiVersion, spec) : List.of();
    checkDistinct(spec, parentRefs, writtenNamespaces);
    RouteStatus status = null;
    ManifestMap statusMap = reader.map(root, FieldPath.root(), "status");
    if (statusMap != null) {
      status = new RouteStatus(parents(statusMap, meta.namespace()));
    }
    var rules = reader.list(spec, SPEC, "rules");
    return new Route(
        kind,
        apiVersion,
        meta,
        provenance,
        parentRefs,
        hostnames,
        rules == null ? 0 : rules.items().size(),
        status);
  }

  /** {@code spec.hostnames}, validated as the CRD's Hostname type and CEL rules do. */
  private List<String> hostnames(RouteKind kind, String apiVersion, ManifestMap spec) {
    List<String> hostnames = reader.stringList(spec, SPEC, "hostnames");
    FieldPath path = SPEC.field("hostnames");
    for (int i = 0; i < hostnames.size(); i++) {
      String name = hostnames.get(i);
      // A Flux substitution is replaced before the API server sees the object.
      String why = reader.pending(name) ? null : Hostnames.whyInvalid(name);
      ManifestNode node = reader.node(spec, path.index(i));
      if (why != null) {
        reader.error(
            node, path.index(i), "invalid-hostname", "hostname `" + name + "` is invalid: " + why);
      } else if (kind == RouteKind.TLS && strictTls(apiVersion) && Hostnames.isIpAddress(name)) {
        reader.error(
            node,
            path.index(i),
            "invalid-hostname",
            "hostname `" + name + "` is an IP address, which TLSRoute forbids");
      }
    }
    if (kind == RouteKind.TLS && strictTls(apiVersion) && hostnames.isEmpty() && spec != null) {
      reader.error(
          spec,
          path,
          "missing-field",
          "TLSRoute "
              + ApiVersions.version(apiVersion)
              + " requires at least one entry in `spec.hostnames`");
    }
    return hostnames;
  }

  /** TLSRoute v1 and v1alpha3 require hostnames and forbid IPs; v1alpha2 did not. */
  private static boolean strictTls(String apiVersion) {
    String version = ApiVersions.version(apiVersion);
    return version.equals("v1") || version.equals("v1alpha3");
  }

  /**
   * The CRD's CEL rules on parentRefs, literally (gwdns assumes the experimental channel,
   * attachment doc §1). Two refs name "the same parent" when group, kind and name are equal (after
   * the CRD defaults of group and kind) and the namespace is equal <em>as written</em>: both unset
   * or empty, or both set to the same value; an unset namespace and the route's own namespace
   * written out are different parents to CEL, though both resolve to one Gateway. Refs to the same
   * parent must both set the same fields of {@code sectionName} and {@code port} ("must be
   * specified"), and no two may agree on both ("must be unique").
   */
  private void checkDistinct(
      ManifestMap spec, List<ParentReference> refs, List<String> namespaces) {
    for (int i = 0; i < refs.size(); i++) {
      for (int j = 0; j < i; j++) {
        ParentReference a = refs.get(j);
        ParentReference b = refs.get(i);
        if (!a.group().equals(b.group())
            || !a.kind().equals(b.kind())
            || !a.name().equals(b.name())
            || !namespaces.get(i).equals(namespaces.get(j))) {
          continue;
        }
        boolean aSection = a.sectionName() != null && !a.sectionName().isEmpty();
        boolean bSection = b.sectionName() != null && !b.sectionName().isEmpty();
        boolean aPort = a.port() != null && a.port() != 0;
        boolean bPort = b.port() != null && b.port() != 0;
        String same =
            "parentRefs["
                + a.index()
                + "] and parentRefs["
                + b.index()
                + "] both refer to "
                + b.kind()
                + " "
                + b.namespace()
                + "/"
                + b.name();
        String message = null;
        if (aSection != bSection || aPort != bPort) {
          message =
              same
                  + ", but only one sets "
                  + (aSection != bSection ? "`sectionName`" : "`port`")
                  + "; the API server requires sectionName or port to be specified on both when parentRefs"
                  + " includes 2 or more references to the same parent";
        } else if ((!aSection || a.sectionName().equals(b.sectionName()))
            && (!aPort || a.port().equals(b.port()))) {
          message =
              same
                  + "; references to the same parent must set different `sectionName` or `port`"
                  + " (sectionName or port must be unique)";
        }
        if (message != null) {
          FieldPath path = SPEC.field("parentRefs").index(b.index());
          reader.error(reader.node(spec, path), path, "duplicate-parent", message);
          break;
        }
      }
    }
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
                i,
                ref,
                controller == null ? "" : controller,
                CommonDecoders.conditions(reader, item, itemPath)));
      }
    }
    return parents;
  }

  private ParentReference parentRef(
      int index, ManifestMap map, FieldPath path, String routeNamespace) {
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
