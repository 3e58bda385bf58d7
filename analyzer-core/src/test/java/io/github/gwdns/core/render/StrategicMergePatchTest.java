package io.github.gwdns.core.render;

import static io.github.gwdns.core.render.Trees.at;
import static io.github.gwdns.core.render.Trees.map;
import static io.github.gwdns.core.render.Trees.object;
import static io.github.gwdns.core.render.Trees.text;
import static io.github.gwdns.core.render.Trees.texts;
import static io.github.gwdns.core.render.Trees.where;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.load.ManifestList;
import io.github.gwdns.core.load.ManifestMap;
import org.junit.jupiter.api.Test;

class StrategicMergePatchTest {
  private static final String ROUTE =
      """
      apiVersion: gateway.networking.k8s.io/v1
      kind: HTTPRoute
      metadata:
        name: web
        namespace: apps
        labels:
          app: web
          tier: front
        annotations:
          note: keep
      spec:
        parentRefs:
          - name: public
            namespace: network
        hostnames:
          - old.example.com
      """;

  private static final String GATEWAY =
      """
      apiVersion: gateway.networking.k8s.io/v1
      kind: Gateway
      metadata:
        name: public
        namespace: network
      spec:
        gatewayClassName: envoy
        listeners:
          - name: http
            port: 80
            protocol: HTTP
          - name: https
            port: 443
            protocol: HTTPS
      """;

  private static RenderedObject patched(String file, String text, String patch) {
    return StrategicMergePatch.apply(object(file, text), map("patch.yaml", patch), "patch.yaml");
  }

  @Test
  void mappingsMergeKeyByKeyAndWhatThePatchBringsKeepsThePatchPosition() {
    RenderedObject route =
        patched(
            "route.yaml",
            ROUTE,
            """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: web
          labels:
            tier: back
            team: dns
        spec:
          hostnames:
            - new.example.com
        """);

    assertThat(texts(route, "spec", "hostnames")).containsExactly("new.example.com");
    assertThat(where(route, "spec", "hostnames")).isEqualTo("patch.yaml:10:5");
    assertThat(where(route, "spec", "hostnames", 0)).isEqualTo("patch.yaml:10:7");
    assertThat(text(route, "metadata", "labels", "app")).isEqualTo("web");
    assertThat(where(route, "metadata", "labels", "app")).isEqualTo("route.yaml:7:10");
    assertThat(text(route, "metadata", "labels", "tier")).isEqualTo("back");
    assertThat(where(route, "metadata", "labels", "tier")).isEqualTo("patch.yaml:6:11");
    assertThat(text(route, "metadata", "labels", "team")).isEqualTo("dns");
    assertThat(where(route, "metadata", "labels", "team")).isEqualTo("patch.yaml:7:11");
    assertThat(text(route, "spec", "parentRefs", 0, "name")).isEqualTo("public");
    assertThat(where(route, "spec", "parentRefs", 0, "name")).isEqualTo("route.yaml:13:13");
  }

  @Test
  void aNullDeletesTheKey() {
    RenderedObject route =
        patched(
            "route.yaml",
            ROUTE,
            """
        kind: HTTPRoute
        metadata:
          name: web
          labels:
            tier: null
          annotations:
        """);

    assertThat(((ManifestMap) at(route, "metadata", "labels")).entries())
        .extracting(ManifestMap.Entry::key)
        .containsExactly("app");
    assertThat(at(route, "metadata", "annotations")).isNull();
    assertThat(text(route, "metadata", "name")).isEqualTo("web");
  }

  @Test
  void patchDeleteRemovesTheMappingOrTheWholeObject() {
    RenderedObject route =
        patched(
            "route.yaml",
            ROUTE,
            """
        kind: HTTPRoute
        metadata:
          name: web
          annotations:
            $patch: delete
        """);
    assertThat(at(route, "metadata", "annotations")).isNull();
    assertThat(text(route, "metadata", "labels", "app")).isEqualTo("web");

    assertThat(
            patched(
                "route.yaml",
                ROUTE,
                """
        kind: HTTPRoute
        metadata:
          name: web
        $patch: delete
        """))
        .isNull();
  }

