package io.github.gwdns.core.model.decode;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.Inputs;
import io.github.gwdns.core.model.CustomResourceDefinition;
import io.github.gwdns.core.model.Rbac;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RBAC objects and CRDs become model records with every field rules and attach read. */
class PlatformObjectsDecoderTest {
  private static final String INPUT =
      """
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata: {name: external-dns}
      rules:
      - {apiGroups: [gateway.networking.k8s.io], resources: [gateways, httproutes], verbs: [get, list, watch]}
      - {apiGroups: [""], resources: [namespaces], verbs: [get], resourceNames: [shop]}
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata: {name: aggregated}
      aggregationRule: {clusterRoleSelectors: [{matchLabels: {a: b}}]}
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: RoleBinding
      metadata: {name: dns, namespace: shop}
      roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: external-dns}
      subjects:
      - {kind: ServiceAccount, name: external-dns, namespace: dns}
      - {kind: ServiceAccount, name: local}
      ---
      apiVersion: apiextensions.k8s.io/v1
      kind: CustomResourceDefinition
      metadata: {name: tcproutes.gateway.networking.k8s.io}
      spec:
        group: gateway.networking.k8s.io
        versions:
        - {name: v1alpha2, served: true}
        - {name: v1alpha3, served: false}
        - {name: v1, served: true}
      """;

  @Test
  void decodesRolesBindingsAndCrds() {
    AnalysisResult result = Inputs.analyze("platform.yaml", INPUT);
    Rbac rbac = result.inventory().rbac();
    Rbac.Role role = rbac.clusterRole("external-dns");
    assertThat(role.aggregated()).isFalse();
    assertThat(
            role.allows("gateway.networking.k8s.io", "httproutes", List.of("get", "list", "watch")))
        .isTrue();
    assertThat(role.allows("", "namespaces", List.of("get")))
        .as("limited to resourceNames")
        .isFalse();
    assertThat(rbac.clusterRole("aggregated").aggregated()).isTrue();
    Rbac.Binding binding = rbac.bindings().get(0);
    assertThat(binding.cluster()).isFalse();
    assertThat(List.of(binding.roleKind(), binding.roleName()))
        .containsExactly("ClusterRole", "external-dns");
    assertThat(binding.binds("dns/external-dns")).isTrue();
    assertThat(binding.binds("shop/local"))
        .as("a subject without namespace is the binding's")
        .isTrue();
    assertThat(binding.binds("dns/local")).isFalse();
    CustomResourceDefinition crd = result.inventory().crds().get(0);
    assertThat(List.of(crd.group(), crd.plural()))
        .containsExactly("gateway.networking.k8s.io", "tcproutes");
    assertThat(crd.served()).containsExactly("v1alpha2", "v1");
  }
}
