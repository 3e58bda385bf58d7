package io.github.gwdns.core.model.decode;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.Inputs;
import io.github.gwdns.core.finding.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every Gateway API field gwdns reads, given a value of the wrong type (a string for a list, a
 * mapping for a list, a number for a string, a list for a mapping...), is refused as the API server
 * refuses it: an invalid-manifest finding that names the field, and nothing thrown. {@code null}
 * everywhere never throws either (it means "absent", which an optional field may be).
 */
class WrongTypesTest {
  private static final String GATEWAY =
      """
      apiVersion: gateway.networking.k8s.io/v1
      kind: Gateway
      metadata:
        name: public
        namespace: infra
        labels: {team: web}
        annotations: {external-dns.kubernetes.io/target: 203.0.113.9}
      spec:
        gatewayClassName: envoy
        addresses:
        - {type: IPAddress, value: 203.0.113.10}
        listeners:
        - name: https
          port: 443
          protocol: HTTPS
          hostname: "*.example.com"
          tls:
            mode: Terminate
            certificateRefs:
            - {name: wildcard}
          allowedRoutes:
            namespaces:
              from: Selector
              selector:
                matchLabels: {team: web}
            kinds:
            - {kind: HTTPRoute}
      status:
        addresses:
        - {type: IPAddress, value: 203.0.113.10}
      """;
  private static final String ROUTE =
      """
      apiVersion: gateway.networking.k8s.io/v1
      kind: HTTPRoute
      metadata:
        name: web
        namespace: shop
      spec:
        parentRefs:
        - {name: public, namespace: infra, sectionName: https, port: 443}
        hostnames:
        - shop.example.com
      status:
        parents:
        - parentRef: {name: public, namespace: infra}
          controllerName: example.com/gateway
          conditions:
          - {type: Accepted, status: "True", reason: Accepted}
      """;

  /** The type each field has, so a value of every other type is wrong. */
  private enum Type {
    STRING,
    INTEGER,
    MAP,
    LIST
  }

  private static final Map<String, Type> GATEWAY_FIELDS =
      fields(
          "metadata.labels", Type.MAP,
          "metadata.annotations", Type.MAP,
          "spec.gatewayClassName", Type.STRING,
          "spec.addresses", Type.LIST,
          "spec.addresses[0]", Type.MAP,
          "spec.addresses[0].value", Type.STRING,
          "spec.listeners", Type.LIST,
          "spec.listeners[0]", Type.MAP,
          "spec.listeners[0].name", Type.STRING,
          "spec.listeners[0].port", Type.INTEGER,
          "spec.listeners[0].protocol", Type.STRING,
          "spec.listeners[0].hostname", Type.STRING,
          "spec.listeners[0].tls", Type.MAP,
          "spec.listeners[0].tls.mode", Type.STRING,
          "spec.listeners[0].allowedRoutes", Type.MAP,
          "spec.listeners[0].allowedRoutes.namespaces", Type.MAP,
          "spec.listeners[0].allowedRoutes.namespaces.from", Type.STRING,
          "spec.listeners[0].allowedRoutes.namespaces.selector", Type.MAP,
          "spec.listeners[0].allowedRoutes.kinds", Type.LIST,
          "spec.listeners[0].allowedRoutes.kinds[0].kind", Type.STRING,
          "status.addresses", Type.LIST,
          "status.addresses[0].value", Type.STRING);

  private static final Map<String, Type> ROUTE_FIELDS =
      fields(
          "spec.parentRefs", Type.LIST,
          "spec.parentRefs[0]", Type.MAP,
          "spec.parentRefs[0].name", Type.STRING,
          "spec.parentRefs[0].namespace", Type.STRING,
          "spec.parentRefs[0].sectionName", Type.STRING,
          "spec.parentRefs[0].port", Type.INTEGER,
          "spec.hostnames", Type.LIST,
          "spec.hostnames[0]", Type.STRING,
          "status.parents", Type.LIST,
          "status.parents[0].parentRef", Type.MAP,
          "status.parents[0].conditions", Type.LIST);

  private static Map<String, Type> fields(Object... pairs) {
    Map<String, Type> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (Type) pairs[i + 1]);
    }
    return map;
  }

  private static final Map<Type, Object> WRONG =
      Map.of(
          Type.STRING, "text", Type.INTEGER, 7, Type.MAP, Map.of("a", "b"), Type.LIST, List.of(1));

  @TestFactory
  Stream<DynamicTest> everyFieldRefusesEveryWrongType() {
    List<DynamicTest> tests = new ArrayList<>();
    addCases(tests, "Gateway", GATEWAY, GATEWAY_FIELDS);
    addCases(tests, "HTTPRoute", ROUTE, ROUTE_FIELDS);
    return tests.stream();
  }

  private static void addCases(
      List<DynamicTest> tests, String kind, String manifest, Map<String, Type> fields) {
    fields.forEach(
        (path, type) -> {
          for (Map.Entry<Type, Object> wrong : WRONG.entrySet()) {
            // An integer where a string is expected is refused; a string where an integer is, too.
            if (wrong.getKey() == type) {
              continue;
            }
            tests.add(
                DynamicTest.dynamicTest(
                    kind + " " + path + " as " + wrong.getKey(),
                    () -> {
                      AnalysisResult result = analyze(kind, manifest, path, wrong.getValue());
                      assertThat(result.findings())
                          .as("findings with %s = %s", path, wrong.getValue())
                          .anySatisfy(
                              f -> {
                                assertThat(f.ruleId()).isEqualTo("invalid-manifest");
                                assertThat(f.message()).contains("`" + path + "`");
                              });
                    }));
          }
          tests.add(
              DynamicTest.dynamicTest(
                  kind + " " + path + " as null",
                  () -> {
                    AnalysisResult result = analyze(kind, manifest, path, null);
                    assertThat(result.findings()).extracting(Finding::ruleId).isNotNull();
                  }));
        });
  }

  private static AnalysisResult analyze(String kind, String manifest, String path, Object value) {
    String mutated = replaced(manifest, path, value);
    return kind.equals("Gateway")
        ? Inputs.analyzeWithAllRules("gateway.yaml", mutated, "route.yaml", ROUTE)
        : Inputs.analyzeWithAllRules("gateway.yaml", GATEWAY, "route.yaml", mutated);
  }

  /** {@code manifest} with the value at {@code path} replaced. */
  @SuppressWarnings("unchecked")
  private static String replaced(String manifest, String path, Object value) {
    Object root = new Load(LoadSettings.builder().build()).loadFromString(manifest);
    Object parent = root;
    String[] steps = path.replace("[", ".[").split("\\.");
    for (int i = 0; i < steps.length - 1; i++) {
      parent = step(parent, steps[i]);
    }
    String last = steps[steps.length - 1];
    if (last.startsWith("[")) {
      ((List<Object>) parent).set(Integer.parseInt(last.substring(1, last.length() - 1)), value);
    } else {
      ((Map<String, Object>) parent).put(last, value);
    }
    return new Dump(DumpSettings.builder().build()).dumpToString(root);
  }

  @SuppressWarnings("unchecked")
  private static Object step(Object node, String step) {
    if (step.startsWith("[")) {
      return ((List<Object>) node).get(Integer.parseInt(step.substring(1, step.length() - 1)));
    }
    return ((Map<String, Object>) node).get(step);
  }
}