  @Test
  void patchReplaceReplacesTheMappingWithThePatchOne() {
    RenderedObject route =
        patched(
            "route.yaml",
            ROUTE,
            """
        kind: HTTPRoute
        metadata:
          name: web
        spec:
          $patch: replace
          hostnames:
            - only.example.com
        """);

    assertThat(((ManifestMap) at(route, "spec")).entries())
        .extracting(ManifestMap.Entry::key)
        .containsExactly("hostnames");
    assertThat(texts(route, "spec", "hostnames")).containsExactly("only.example.com");
    assertThat(where(route, "spec", "hostnames", 0)).isEqualTo("patch.yaml:7:7");
    assertThat(route.fileAt(java.util.List.of("spec"))).isEqualTo("patch.yaml");
  }

  @Test
  void listsOfAGatewayAreReplacedWhole() {
    RenderedObject gateway =
        patched(
            "gateway.yaml",
            GATEWAY,
            """
        apiVersion: gateway.networking.k8s.io/v1
        kind: Gateway
        metadata:
          name: public
        spec:
          listeners:
            - name: https
              hostname: "*.example.com"
        """);

    ManifestList listeners = (ManifestList) at(gateway, "spec", "listeners");
    assertThat(listeners.items()).hasSize(1);
    assertThat(text(gateway, "spec", "listeners", 0, "name")).isEqualTo("https");
    assertThat(text(gateway, "spec", "listeners", 0, "hostname")).isEqualTo("*.example.com");
    assertThat(at(gateway, "spec", "listeners", 0, "port")).isNull();
    assertThat(where(gateway, "spec", "listeners", 0, "hostname")).isEqualTo("patch.yaml:8:17");
    assertThat(where(gateway, "spec", "gatewayClassName")).isEqualTo("gateway.yaml:7:21");
  }

  @Test
  void containersOfADeploymentMergeByNameAndTheirEnvByName() {
    RenderedObject deployment =
        patched(
            "deploy.yaml",
            """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: external-dns
        spec:
          template:
            spec:
              containers:
                - name: external-dns
                  image: registry.k8s.io/external-dns/external-dns:v0.14.0
                  args:
                    - --source=gateway-httproute
                    - --provider=cloudflare
                  env:
                    - name: CF_API_TOKEN
                      value: old
                    - name: LOG_LEVEL
                      value: info
                - name: sidecar
                  image: busybox
        """,
            """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: external-dns
        spec:
          template:
            spec:
              containers:
                - name: external-dns
                  args:
                    - --source=gateway-httproute
                    - --domain-filter=example.com
                  env:
                    - name: LOG_LEVEL
                      value: debug
                    - name: EXTRA
                      value: "1"
                - name: new-sidecar
                  image: alpine
        """);

    Object[] containers = {"spec", "template", "spec", "containers"};
    assertThat(((ManifestList) at(deployment, containers)).items())
        .extracting(i -> ((ManifestMap) i).text("name"))
        .containsExactly("external-dns", "sidecar", "new-sidecar");
    Object[] app = {"spec", "template", "spec", "containers", 0};
    assertThat(text(deployment, path(app, "image")))
        .isEqualTo("registry.k8s.io/external-dns/external-dns:v0.14.0");
    assertThat(where(deployment, path(app, "image"))).isEqualTo("deploy.yaml:10:18");
    // args have no merge key: the patch's list replaces the object's.
    assertThat(texts(deployment, path(app, "args")))
        .containsExactly("--source=gateway-httproute", "--domain-filter=example.com");
    assertThat(where(deployment, path(app, "args"))).isEqualTo("patch.yaml:11:13");
    assertThat(((ManifestList) at(deployment, path(app, "env"))).items())
        .extracting(i -> ((ManifestMap) i).text("name") + "=" + ((ManifestMap) i).text("value"))
        .containsExactly("CF_API_TOKEN=old", "LOG_LEVEL=debug", "EXTRA=1");
    assertThat(where(deployment, path(app, "env", 0, "value"))).isEqualTo("deploy.yaml:16:22");
    assertThat(where(deployment, path(app, "env", 1, "value"))).isEqualTo("patch.yaml:15:22");
    assertThat(where(deployment, path(app, "env", 2, "name"))).isEqualTo("patch.yaml:16:21");
    assertThat(where(deployment, "spec", "template", "spec", "containers", 2, "image"))
        .isEqualTo("patch.yaml:19:18");
  }

