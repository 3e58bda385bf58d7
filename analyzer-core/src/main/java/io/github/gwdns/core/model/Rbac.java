package io.github.gwdns.core.model;

import java.util.List;

/**
 * The RBAC objects of the input, decoded: roles with their rules, bindings with their subjects.
 * external-dns's informers need get, list and watch on what its sources read; rules judge that from
 * these records, never from YAML.
 *
 * @param roles every Role and ClusterRole
 * @param bindings every RoleBinding and ClusterRoleBinding
 */
public record Rbac(List<Role> roles, List<Binding> bindings) {
  public Rbac {
    roles = List.copyOf(roles);
    bindings = List.copyOf(bindings);
  }

  /** No RBAC object at all: RBAC is managed outside these manifests. */
  public boolean isEmpty() {
    return roles.isEmpty() && bindings.isEmpty();
  }

  /** The ClusterRole named {@code name}, or null. */
  public Role clusterRole(String name) {
    return roles.stream()
        .filter(r -> r.cluster() && r.object().metadata().name().equals(name))
        .findFirst()
        .orElse(null);
  }

  /** The Role {@code namespace/name}, or null. */
  public Role role(String namespace, String name) {
    return roles.stream()
        .filter(
            r ->
                !r.cluster()
                    && r.object().metadata().namespace().equals(namespace)
                    && r.object().metadata().name().equals(name))
        .findFirst()
        .orElse(null);
  }

  /**
   * A Role or ClusterRole.
   *
   * @param cluster a ClusterRole
   * @param aggregated a ClusterRole with an {@code aggregationRule}: its rules are filled in by the
   *     control plane, so they cannot be judged from the manifests
   */
  public record Role(
      GenericObject object, boolean cluster, List<PolicyRule> rules, boolean aggregated) {
    public Role {
      rules = List.copyOf(rules);
    }

    /** Whether a rule allows every one of {@code verbs} on {@code resource} of {@code group}. */
    public boolean allows(String group, String resource, List<String> verbs) {
      return rules.stream().anyMatch(r -> r.allows(group, resource, verbs));
    }
  }

  /**
   * One entry of a role's {@code rules}.
   *
   * @param resourceNames true when the rule is limited to named objects: it cannot list
   */
  public record PolicyRule(
      List<String> apiGroups, List<String> resources, List<String> verbs, boolean resourceNames) {
    public PolicyRule {
      apiGroups = List.copyOf(apiGroups);
      resources = List.copyOf(resources);
      verbs = List.copyOf(verbs);
    }

    /**
     * Whether this rule allows every one of {@code wanted} on {@code resource} of {@code group}.
     */
    public boolean allows(String group, String resource, List<String> wanted) {
      return !resourceNames
          && matches(apiGroups, group)
          && matches(resources, resource)
          && wanted.stream().allMatch(v -> matches(verbs, v));
    }

    private static boolean matches(List<String> values, String wanted) {
      return values.contains("*") || values.contains(wanted);
    }
  }

  /**
   * A RoleBinding or ClusterRoleBinding.
   *
   * @param cluster a ClusterRoleBinding: it grants everywhere
   * @param roleKind {@code roleRef.kind}, or null
   * @param roleName {@code roleRef.name}, or null
   */
  public record Binding(
      GenericObject object,
      boolean cluster,
      String roleKind,
      String roleName,
      List<Subject> subjects) {
    public Binding {
      subjects = List.copyOf(subjects);
    }

    /** Whether it binds ServiceAccount {@code account} ({@code namespace/name}). */
    public boolean binds(String account) {
      return subjects.stream()
          .anyMatch(
              s ->
                  s.kind().equals("ServiceAccount")
                      && account.equals(
                          (s.namespace() == null ? object.metadata().namespace() : s.namespace())
                              + "/"
                              + s.name()));
    }
  }

  /** One of a binding's {@code subjects}; {@code namespace} is null when not set. */
  public record Subject(String kind, String namespace, String name) {}
}
