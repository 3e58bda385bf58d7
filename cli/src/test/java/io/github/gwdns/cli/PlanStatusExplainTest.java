package io.github.gwdns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan, status and explain commands through the real CLI. */
class PlanStatusExplainTest {
  private static final String MANIFESTS =
      """
      apiVersion: gateway.networking.k8s.io/v1
      kind: Gateway
      metadata: {name: public, namespace: infra}
      spec:
        gatewayClassName: envoy
        listeners:
        - {name: http, port: 80, protocol: HTTP}
        - {name: https, port: 443, protocol: HTTPS, hostname: "*.example.com", tls: {certificateRefs: [{name: c}]}, allowedRoutes: {namespaces: {from: All}}}
      status:
        addresses: [{value: 203.0.113.10}, {value: "2001:db8::10"}]
      ---
      apiVersion: gateway.networking.k8s.io/v1
      kind: HTTPRoute
      metadata: {name: web, namespace: shop, annotations: {external-dns.kubernetes.io/ttl: "300"}}
      spec:
        parentRefs: [{name: public, namespace: infra}]
        hostnames: [shop.example.com]
      ---
      apiVersion: gateway.networking.k8s.io/v1
      kind: HTTPRoute
      metadata: {name: blog, namespace: blog}
      spec:
        parentRefs: [{name: public, namespace: infra, sectionName: http}]
        hostnames: [blog.example.com]
      """;

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void write() throws IOException {
    Files.writeString(dir.resolve("all.yaml"), MANIFESTS);
  }

