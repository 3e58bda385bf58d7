package io.github.gwdns.core.attach;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.Analyzer;
import io.github.gwdns.core.load.SourceFile;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which HTTPRoute/GRPCRoute pairs contest a listener: hostnames compared as intersection does. */
class RouteKindContestsTest {
  private static final String GATEWAY =
      """
      apiVersion: gateway.networking.k8s.io/v1
      kind: Gateway
      metadata: {name: gw, namespace: ns}
      spec:
        gatewayClassName: example
        listeners:
        - {name: http, port: 80, protocol: HTTP}
      status: {addresses: [{value: 192.0.2.1}]}
      """;

  private static String route(String kind, String name, String hostnames) {
    return "---\napiVersion: gateway.networking.k8s.io/v1\nkind: "
        + kind
        + "\nmetadata: {name: "
        + name
        + ", namespace: ns}\nspec: {parentRefs: [{name: gw}]"
        + (hostnames == null ? "" : ", hostnames: " + hostnames)
        + "}\n";
  }

  private static List<String> contests(String... routes) throws Exception {
    String text = GATEWAY + String.join("", routes);
    Attachments attachments =
        Analyzer.run(AnalysisRequest.builder().addSource(SourceFile.ofText("t.yaml", text)).build())
            .attachments();
    return attachments.contests().stream()
        .map(
            c ->
                c.resolution().route().ref().display()
                    + " vs "
                    + c.rivals().stream()
                        .map(r -> r.ref().display())
                        .collect(Collectors.joining(","))
                    + " at "
                    + c.hostname())
        .toList();
  }

  @Test
  void exactAndWildcardNamesContestAsTheyIntersect() throws Exception {
    assertThat(
            contests(
                route("HTTPRoute", "a", "[a.example.com]"),
                route("GRPCRoute", "g", "[\"*.example.com\"]")))
        .containsExactly(
            "GRPCRoute/ns/g vs HTTPRoute/ns/a at *.example.com",
            "HTTPRoute/ns/a vs GRPCRoute/ns/g at a.example.com");
    assertThat(
            contests(
                route("HTTPRoute", "a", "[\"*.b.example.com\"]"),
                route("GRPCRoute", "g", "[\"*.example.com\"]")))
        .containsExactly(
            "GRPCRoute/ns/g vs HTTPRoute/ns/a at *.example.com",
            "HTTPRoute/ns/a vs GRPCRoute/ns/g at *.b.example.com");
    assertThat(
            contests(
                route("HTTPRoute", "a", "[x.example.com, y.example.com]"),
                route("GRPCRoute", "g", "[y.example.com]")))
        .containsExactly(
            "GRPCRoute/ns/g vs HTTPRoute/ns/a at y.example.com",
            "HTTPRoute/ns/a vs GRPCRoute/ns/g at y.example.com");
  }

  @Test
  void aWildcardDoesNotCoverItsBareSuffixNorOtherDomains() throws Exception {
    assertThat(
            contests(
                route("HTTPRoute", "a", "[example.com]"),
                route("GRPCRoute", "g", "[\"*.example.com\"]")))
        .isEmpty();
    assertThat(
            contests(
                route("HTTPRoute", "a", "[a.example.com]"),
                route("GRPCRoute", "g", "[a.example.org]")))
        .isEmpty();
    assertThat(
            contests(
                route("HTTPRoute", "a", "[a.example.com]"),
                route("HTTPRoute", "b", "[a.example.com]")))
        .isEmpty();
  }

  @Test
  void aRouteWithoutHostnamesOnAListenerWithoutOneTakesEveryName() throws Exception {
    assertThat(
            contests(route("HTTPRoute", "any", null), route("GRPCRoute", "g", "[g.example.com]")))
        .containsExactly(
            "GRPCRoute/ns/g vs HTTPRoute/ns/any at g.example.com",
            "HTTPRoute/ns/any vs GRPCRoute/ns/g at null");
  }
}
