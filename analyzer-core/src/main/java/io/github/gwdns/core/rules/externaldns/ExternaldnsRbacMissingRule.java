package io.github.gwdns.core.rules.externaldns;

import io.github.gwdns.core.deploy.ExternalDnsInstance;
import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.model.GenericObject;
import io.github.gwdns.core.model.Rbac;
import io.github.gwdns.core.model.RouteKind;
import io.github.gwdns.core.predict.ExternalDnsOptions;
import io.github.gwdns.core.rules.Rule;
import io.github.gwdns.core.rules.RuleContext;
import io.github.gwdns.core.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@RuleInfo(
    id = "externaldns-rbac-missing",
    severity = Severity.ERROR,
    otherLevels = {Severity.NOTE},
    summary = "The ServiceAccount external-dns runs as may not list a resource its sources read",
    description =
        "Each Gateway API source watches Gateways, its route kind and Namespaces (and ListenerSets"
            + " with --gateway-listener-sets), with get, list and watch: cluster-wide, except routes with --namespace and"
            + " Gateways with --gateway-namespace, which it lists in that namespace only. When the roles bound to"
            + " external-dns's ServiceAccount lack one of them, its informer cannot sync, the source fails, and no record"
            + " is published. A ClusterRole bound by a ClusterRoleBinding grants everywhere; a Role (or a ClusterRole) bound"
            + " by a RoleBinding grants only in the RoleBinding's namespace, so it counts only for what external-dns lists"
            + " in that namespace. Checked for external-dns Deployments whose RBAC is in the manifests; a Helm chart renders"
            + " its own RBAC, and aggregated ClusterRoles and roles defined elsewhere (cluster-admin) are not judged.",
    remediation =
        "Add the missing resources with get, list and watch to a ClusterRole bound to external-dns's"
            + " ServiceAccount through a ClusterRoleBinding (a Role only serves an external-dns limited to its namespace)",
    tags = {"external-dns", "deployment", "rbac"})
public final class ExternaldnsRbacMissingRule implements Rule {
  private static final List<String> VERBS = List.of("get", "list", "watch");

  /**
   * A resource a source reads, in the API group it lives in.
   *
   * @param scope the namespace external-dns lists it in, "" for every namespace
   */
  private record Need(String group, String resource, String scope) {
    String display() {
      return group.isEmpty() ? resource : resource + "." + group;
    }
  }

  /**
   * A role bound to the ServiceAccount.
   *
   * @param namespace where it grants: null for everywhere (a ClusterRoleBinding), else the
   *     RoleBinding's namespace
   */
  private record Grant(Rbac.Role role, String namespace) {
    String display() {
      GenericObject o = role.object();
      return o.kind() + " " + (role.cluster() ? o.metadata().name() : o.ref().namespacedName());
    }
  }