  @Test
  void portsOfAServiceMergeByPortAndOfAContainerByContainerPort() {
    RenderedObject service =
        patched(
            "service.yaml",
            """
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          ports:
            - name: http
              port: 80
            - name: https
              port: 443
        """,
            """
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          ports:
            - port: 443
              name: tls
            - name: metrics
              port: 9090
        """);
    assertThat(((ManifestList) at(service, "spec", "ports")).items())
        .extracting(i -> ((ManifestMap) i).text("name") + ":" + ((ManifestMap) i).text("port"))
        .containsExactly("http:80", "tls:443", "metrics:9090");
    assertThat(where(service, "spec", "ports", 0, "name")).isEqualTo("service.yaml:7:13");
    assertThat(where(service, "spec", "ports", 1, "name")).isEqualTo("patch.yaml:8:13");

    RenderedObject deployment =
        patched(
            "deploy.yaml",
            """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            spec:
              containers:
                - name: web
                  ports:
                    - containerPort: 8080
                      name: http
        """,
            """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            spec:
              containers:
                - name: web
                  ports:
                    - containerPort: 9090
                      name: metrics
        """);
    assertThat(
            ((ManifestList) at(deployment, "spec", "template", "spec", "containers", 0, "ports"))
                .items())
        .extracting(i -> ((ManifestMap) i).text("name"))
        .containsExactly("http", "metrics");
  }

  @Test
  void aContainerWithPatchDeleteIsRemoved() {
    RenderedObject deployment =
        patched(
            "deploy.yaml",
            """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            spec:
              containers:
                - name: web
                  image: nginx
                - name: sidecar
                  image: busybox
        """,
            """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            spec:
              containers:
                - name: sidecar
                  $patch: delete
                - name: absent
                  $patch: delete
        """);

    assertThat(((ManifestList) at(deployment, "spec", "template", "spec", "containers")).items())
        .extracting(i -> ((ManifestMap) i).text("name"))
        .containsExactly("web");
  }

  @Test
  void theIdentityOfThePatchChangesNothing() {
    // With a target, a patch's name is a placeholder: the object keeps its own name, namespace and
    // positions.
    RenderedObject gateway =
        patched(
            "gateway.yaml",
            GATEWAY,
            """
        apiVersion: gateway.networking.k8s.io/v1beta1
        kind: Gateway
        metadata:
          name: not-important
          namespace: elsewhere
        spec:
          gatewayClassName: cilium
        """);

    assertThat(gateway.apiVersion()).isEqualTo("gateway.networking.k8s.io/v1");
    assertThat(text(gateway, "apiVersion")).isEqualTo("gateway.networking.k8s.io/v1");
    assertThat(gateway.name()).isEqualTo("public");
    assertThat(where(gateway, "metadata", "name")).isEqualTo("gateway.yaml:4:9");
    assertThat(gateway.namespace()).isEqualTo("network");
    assertThat(where(gateway, "metadata", "namespace")).isEqualTo("gateway.yaml:5:14");
    assertThat(text(gateway, "spec", "gatewayClassName")).isEqualTo("cilium");
    assertThat(where(gateway, "spec", "gatewayClassName")).isEqualTo("patch.yaml:7:21");
  }

  @Test
  void aPatchSelectsByKindNameNamespaceAndGroup() {
    RenderedObject gateway = object("gateway.yaml", GATEWAY);

    assertThat(selects(gateway, "gateway.networking.k8s.io/v1", "Gateway", "public", null))
        .isTrue();
    assertThat(selects(gateway, "gateway.networking.k8s.io/v1", "Gateway", "public", "network"))
        .isTrue();
    assertThat(selects(gateway, null, "Gateway", "public", null)).isTrue();
    assertThat(selects(gateway, "gateway.networking.k8s.io/v1", "Gateway", "public", "other"))
        .isFalse();
    assertThat(selects(gateway, "gateway.networking.k8s.io/v1", "Gateway", "private", null))
        .isFalse();
    assertThat(selects(gateway, "gateway.networking.k8s.io/v1", "HTTPRoute", "public", null))
        .isFalse();
    assertThat(selects(gateway, "networking.istio.io/v1", "Gateway", "public", null)).isFalse();
    assertThat(selects(gateway, "v1", "Gateway", "public", null)).isFalse();
  }

  private static boolean selects(
      RenderedObject object, String apiVersion, String kind, String name, String namespace) {
    String patch =
        (apiVersion == null ? "" : "apiVersion: " + apiVersion + "\n")
            + "kind: "
            + kind
            + "\nmetadata:\n  name: "
            + name
            + "\n"
            + (namespace == null ? "" : "  namespace: " + namespace + "\n");
    return StrategicMergePatch.selects(map("patch.yaml", patch), object);
  }

  private static Object[] path(Object[] prefix, Object... rest) {
    Object[] all = java.util.Arrays.copyOf(prefix, prefix.length + rest.length);
    System.arraycopy(rest, 0, all, prefix.length, rest.length);
    return all;
  }
}
