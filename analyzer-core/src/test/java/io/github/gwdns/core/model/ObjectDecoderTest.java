package io.github.gwdns.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.Inputs;
import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.render.NamespaceSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObjectDecoderTest {

  @Test
  void gatewayDefaultsFollowTheCrds() {
    AnalysisResult result =
        Inputs.analyze(
            "gw.yaml",
            """
            apiVersion: gateway.networking.k8s.io/v1
            kind: Gateway
            metadata: {name: public}
            spec:
              gatewayClassName: envoy
              addresses:
              - value: 10.0.0.1
              listeners:
              - name: http
                port: 80
                protocol: HTTP
              - name: https
                port: 443
                protocol: HTTPS
                hostname: "*.example.com"
                tls: {certificateRefs: [{name: cert}]}
                allowedRoutes:
                  kinds: [{kind: HTTPRoute}]
              - name: sel
                port: 8443
                protocol: HTTPS
                tls: {mode: Terminate}
                allowedRoutes:
                  namespaces:
                    from: Selector
                    selector:
                      matchLabels: {team: a}
                      matchExpressions: [{key: env, operator: In, values: [prod]}]
            status:
              addresses: [{value: 1.2.3.4}]
            """);
    assertThat(Inputs.findings(result)).isEmpty();
    Gateway gateway = result.manifests().gateways().get(0);
    assertThat(gateway.metadata().namespace()).isEqualTo("default");
    assertThat(gateway.metadata().namespaceSource()).isEqualTo(NamespaceSource.DEFAULT);
    assertThat(gateway.addresses()).containsExactly(new GatewayAddress("IPAddress", "10.0.0.1"));
    assertThat(gateway.allowedListeners()).isEqualTo(AllowedListeners.DEFAULT);
    assertThat(gateway.status().addresses())
        .containsExactly(new GatewayAddress("IPAddress", "1.2.3.4"));
    Listener http = gateway.listeners().get(0);
    assertThat(http.allowedRoutes()).isEqualTo(AllowedRoutes.DEFAULT);
    assertThat(http.hostname()).isNull();
    assertThat(http.tlsMode()).isNull();
    Listener https = gateway.listeners().get(1);
    assertThat(https.tlsMode()).isEqualTo("Terminate");
    assertThat(https.allowedRoutes().from()).isEqualTo(FromNamespaces.SAME);
    assertThat(https.allowedRoutes().kinds())
        .containsExactly(new RouteGroupKind("gateway.networking.k8s.io", "HTTPRoute"));
    LabelSelector selector = gateway.listeners().get(2).allowedRoutes().selector();
    assertThat(selector.matches(Map.of("team", "a", "env", "prod"))).isTrue();
    assertThat(selector.matches(Map.of("team", "a", "env", "dev"))).isFalse();
  }

  @Test
  void parentRefDefaultsUseTheRoutesNamespaceAndAnExplicitEmptyGroupStays() {
    AnalysisResult result =
        Inputs.analyze(
            "r.yaml",
            """
            apiVersion: gateway.networking.k8s.io/v1beta1
            kind: HTTPRoute
            metadata: {name: web, namespace: shop}
            spec:
              parentRefs:
              - name: public
              - {name: internal, namespace: infra, sectionName: https, port: 443}
              - {group: "", kind: Service, name: mesh}
              hostnames: [shop.example.com]
            status:
              parents:
              - parentRef: {name: public}
                controllerName: example.com/gw
                conditions:
                - {type: Accepted, status: "True", reason: Accepted}
            """);
    assertThat(Inputs.findings(result)).isEmpty();
    Route route = result.manifests().routes().get(0);
    assertThat(route.routeKind()).isEqualTo(RouteKind.HTTP);
    assertThat(route.parentRefs())
        .containsExactly(
            new ParentReference(
                0, "gateway.networking.k8s.io", "Gateway", "shop", "public", null, null),
            new ParentReference(
                1, "gateway.networking.k8s.io", "Gateway", "infra", "internal", "https", 443),
            new ParentReference(2, "", "Service", "shop", "mesh", null, null));
    assertThat(route.hostnames()).containsExactly("shop.example.com");
    RouteParentStatus parent = route.status().parents().get(0);
    assertThat(parent.parentRef().namespace()).isEqualTo("shop");
    assertThat(parent.condition("Accepted").isTrue("Accepted")).isTrue();
  }

  @Test
  void listenerSetDefaultsAndXListenerSet() {
    AnalysisResult result =
        Inputs.analyze(
            "ls.yaml",
            """
            apiVersion: gateway.networking.k8s.io/v1
            kind: ListenerSet
            metadata: {name: team, namespace: apps}
            spec:
              parentRef: {name: shared}
              listeners: [{name: a, port: 443, protocol: HTTPS, hostname: a.example.com}]
            ---
            apiVersion: gateway.networking.x-k8s.io/v1alpha1
            kind: XListenerSet
            metadata: {name: old, namespace: apps}
            spec:
              parentRef: {name: shared, namespace: infra, kind: Gateway, group: gateway.networking.k8s.io}
              listeners: [{name: b, port: 80, protocol: HTTP}]
            """);
    assertThat(Inputs.findings(result)).isEmpty();
    List<ListenerSet> sets = result.manifests().listenerSets();
    assertThat(sets.get(0).parentRef())
        .isEqualTo(new ParentGatewayRef("gateway.networking.k8s.io", "Gateway", "apps", "shared"));
    assertThat(sets.get(1).kind()).isEqualTo("XListenerSet");
    assertThat(sets.get(1).parentRef().namespace()).isEqualTo("infra");
  }

  @Test
  void namespacesGetTheLabelTheApiServerAdds() {
    AnalysisResult result =
        Inputs.analyze(
            "ns.yaml",
            "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels: {team: a}\n");
    Namespace ns = result.manifests().namespaces().get(0);
    assertThat(ns.metadata().labels())
        .containsEntry("kubernetes.io/metadata.name", "shop")
        .containsEntry("team", "a");
    assertThat(ns.metadata().namespace()).isEmpty();
  }

  @Test
  void wrongTypesAreReportedAtTheFieldAndTheObjectIsDropped() {
    AnalysisResult result =
        Inputs.analyze(
            "bad.yaml",
            """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: web, namespace: shop}
            spec:
              parentRefs:
                name: public
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: Gateway
            metadata:
              name: gw
              labels: {version: 1.0}
            spec:
              gatewayClassName: x
              listeners:
              - {name: http, port: "80", protocol: HTTP}
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: ok, namespace: shop}
            """);
    assertThat(result.manifests().routes())
        .extracting(r -> r.metadata().name())
        .containsExactly("ok");
    assertThat(result.manifests().gateways()).isEmpty();
    assertThat(Inputs.findings(result))
        .isEqualTo(
            """
            bad.yaml:6:5: error [invalid-manifest] HTTPRoute shop/web is refused by the cluster as written, so it is never applied. `spec.parentRefs` must be a list, found a mapping; the API server rejects this HTTPRoute
            bad.yaml:12:21: error [invalid-manifest] Gateway default/gw is refused by the cluster as written, so it is never applied. `metadata.labels.version` must be a string (quote it), found a number (`1.0`); the API server rejects this Gateway
            bad.yaml:16:24: error [invalid-manifest] Gateway default/gw is refused by the cluster as written, so it is never applied. `spec.listeners[0].port` must be an integer, found a string (`80`); the API server rejects this Gateway
            """);
    assertThat(result.findings())
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    assertThat(result.findings().get(0).object().display()).isEqualTo("HTTPRoute/shop/web");
  }

  @Test
  void anIntegerTooLongIsOutOfRangeAndRefusedListenersAreNotDuplicates() {
    AnalysisResult result =
        Inputs.analyze(
            "gw.yaml",
            """
            apiVersion: gateway.networking.k8s.io/v1
            kind: Gateway
            metadata: {name: gw, namespace: infra}
            spec:
              gatewayClassName: x
              listeners:
              - {name: a, port: 99999999999999999999, protocol: HTTP}
              - {name: b, port: "80", protocol: HTTP}
            """);
    assertThat(Inputs.findings(result))
        .isEqualTo(
            """
            gw.yaml:7:21: error [invalid-manifest] Gateway infra/gw is refused by the cluster as written, so it is never applied. `spec.listeners[0].port` is 99999999999999999999; it must be between 1 and 65535; the API server rejects this Gateway
            gw.yaml:8:21: error [invalid-manifest] Gateway infra/gw is refused by the cluster as written, so it is never applied. `spec.listeners[1].port` must be an integer, found a string (`80`); the API server rejects this Gateway
            """);
  }

  @Test
  void aWrongTypeInMetadataDropsTheObjectToo() {
    AnalysisResult result =
        Inputs.analyze(
            "bad.yaml",
            """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata:
              name: web
              namespace: shop
              annotations: {external-dns.kubernetes.io/ttl: 60}
            spec:
              parentRefs: [{name: public}]
            """);
    assertThat(result.manifests().routes()).isEmpty();
    assertThat(Inputs.findings(result))
        .isEqualTo(
            """
            bad.yaml:6:49: error [invalid-manifest] HTTPRoute shop/web is refused by the cluster as written, so it is never applied. `metadata.annotations["external-dns.kubernetes.io/ttl"]` must be a string (quote it), found an integer (`60`); the API server rejects this HTTPRoute
            """);
  }

  @Test
  void missingRequiredFieldsAndUnknownEnumValuesAreReported() {
    AnalysisResult result =
        Inputs.analyze(
            "bad.yaml",
            """
            apiVersion: gateway.networking.k8s.io/v1
            kind: Gateway
            metadata: {name: gw, namespace: infra}
            spec:
              gatewayClassName: x
              listeners:
              - name: http
                protocol: HTTP
                allowedRoutes: {namespaces: {from: None}}
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {namespace: shop}
            """);
    assertThat(Inputs.findings(result))
        .isEqualTo(
            """
            bad.yaml:7:5: error [invalid-manifest] Gateway infra/gw is refused by the cluster as written, so it is never applied. required field `spec.listeners[0].port` is missing; the API server rejects this Gateway
            bad.yaml:9:40: error [invalid-manifest] Gateway infra/gw is refused by the cluster as written, so it is never applied. `spec.listeners[0].allowedRoutes.namespaces.from` is `None`; the API server accepts only All, Selector, Same; the API server rejects this Gateway
            bad.yaml:11:1: error [invalid-manifest] HTTPRoute shop/ is refused by the cluster as written, so it is never applied. required field `metadata.name` is missing; the API server rejects this HTTPRoute
            """);
  }

  @Test
  void versionsAreServedPerKind() {
    AnalysisResult result =
        Inputs.analyze(
            "t.yaml",
            """
            apiVersion: gateway.networking.k8s.io/v1alpha3
            kind: GRPCRoute
            metadata: {name: a, namespace: shop}
            ---
            apiVersion: gateway.networking.k8s.io/v1beta1
            kind: TCPRoute
            metadata: {name: b, namespace: shop}
            ---
            apiVersion: gateway.networking.k8s.io/v1alpha3
            kind: TLSRoute
            metadata: {name: c, namespace: shop}
            spec:
              hostnames: [c.example.com]
            ---
            apiVersion: gateway.networking.k8s.io/v1alpha2
            kind: UDPRoute
            metadata: {name: d, namespace: shop}
            """);
    assertThat(result.manifests().routes())
        .extracting(r -> r.metadata().name())
        .containsExactly("c", "d");
    assertThat(Inputs.findings(result))
        .isEqualTo(
            """
            t.yaml:1:13: error [invalid-manifest] GRPCRoute shop/a is refused by the cluster as written, so it is never applied. apiVersion `gateway.networking.k8s.io/v1alpha3` is not served for GRPCRoute; use gateway.networking.k8s.io/v1; the API server rejects this GRPCRoute
            t.yaml:5:13: error [invalid-manifest] TCPRoute shop/b is refused by the cluster as written, so it is never applied. apiVersion `gateway.networking.k8s.io/v1beta1` is not served for TCPRoute; use gateway.networking.k8s.io/v1 (also served: v1alpha2); the API server rejects this TCPRoute
            """);
  }

  @Test
  void unservedVersionsAndUnrenderedTemplatesAreReported() {
    AnalysisResult result =
        Inputs.analyze(
            "t.yaml",
            """
            apiVersion: gateway.networking.k8s.io/v2
            kind: HTTPRoute
            metadata: {name: a}
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: b}
            spec:
              hostnames: [app.{{ .Values.domain }}]
            ---
            apiVersion: argoproj.io/v1alpha1
            kind: ApplicationSet
            metadata: {name: apps}
            spec:
              template:
                spec:
                  source:
                    path: apps/{{path.basename}}
            """);
    assertThat(result.manifests().routes()).isEmpty();
    assertThat(result.manifests().others())
        .extracting(o -> o.kind())
        .containsExactly("ApplicationSet");
    assertThat(result.findings()).hasSize(2);
    assertThat(result.findings().get(0).message())
        .contains("`gateway.networking.k8s.io/v2` is not served");
    assertThat(result.findings().get(1).location().startLine()).isEqualTo(9);
    assertThat(result.findings().get(1).message()).contains("Helm/Go template");
  }

  @Test
  void otherKindsAreKeptWithoutValidation() {
    AnalysisResult result =
        Inputs.analyze(
            "d.yaml",
            "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: external-dns, namespace: dns, labels: {x: 1}}\nspec: 7\n");
    assertThat(result.findings()).isEmpty();
    GenericObject deployment = result.manifests().others().get(0);
    assertThat(deployment.ref().display()).isEqualTo("Deployment/dns/external-dns");
    assertThat(deployment.metadata().labels()).containsEntry("x", "1");
  }

  @Test
  void clusterScopedKindsHaveNoNamespace() {
    AnalysisResult result =
        Inputs.analyze(
            "c.yaml",
            "apiVersion: gateway.networking.k8s.io/v1\nkind: GatewayClass\nmetadata: {name: envoy, namespace: ignored}\nspec: {controllerName: gateway.envoyproxy.io/gatewayclass-controller}\n");
    GatewayClass cls = result.manifests().gatewayClasses().get(0);
    assertThat(cls.metadata().namespace()).isEmpty();
    assertThat(cls.ref().display()).isEqualTo("GatewayClass/envoy");
    assertThat(cls.controllerName()).isEqualTo("gateway.envoyproxy.io/gatewayclass-controller");
  }

  @Test
  void hostnamesAndListenersAreValidatedAsTheApiServerDoes() {
    AnalysisResult result =
        Inputs.analyze(
            "v.yaml",
            """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: upper, namespace: web}
            spec: {hostnames: [Shop.example.com]}
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: TLSRoute
            metadata: {name: no-hosts, namespace: web}
            spec: {parentRefs: [{name: gw}]}
            ---
            apiVersion: gateway.networking.k8s.io/v1alpha2
            kind: TLSRoute
            metadata: {name: old-no-hosts, namespace: web}
            spec: {parentRefs: [{name: gw}]}
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: twice, namespace: web}
            spec: {parentRefs: [{name: gw}, {name: gw}]}
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: Gateway
            metadata: {name: gw, namespace: web}
            spec:
              gatewayClassName: x
              listeners:
              - {name: a, port: 80, protocol: HTTP, tls: {mode: Terminate}}
              - {name: b, port: 81, protocol: TCP, hostname: b.example.com}
              - {name: c, port: 443, protocol: TLS}
              - {name: d, port: 444, protocol: HTTPS, tls: {mode: Passthrough}}
              - {name: e, port: 445, protocol: HTTP, hostname: "*"}
              - {name: e, port: 446, protocol: HTTP}
            """);
    assertThat(result.manifests().routes())
        .extracting(r -> r.metadata().name())
        .containsExactly("old-no-hosts");
    assertThat(result.manifests().gateways()).isEmpty();
    assertThat(Inputs.findings(result))
        .isEqualTo(
            """
            v.yaml:4:20: error [invalid-manifest] HTTPRoute web/upper is refused by the cluster as written, so it is never applied. hostname `Shop.example.com` is invalid: it has uppercase letters (write it in lowercase); the API server rejects this HTTPRoute
            v.yaml:9:7: error [invalid-manifest] TLSRoute web/no-hosts is refused by the cluster as written, so it is never applied. TLSRoute v1 requires at least one entry in `spec.hostnames`; the API server rejects this TLSRoute
            v.yaml:19:33: error [invalid-manifest] HTTPRoute web/twice is refused by the cluster as written, so it is never applied. parentRefs[0] and parentRefs[1] both refer to Gateway web/gw; references to the same parent must set different `sectionName` or `port` (sectionName or port must be unique); the API server rejects this HTTPRoute
            v.yaml:27:46: error [invalid-manifest] Gateway web/gw is refused by the cluster as written, so it is never applied. listener `a` has a `tls` block, which protocol HTTP forbids; the API server rejects this Gateway
            v.yaml:28:50: error [invalid-manifest] Gateway web/gw is refused by the cluster as written, so it is never applied. listener `b` has a hostname, which protocol TCP forbids; the API server rejects this Gateway
            v.yaml:29:5: error [invalid-manifest] Gateway web/gw is refused by the cluster as written, so it is never applied. TLS listener `c` needs a `tls` block with `mode: Passthrough` or `Terminate`; the API server rejects this Gateway
            v.yaml:30:55: error [invalid-manifest] Gateway web/gw is refused by the cluster as written, so it is never applied. HTTPS listener `d` cannot use `tls.mode: Passthrough`; use a TLS listener for passthrough; the API server rejects this Gateway
            v.yaml:31:52: error [invalid-manifest] Gateway web/gw is refused by the cluster as written, so it is never applied. listener hostname `*` is invalid: `*` is allowed only as the whole first label (`*.example.com`); the API server rejects this Gateway
            v.yaml:32:12: error [invalid-manifest] Gateway web/gw is refused by the cluster as written, so it is never applied. listener name `e` is used twice (also spec.listeners[4]); listener names must be unique; the API server rejects this Gateway
            """);
  }

  @Test
  void parentRefsToOneParentFollowTheCelRulesLiterally() {
    AnalysisResult result =
        Inputs.analyze(
            "p.yaml",
            """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: one-section, namespace: web}
            spec: {parentRefs: [{name: gw, sectionName: http}, {name: gw}]}
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: section-and-port, namespace: web}
            spec: {parentRefs: [{name: gw, sectionName: http}, {name: gw, port: 80}]}
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: same-port, namespace: web}
            spec: {parentRefs: [{name: gw, port: 80}, {name: gw, port: 80}]}
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: own-namespace-written, namespace: web}
            spec: {parentRefs: [{name: gw}, {name: gw, namespace: web}]}
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: distinct, namespace: web}
            spec: {parentRefs: [{name: gw, sectionName: http}, {name: gw, sectionName: https}, {name: gw, namespace: web, sectionName: http}]}
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: other-kind, namespace: web}
            spec: {parentRefs: [{name: gw}, {name: gw, kind: ListenerSet}]}
            """);
    assertThat(result.manifests().routes())
        .extracting(r -> r.metadata().name())
        .containsExactly("own-namespace-written", "distinct", "other-kind");
    assertThat(Inputs.findings(result))
        .isEqualTo(
            """
            p.yaml:4:52: error [invalid-manifest] HTTPRoute web/one-section is refused by the cluster as written, so it is never applied. parentRefs[0] and parentRefs[1] both refer to Gateway web/gw, but only one sets `sectionName`; the API server requires sectionName or port to be specified on both when parentRefs includes 2 or more references to the same parent; the API server rejects this HTTPRoute
            p.yaml:9:52: error [invalid-manifest] HTTPRoute web/section-and-port is refused by the cluster as written, so it is never applied. parentRefs[0] and parentRefs[1] both refer to Gateway web/gw, but only one sets `sectionName`; the API server requires sectionName or port to be specified on both when parentRefs includes 2 or more references to the same parent; the API server rejects this HTTPRoute
            p.yaml:14:43: error [invalid-manifest] HTTPRoute web/same-port is refused by the cluster as written, so it is never applied. parentRefs[0] and parentRefs[1] both refer to Gateway web/gw; references to the same parent must set different `sectionName` or `port` (sectionName or port must be unique); the API server rejects this HTTPRoute
            """);
  }

  @Test
  void listenerNamesAreLowercaseSubdomainsAsTheApiServerRequires() {
    AnalysisResult result =
        Inputs.analyze(
            "l.yaml",
            """
            apiVersion: gateway.networking.k8s.io/v1
            kind: Gateway
            metadata: {name: upper, namespace: web}
            spec: {gatewayClassName: x, listeners: [{name: C, port: 80, protocol: HTTP}]}
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: Gateway
            metadata: {name: symbol, namespace: web}
            spec: {gatewayClassName: x, listeners: [{name: "bad>", port: 80, protocol: HTTP}]}
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: ListenerSet
            metadata: {name: dash, namespace: web}
            spec: {parentRef: {name: ok}, listeners: [{name: -http, port: 80, protocol: HTTP}]}
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: Gateway
            metadata: {name: ok, namespace: web}
            spec: {gatewayClassName: x, listeners: [{name: http-1.a, port: 80, protocol: HTTP}, {name: "${LISTENER}", port: 81, protocol: HTTP}]}
            """);
    assertThat(result.manifests().gateways())
        .extracting(g -> g.metadata().name())
        .containsExactly("ok");
    assertThat(result.manifests().listenerSets()).isEmpty();
    assertThat(Inputs.findings(result))
        .isEqualTo(
            """
            l.yaml:4:48: error [invalid-manifest] Gateway web/upper is refused by the cluster as written, so it is never applied. listener name `C` is invalid: it has uppercase letters (write it in lowercase); the API server rejects this Gateway
            l.yaml:9:48: error [invalid-manifest] Gateway web/symbol is refused by the cluster as written, so it is never applied. listener name `bad>` is invalid: it is not a lowercase RFC 1123 subdomain (letters, digits, `-` and `.`, starting and ending with a letter or digit); the API server rejects this Gateway
            l.yaml:14:50: error [invalid-manifest] ListenerSet web/dash is refused by the cluster as written, so it is never applied. listener name `-http` is invalid: it is not a lowercase RFC 1123 subdomain (letters, digits, `-` and `.`, starting and ending with a letter or digit); the API server rejects this ListenerSet
            """);
  }
}
