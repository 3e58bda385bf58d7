package io.github.gwdns.core.rules.externaldns;

import io.github.gwdns.core.deploy.ExternalDnsInstance;
import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.load.ManifestList;
import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.load.ManifestScalar;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.model.GenericObject;
import io.github.gwdns.core.model.RouteKind;
import io.github.gwdns.core.predict.ExternalDnsOptions;
import io.github.gwdns.core.rules.Rule;
import io.github.gwdns.core.rules.RuleContext;
import io.github.gwdns.core.rules.RuleInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@RuleInfo(
    id = "externaldns-rbac-missing",
    severity = Severity.ERROR,
    summary = "The ServiceAccount external-dns runs as may not list a resource its sources read",
    description = "Each Gateway API source watches Gateways, its route kind and Namespaces (and ListenerSets"
        + " with --gateway-listener-sets) cluster-wide, with get, list and watch. When the ClusterRole bound to"
        + " external-dns's ServiceAccount lacks one of them, its informer cannot sync, the source fails, and no"
        + " record is published. Checked for external-dns Deployments whose RBAC is in the manifests; a Helm"
        + " chart renders its own RBAC, and RoleBindings, aggregated ClusterRoles and ClusterRoles defined"
        + " elsewhere (cluster-admin) are not judged.",
    remediation = "Add the missing resources with get, list and watch to the ClusterRole bound to external-dns's"
        + " ServiceAccount through a ClusterRoleBinding",
    tags = {"external-dns", "deployment", "rbac"})
public final class ExternaldnsRbacMissingRule implements Rule {
  private static final List<String> VERBS = List.of("get", "list", "watch");

  /** A resource a source reads, in the API group it lives in. */
  private record Need(String group, String resource) {
    String display() {
      return group.isEmpty() ? resource : resource + "." + group;
    }
  }

  @Override
  public void check(RuleContext ctx) {
    List<GenericObject> others = ctx.inventory().manifests().others();
    boolean rbacInManifests = others.stream().anyMatch(o -> o.apiVersion().startsWith("rbac.authorization.k8s.io/"));
    for (ExternalDnsInstance instance : ctx.input().instances()) {
      if (instance.rbacFromChart() || !rbacInManifests) {
        continue; // rendered by a chart, or managed outside these manifests: nothing to check
      }
      ExternalDnsOptions options = ctx.input().instance() == instance ? ctx.options() : instance.options();
      List<Need> needs = needs(options);
      if (needs.isEmpty()) {
        continue;
      }
      if (hasUnknownGrant(others, instance.serviceAccount())) {
        continue; // a RoleBinding, or a ClusterRole not in the manifests (cluster-admin): gwdns cannot tell
      }
      List<GenericObject> roles = boundClusterRoles(others, instance.serviceAccount());
      List<String> missing = new ArrayList<>();
      for (Need need : needs) {
        if (roles.stream().noneMatch(role -> grants(role, need))) {
          missing.add(need.display());
        }
      }
      if (missing.isEmpty()) {
        continue;
      }
      if (roles.isEmpty()) {
        ctx.report(instance.object(), FieldPath.parse("spec.template.spec"),
                "no ClusterRoleBinding in the manifests binds ServiceAccount " + instance.serviceAccount() + " of " + instance.label()
                    + " to a ClusterRole; if its RBAC is applied from elsewhere, nothing is wrong, otherwise its informers never"
                    + " sync and no record is published. Fix: bind a ClusterRole with get, list, watch on " + String.join(", ", missing)
                    + " to " + instance.serviceAccount() + ".")
            .severity(Severity.NOTE)
            .key(instance.name(), "unbound")
            .add();
        continue;
      }
      String grantedBy = "the ClusterRole" + (roles.size() == 1 ? " " : "s ") + String.join(", ", roles.stream().map(r -> r.metadata().name()).toList())
              + " bound to ServiceAccount " + instance.serviceAccount() + " do" + (roles.size() == 1 ? "es" : "") + " not allow get, list, watch on "
              + String.join(", ", missing);
      var report = ctx.report(instance.object(), FieldPath.parse("spec.template.spec"),
          instance.label() + " cannot read what its sources need: " + grantedBy + "; its informers never sync, its"
              + " sources fail and no record is published. Fix: grant get, list, watch on " + String.join(", ", missing)
              + " in a ClusterRole bound to " + instance.serviceAccount() + " by a ClusterRoleBinding.")
          .key(instance.name(), String.join(",", missing));
      roles.forEach(r -> report.related(r, FieldPath.parse("rules"), "bound to " + instance.serviceAccount()));
      report.add();
    }
  }

