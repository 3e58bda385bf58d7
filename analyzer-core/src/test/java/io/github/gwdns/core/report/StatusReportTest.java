package io.github.gwdns.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.Inputs;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code gwdns status} for Gateways: conditions, listeners and {@code attachedListenerSets}. */
class StatusReportTest {
  @Test
  void gatewaysCountTheirAttachedListenerSets() throws Exception {
    AnalysisResult result =
        Inputs.analyze(
            "s.yaml",
            """
        apiVersion: gateway.networking.k8s.io/v1
        kind: Gateway
        metadata: {name: gw, namespace: infra}
        spec:
          gatewayClassName: example
          allowedListeners: {namespaces: {from: Same}}
          listeners: [{name: http, port: 80, protocol: HTTP}]
        ---
        apiVersion: gateway.networking.k8s.io/v1
        kind: ListenerSet
        metadata: {name: same, namespace: infra}
        spec: {parentRef: {name: gw}, listeners: [{name: extra, port: 8080, protocol: HTTP}]}
        ---
        apiVersion: gateway.networking.k8s.io/v1
        kind: ListenerSet
        metadata: {name: elsewhere, namespace: apps}
        spec: {parentRef: {name: gw, namespace: infra}, listeners: [{name: extra, port: 8081, protocol: HTTP}]}
        ---
        apiVersion: gateway.networking.k8s.io/v1
        kind: Gateway
        metadata: {name: lonely, namespace: infra}
        spec: {gatewayClassName: example, listeners: [{name: http, port: 80, protocol: HTTP}]}
        """);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new StatusReport(result.inventory(), result.attachments()).writeYaml(out);
    String yaml = out.toString(StandardCharsets.UTF_8);
    String gw = yaml.substring(yaml.indexOf("  name: gw\n"), yaml.indexOf("  name: lonely\n"));
    assertThat(gw)
        .endsWith(
            """
              reason: ResolvedRefs
              message: Resolved all the Object references
          attachedListenerSets: 1
        ---
        apiVersion: gateway.networking.k8s.io/v1
        kind: Gateway
        metadata:
        """);
    assertThat(yaml.substring(yaml.indexOf("  name: lonely\n")))
        .doesNotContain("attachedListenerSets");
  }
}
