package io.github.gwdns.core.model.decode;

import io.github.gwdns.core.load.ManifestList;
import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.load.ManifestScalar;
import io.github.gwdns.core.model.CustomResourceDefinition;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.model.GenericObject;
import io.github.gwdns.core.model.PlatformObjects;
import io.github.gwdns.core.model.Rbac;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the RBAC objects and CustomResourceDefinitions among the objects gwdns does not model in
 * detail.
 */
public final class PlatformObjectsDecoder {
  private static final String GROUP = "rbac.authorization.k8s.io/";

  private PlatformObjectsDecoder() {}

  /** The RBAC objects and CRDs of {@code objects}, in input order. */
  public static PlatformObjects decode(List<GenericObject> objects) {
    List<CustomResourceDefinition> crds = new ArrayList<>();
    for (GenericObject o : objects) {
      String name = o.metadata().name();
      if (o.kind().equals("CustomResourceDefinition")
          && o.apiVersion().startsWith("apiextensions.k8s.io/")
          && name.indexOf('.') > 0) {
        crds.add(
            new CustomResourceDefinition(
                o,
                name.substring(name.indexOf('.') + 1),
                name.substring(0, name.indexOf('.')),
                served(o)));
      }
    }
    return new PlatformObjects(rbac(objects), crds);
  }

  private static List<String> served(GenericObject crd) {
    List<String> versions = new ArrayList<>();
    if (crd.provenance().node(FieldPath.parse("spec.versions")) instanceof ManifestList list) {
      for (ManifestNode item : list.items()) {
        if (item instanceof ManifestMap v
            && !"false".equals(v.text("served"))
            && v.text("name") != null) {
          versions.add(v.text("name"));
        }
      }
    }
    return versions;
  }

  private static Rbac rbac(List<GenericObject> objects) {
    List<Rbac.Role> roles = new ArrayList<>();
    List<Rbac.Binding> bindings = new ArrayList<>();
    for (GenericObject o : objects) {
      if (!o.apiVersion().startsWith(GROUP)) {
        continue;
      }
      switch (o.kind()) {
        case "Role", "ClusterRole" ->
            roles.add(
                new Rbac.Role(
                    o,
                    o.kind().equals("ClusterRole"),
                    rules(o),
                    o.provenance().has(FieldPath.parse("aggregationRule"))));
        case "RoleBinding", "ClusterRoleBinding" ->
            bindings.add(
                new Rbac.Binding(
                    o,
                    o.kind().equals("ClusterRoleBinding"),
                    text(o.provenance().node(FieldPath.parse("roleRef.kind"))),
                    text(o.provenance().node(FieldPath.parse("roleRef.name"))),
                    subjects(o)));
        default -> {}
      }
    }
    return new Rbac(roles, bindings);
  }

  private static List<Rbac.PolicyRule> rules(GenericObject role) {
    List<Rbac.PolicyRule> rules = new ArrayList<>();
    if (role.provenance().node(FieldPath.parse("rules")) instanceof ManifestList list) {
      for (ManifestNode item : list.items()) {
        if (item instanceof ManifestMap rule) {
          rules.add(
              new Rbac.PolicyRule(
                  texts(rule.get("apiGroups")),
                  texts(rule.get("resources")),
                  texts(rule.get("verbs")),
                  rule.get("resourceNames") != null));
        }
      }
    }
    return rules;
  }

  private static List<Rbac.Subject> subjects(GenericObject binding) {
    List<Rbac.Subject> subjects = new ArrayList<>();
    if (binding.provenance().node(FieldPath.parse("subjects")) instanceof ManifestList list) {
      for (ManifestNode item : list.items()) {
        if (item instanceof ManifestMap s) {
          subjects.add(
              new Rbac.Subject(
                  String.valueOf(s.text("kind")),
                  s.text("namespace"),
                  String.valueOf(s.text("name"))));
        }
      }
    }
    return subjects;
  }

  private static List<String> texts(ManifestNode node) {
    List<String> values = new ArrayList<>();
    if (node instanceof ManifestList list) {
      for (ManifestNode item : list.items()) {
        String v = text(item);
        if (v != null) {
          values.add(v);
        }
      }
    }
    return values;
  }

  private static String text(ManifestNode node) {
    return node instanceof ManifestScalar s ? s.value() : null;
  }
}