  /** What the enabled Gateway sources read: always gateways and namespaces, then each route kind. */
  private static List<Need> needs(ExternalDnsOptions options) {
    List<Need> needs = new ArrayList<>();
    if (options.sources().isEmpty()) {
      return needs;
    }
    needs.add(new Need("gateway.networking.k8s.io", "gateways"));
    needs.add(new Need("", "namespaces"));
    for (RouteKind kind : options.sources()) {
      needs.add(new Need("gateway.networking.k8s.io", kind.kind().toLowerCase(Locale.ROOT) + "s"));
    }
    if (options.gatewayListenerSets()) {
      needs.add(new Need("gateway.networking.k8s.io", "listenersets"));
    }
    return needs;
  }

  /**
   * True when {@code account} holds a grant gwdns cannot evaluate: a RoleBinding, a binding to a
   * ClusterRole the manifests do not define (cluster-admin, say), or an aggregated ClusterRole.
   */
  private static boolean hasUnknownGrant(List<GenericObject> objects, String account) {
    Map<String, GenericObject> roles = new LinkedHashMap<>();
    for (GenericObject o : objects) {
      if (o.kind().equals("ClusterRole")) {
        roles.put(o.metadata().name(), o);
      }
    }
    for (GenericObject binding : objects) {
      boolean clusterBinding = binding.kind().equals("ClusterRoleBinding");
      if (!clusterBinding && !binding.kind().equals("RoleBinding") || !binds(binding, account)) {
        continue;
      }
      if (!clusterBinding) {
        return true;
      }
      GenericObject role = roles.get(text(binding.provenance().node(FieldPath.parse("roleRef.name"))));
      if (role == null || role.provenance().has(FieldPath.parse("aggregationRule"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean binds(GenericObject binding, String account) {
    if (binding.provenance().node(FieldPath.parse("subjects")) instanceof ManifestList subjects) {
      for (ManifestNode s : subjects.items()) {
        if (s instanceof ManifestMap subject && "ServiceAccount".equals(subject.text("kind"))
            && account.equals((subject.text("namespace") == null ? binding.metadata().namespace() : subject.text("namespace"))
                + "/" + subject.text("name"))) {
          return true;
        }
      }
    }
    return false;
  }

  /** ClusterRoles bound to {@code account} ({@code namespace/name}) by ClusterRoleBindings. */
  private static List<GenericObject> boundClusterRoles(List<GenericObject> objects, String account) {
    Map<String, GenericObject> roles = new LinkedHashMap<>();
    for (GenericObject o : objects) {
      if (o.kind().equals("ClusterRole")) {
        roles.put(o.metadata().name(), o);
      }
    }
    List<GenericObject> bound = new ArrayList<>();
    for (GenericObject binding : objects) {
      if (!binding.kind().equals("ClusterRoleBinding")) {
        continue;
      }
      String roleKind = text(binding.provenance().node(FieldPath.parse("roleRef.kind")));
      String roleName = text(binding.provenance().node(FieldPath.parse("roleRef.name")));
      if (!"ClusterRole".equals(roleKind) || roleName == null || !roles.containsKey(roleName)) {
        continue;
      }
      if (binding.provenance().node(FieldPath.parse("subjects")) instanceof ManifestList subjects) {
        for (ManifestNode s : subjects.items()) {
          if (s instanceof ManifestMap subject && "ServiceAccount".equals(subject.text("kind"))
              && account.equals(subject.text("namespace") + "/" + subject.text("name"))) {
            bound.add(roles.get(roleName));
          }
        }
      }
    }
    return bound;
  }

  private static boolean grants(GenericObject role, Need need) {
    if (!(role.provenance().node(FieldPath.parse("rules")) instanceof ManifestList rules)) {
      return false;
    }
    for (ManifestNode r : rules.items()) {
      // A rule limited to resourceNames cannot list: it grants nothing an informer can use.
      if (r instanceof ManifestMap rule && rule.get("resourceNames") == null && matches(rule.get("apiGroups"), need.group())
          && matches(rule.get("resources"), need.resource()) && VERBS.stream().allMatch(v -> matches(rule.get("verbs"), v))) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(ManifestNode list, String wanted) {
    if (!(list instanceof ManifestList items)) {
      return false;
    }
    for (ManifestNode item : items.items()) {
      String value = text(item);
      if (value != null && (value.equals("*") || value.equals(wanted))) {
        return true;
      }
    }
    return false;
  }

  private static String text(ManifestNode node) {
    return node instanceof ManifestScalar s ? s.value() : null;
  }
}