  @Override
  public void check(RuleContext ctx) {
    Rbac rbac = ctx.inventory().rbac();
    boolean rbacInManifests = !rbac.isEmpty();
    for (ExternalDnsInstance instance : ctx.input().instances()) {
      if (instance.rbacFromChart() || !rbacInManifests) {
        continue; // rendered by a chart, or managed outside these manifests: nothing to check
      }
      ExternalDnsOptions options =
          ctx.input().instance() == instance ? ctx.options() : instance.options();
      List<Need> needs = needs(options);
      if (needs.isEmpty()) {
        continue;
      }
      List<Grant> grants = new ArrayList<>();
      if (!grants(rbac, instance.serviceAccount(), grants)) {
        continue; // a role not in the manifests (cluster-admin), or an aggregated one: gwdns cannot
        // tell
      }
      List<String> missing = new ArrayList<>();
      List<String> why = new ArrayList<>();
      for (Need need : needs) {
        if (grants.stream()
            .anyMatch(
                g ->
                    g.role().allows(need.group(), need.resource(), VERBS)
                        && (g.namespace() == null || g.namespace().equals(need.scope())))) {
          continue;
        }
        missing.add(need.display());
        List<String> local =
            grants.stream()
                .filter(
                    g ->
                        g.namespace() != null
                            && g.role().allows(need.group(), need.resource(), VERBS))
                .map(
                    g ->
                        g.display()
                            + " grants "
                            + need.display()
                            + " only in namespace "
                            + g.namespace())
                .distinct()
                .toList();
        if (!local.isEmpty()) {
          why.add(
              String.join(", ", local)
                  + ", but "
                  + instance.label()
                  + " lists it "
                  + (need.scope().isEmpty()
                      ? "in every namespace" + scopeHint(need)
                      : "in namespace " + need.scope()));
        }
      }
      if (missing.isEmpty()) {
        continue;
      }
      if (grants.isEmpty()) {
        ctx.report(
                instance.object(),
                FieldPath.parse("spec.template.spec"),
                "no ClusterRoleBinding or RoleBinding in the manifests binds ServiceAccount "
                    + instance.serviceAccount()
                    + " of "
                    + instance.label()
                    + " to a role; if its RBAC is applied from elsewhere, nothing is wrong, otherwise its"
                    + " informers never sync and no record is published. Fix: bind a ClusterRole with get, list, watch on "
                    + String.join(", ", missing)
                    + " to "
                    + instance.serviceAccount()
                    + ".")
            .lead(
                instance.label()
                    + " may publish no DNS record at all: the manifests do not grant it the"
                    + " permission to read the routes.")
            .severity(Severity.NOTE)
            .key(instance.name(), "unbound")
            .add();
        continue;
      }
      List<Grant> roles = grants.stream().distinct().toList();
      List<String> names = roles.stream().map(Grant::display).distinct().toList();
      String grantedBy =
          String.join(", ", names)
              + " bound to ServiceAccount "
              + instance.serviceAccount()
              + " do"
              + (names.size() == 1 ? "es" : "")
              + " not allow get, list, watch on "
              + String.join(", ", missing)
              + (why.isEmpty()
                  ? ""
                  : " where external-dns lists "
                      + (missing.size() == 1 ? "it" : "them")
                      + " ("
                      + String.join("; ", why)
                      + ")");
      var report =
          ctx.report(
                  instance.object(),
                  FieldPath.parse("spec.template.spec"),
                  instance.label()
                      + " cannot read what its sources need: "
                      + grantedBy
                      + "; its informers never sync, its"
                      + " sources fail and no record is published. Fix: grant get, list, watch on "
                      + String.join(", ", missing)
                      + " in a ClusterRole bound to "
                      + instance.serviceAccount()
                      + " by a ClusterRoleBinding.")
              .lead(
                  instance.label()
                      + " publishes no DNS record at all: it is not allowed to read "
                      + String.join(", ", missing)
                      + ".")
              .key(instance.name(), String.join(",", missing));
      roles.forEach(
          g ->
              report.related(
                  g.role().object(),
                  FieldPath.parse("rules"),
                  "bound to "
                      + instance.serviceAccount()
                      + (g.namespace() == null ? "" : " in namespace " + g.namespace())));
      report.add();
    }
  }

  private static String scopeHint(Need need) {
    if (need.resource().equals("gateways")) {
      return " (no --gateway-namespace)";
    }
    if (need.resource().equals("namespaces") || need.resource().equals("listenersets")) {
      return "";
    }
    return " (no --namespace)";
  }

  /**
   * What the enabled Gateway sources read: always gateways and namespaces, then each route kind.
   */
  private static List<Need> needs(ExternalDnsOptions options) {
    List<Need> needs = new ArrayList<>();
    if (options.sources().isEmpty()) {
      return needs;
    }
    needs.add(new Need("gateway.networking.k8s.io", "gateways", options.gatewayNamespace()));
    needs.add(new Need("", "namespaces", ""));
    for (RouteKind kind : options.sources()) {
      needs.add(
          new Need(
              "gateway.networking.k8s.io",
              kind.kind().toLowerCase(Locale.ROOT) + "s",
              options.namespace()));
    }
    if (options.gatewayListenerSets()) {
      needs.add(new Need("gateway.networking.k8s.io", "listenersets", ""));
    }
    return needs;
  }

  /**
   * Collects into {@code grants} every role bound to {@code account}: ClusterRoles by
   * ClusterRoleBindings (everywhere), Roles and ClusterRoles by RoleBindings (in the binding's
   * namespace). False when one cannot be judged: bound but not in the manifests (cluster-admin), or
   * an aggregated ClusterRole.
   */
  private static boolean grants(Rbac rbac, String account, List<Grant> grants) {
    for (Rbac.Binding binding : rbac.bindings()) {
      if (!binding.binds(account)) {
        continue;
      }
      String namespace = binding.cluster() ? null : binding.object().metadata().namespace();
      Rbac.Role role =
          "Role".equals(binding.roleKind()) && !binding.cluster()
              ? rbac.role(namespace, binding.roleName())
              : "ClusterRole".equals(binding.roleKind())
                  ? rbac.clusterRole(binding.roleName())
                  : null;
      if (role == null || role.aggregated()) {
        return false;
      }
      grants.add(new Grant(role, namespace));
    }
    return true;
  }
}