  private int run(String... args) {
    out.reset();
    err.reset();
    return Main.run(
        args,
        new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void planTableLists() {
    assertThat(run("plan", dir.toString())).isZero();
    assertThat(out())
        .isEqualTo(
            """
            NAME              TYPE  TARGETS       TTL  SOURCES
            shop.example.com  A     203.0.113.10  300  HTTPRoute/shop/web
            shop.example.com  AAAA  2001:db8::10  300  HTTPRoute/shop/web

            2 endpoints, 0 pending
            """);
  }

  @Test
  void planJsonFollowsTheContract() {
    assertThat(run("plan", "--format", "json", dir.toString())).isZero();
    assertThat(out())
        .startsWith(
            "{\n  \"endpoints\" : [\n    {\n      \"dnsName\" : \"shop.example.com\",\n      \"recordType\" : \"A\",\n"
                + "      \"targets\" : [\n        \"203.0.113.10\"\n      ],\n      \"recordTTL\" : 300,\n      \"setIdentifier\" : \"\",\n"
                + "      \"providerSpecific\" : [ ],\n      \"labels\" : {\n        \"resource\" : \"httproute/shop/web\"\n      },\n"
                + "      \"sources\" : [\n        \"HTTPRoute/shop/web\"\n      ],\n      \"externalDns\" : \"options\"\n    },");
    assertThat(out())
        .endsWith(
            "  \"pending\" : [ ],\n  \"filtered\" : [ ],\n  \"unresolved\" : [ ],\n  \"instances\" : [\n    {\n"
                + "      \"externalDns\" : \"options\",\n      \"name\" : \"\",\n      \"version\" : \"\",\n      \"starts\" : true\n    }\n  ]\n}\n");
  }

  @Test
  void anUnresolvedVariableIsANoteUntilVarGivesItsValue() throws IOException {
    Path flux = dir.resolve("flux");
    Files.createDirectories(flux);
    String withoutBlog =
        MANIFESTS.substring(
            0,
            MANIFESTS.indexOf(
                "---\napiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: blog"));
    Files.writeString(
        flux.resolve("all.yaml"),
        withoutBlog.replace("shop.example.com", "\"shop.${SECRET_DOMAIN}\""));
    assertThat(run("check", "--domain-filter", "example.com", flux.toString())).isZero();
    assertThat(out())
        .contains(
            "note    [unresolved-variable] HTTPRoute shop/web: gwdns cannot check `shop.${SECRET_DOMAIN}`: it holds a variable that is filled in only when the manifests are applied. hostname `shop.${SECRET_DOMAIN}` holds ${SECRET_DOMAIN}")
        .doesNotContain("hostname-mismatch")
        .doesNotContain("domain-filtered")
        .endsWith("gwdns: 0 errors, 0 warnings, 2 notes in 1 file (2 objects)\n");
    assertThat(
            out()
                .lines()
                .filter(l -> l.startsWith("  ") && l.contains("[unresolved-variable]"))
                .findFirst()
                .orElseThrow())
        .startsWith("  17:15 ");
    assertThat(run("plan", "--domain-filter", "example.com", flux.toString())).isZero();
    assertThat(out())
        .doesNotContain("Filtered")
        .contains(
            """
        Unresolved: these names hold Flux variables gwdns has no value for (pass --var KEY=VALUE), so they are not compared with listeners or filters
        NAME                   VARIABLES      SOURCES
        shop.${SECRET_DOMAIN}  SECRET_DOMAIN  HTTPRoute/shop/web

        0 endpoints, 0 pending, 1 unresolved
        """);
    assertThat(
            run(
                "plan",
                "--domain-filter",
                "example.com",
                "--var",
                "SECRET_DOMAIN=example.com",
                flux.toString()))
        .isZero();
    assertThat(out())
        .contains("shop.example.com  A     203.0.113.10  300  HTTPRoute/shop/web")
        .doesNotContain("Unresolved");
    assertThat(run("check", "--var", "SECRET_DOMAIN=example.com", flux.toString())).isZero();
    assertThat(out()).doesNotContain("unresolved-variable");
    assertThat(run("check", "--var", "SECRET_DOMAIN=example.org", flux.toString())).isEqualTo(1);
    assertThat(out()).contains("[hostname-mismatch] HTTPRoute shop/web");
  }

  @Test
  void writingToAFileSaysWhichFile() throws IOException {
    Path plan = dir.resolve("plan.json");
    assertThat(run("plan", "--format", "json", "-o", plan.toString(), dir.toString())).isZero();
    assertThat(out()).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("gwdns: wrote the json plan to " + plan + "\n");
    assertThat(Files.readString(plan)).startsWith("{\n  \"endpoints\" : [");
    Path status = dir.resolve("status.yaml");
    assertThat(run("status", "-o", status.toString(), dir.toString())).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("gwdns: wrote the yaml status to " + status + "\n");
    // The plan written under the analyzed directory is gwdns's own output, not a manifest.
    assertThat(run("plan", dir.toString())).isZero();
    assertThat(out()).contains("2 endpoints, 0 pending");
  }

  @Test
  void planYamlIsADnsEndpoint() {
    assertThat(run("plan", "--format", "yaml", dir.toString())).isZero();
    assertThat(out())
        .startsWith(
            "# Written by gwdns plan: the DNS records external-dns is predicted to publish, as"
                + " DNSEndpoints; gwdns does not read this file as input.\n"
                + "---\napiVersion: externaldns.k8s.io/v1alpha1\nkind: DNSEndpoint\n")
        .contains("recordTTL: 300");
  }

  @Test
  void planMarkdownIsATable() {
    assertThat(run("plan", "--format", "markdown", dir.toString())).isZero();
    assertThat(out())
        .startsWith("## Predicted DNS records\n\n| Name | Type | Targets | TTL | Sources |\n")
        .contains("| `shop.example.com` | A | 203.0.113.10 | 300 | HTTPRoute/shop/web |");
  }

  @Test
  void externalDnsFlagsTakeEffect() {
    assertThat(run("plan", "--namespace", "blog", dir.toString())).isZero();
    assertThat(out()).contains("0 endpoints");
    assertThat(run("plan", "--annotation-prefix=external-dns.alpha.kubernetes.io/", dir.toString()))
        .isZero();
    assertThat(out()).contains("shop.example.com  A     203.0.113.10  -");
    assertThat(run("plan", "--source", "gateway-grpcroute,gateway-tlsroute", dir.toString()))
        .isZero();
    assertThat(out()).contains("0 endpoints");
    assertThat(run("plan", "--status-mode", "observed", dir.toString())).isZero();
    assertThat(out()).contains("0 endpoints");
  }

  @Test
  void badFlagValuesAreUsageErrors() {
    assertThat(run("plan", "--label-filter", "a in b", dir.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("gwdns: --label-filter: invalid selector 'a in b' at column 6");
    assertThat(run("plan", "--status-mode", "maybe", dir.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown status mode 'maybe'");
    assertThat(run("plan", "--source", "ingress", dir.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown source 'ingress'");
    assertThat(run("plan", "--fqdn-template", "{{ .Name", dir.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("gwdns: invalid --fqdn-template:");
    assertThat(run("plan", "--format", "csv", dir.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("\tat ");
  }

  @Test
  void statusShowsPredictedConditions() {
    assertThat(run("status", dir.toString())).isZero();
    assertThat(out())
        .contains(
            "kind: HTTPRoute\nmetadata:\n  name: blog\n  namespace: blog\nstatus:\n  parents:\n")
        .contains(
            "    - type: Accepted\n      status: 'False'\n      reason: NotAllowedByListeners\n")
        .contains("  - name: https\n");
    assertThat(run("status", "--format", "json", dir.toString())).isZero();
    assertThat(out())
        .startsWith(
            "[\n  {\n    \"apiVersion\" : \"gateway.networking.k8s.io/v1\",\n    \"kind\" : \"Gateway\",");
  }

  @Test
  void explainAnswersWhyAndHowToFix() {
    assertThat(run("explain", "HTTPRoute/blog/blog", dir.toString())).isZero();
    assertThat(out())
        .contains("No endpoints could be generated from HTTPRoute blog/blog")
        .contains(
            "fix: set `spec.parentRefs[0].sectionName` to `https`: listener `https` of Gateway infra/public already admits"
                + " routes from namespace `blog`, and no listener is opened further; or add `allowedRoutes.namespaces.from: All` to"
                + " listener `http` of Gateway infra/public, or a Selector that matches namespace `blog`");
    assertThat(run("explain", "httproute/shop/web", dir.toString())).isZero();
    assertThat(out()).contains("shop.example.com  A  203.0.113.10  TTL 300");
    assertThat(run("explain", "Gateway/infra/public", dir.toString())).isZero();
    assertThat(out()).contains("routes naming it:");
    assertThat(run("explain", "HTTPRoute/shop/nope", dir.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "gwdns: no route or Gateway HTTPRoute/shop/nope in the input (expected"
                + " KIND/NAMESPACE/NAME, e.g. HTTPRoute/shop/web)\n");
    err.reset();
    assertThat(run("explain", "HTTPRoute/shop/wbe", dir.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "gwdns: no route or Gateway HTTPRoute/shop/wbe in the input; did you mean"
                + " HTTPRoute/shop/web? (expected KIND/NAMESPACE/NAME, e.g. HTTPRoute/shop/web)\n");
    err.reset();
    assertThat(run("explain", "Gateway/infra/pubilc", dir.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("; did you mean Gateway/infra/public?");
  }
}
