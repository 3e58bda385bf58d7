package io.github.gwdns.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.Analyzer;
import io.github.gwdns.core.model.KubeObject;
import io.github.gwdns.core.predict.PlanCasesTest;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests of {@code gwdns explain} over the plan cases: one per way a route ends up with or
 * without records. {@code -Dgwdns.bless=true} rewrites the golden files for review.
 */
class ExplainReportTest {
  private static final Path GOLDEN = Path.of("src/test/resources/explain");

  /** Case file, then the object to explain. */
  private static final String[][] SCENARIOS = {
    {"01-https-section.yaml", "HTTPRoute/shop/web"},
    {"02-default-same.yaml", "HTTPRoute/shop/web"},
    {"07-tcproute-on-tls-predicted.yaml", "TCPRoute/db/postgres"},
    {"10-no-hostname.yaml", "HTTPRoute/web/site"},
    {"16-status-parent-not-in-spec.yaml", "HTTPRoute/web/app"},
    {"18-gateway-name.yaml", "HTTPRoute/c/c"},
    {"19-listenerset-flag-off.yaml", "HTTPRoute/team/app"},
    {"21-listenerset-not-allowed.yaml", "HTTPRoute/team/app"},
    {"27-route-filters.yaml", "HTTPRoute/shop/private"},
    {"28-gateway-filters.yaml", "HTTPRoute/apps/unlabelled"},
    {"29-pending-and-empty-status.yaml", "HTTPRoute/apps/new"},
    {"29-pending-and-empty-status.yaml", "HTTPRoute/apps/broken"},
    {"33-controller-rejections.yaml", "HTTPRoute/web/bad-section"},
    {"33-controller-rejections.yaml", "GRPCRoute/web/grpc"},
    {"33-controller-rejections.yaml", "HTTPRoute/web/no-host"},
    {"34-listener-conflict.yaml", "Gateway/web/gw"},
    {"36-parentref-namespace-default.yaml", "HTTPRoute/shop/web"},
    {"46-external-dns-deployment.yaml", "HTTPRoute/shop/web"},
    {"51-force-default-targets-cloudflare-tunnel.yaml", "HTTPRoute/web/shop"},
    {"52-default-targets-without-force-change-nothing.yaml", "HTTPRoute/web/shop"},
    {"53-forced-default-targets-and-managed-record-types.yaml", "HTTPRoute/web/shop-canary"},
    {"55-external-dns-that-does-not-start.yaml", "HTTPRoute/shop/web"},
    {"41-envoy-tcproute-on-tls-terminate.yaml", "Gateway/db/envoy"},
    {"56-envoy-1.8.1-refuses-routes-without-a-ready-listener.yaml", "HTTPRoute/shop/web"},
    {"56-envoy-1.8.1-refuses-routes-without-a-ready-listener.yaml", "Gateway/infra/public"},
    {"58-envoy-1.8.0-compares-hostnames-before-readiness.yaml", "HTTPRoute/shop/web"},
  };

  @TestFactory
  Stream<DynamicTest> explainsEveryScenario() {
    return Stream.of(SCENARIOS)
        .map(
            s ->
                DynamicTest.dynamicTest(
                    s[0] + " " + s[1],
                    () -> {
                      AnalysisResult result =
                          PlanCasesTest.analyze(PlanCasesTest.CASES.resolve(s[0]));
                      KubeObject object = ExplainReport.find(result, s[1]);
                      assertThat(object).as("object %s", s[1]).isNotNull();
                      StringWriter out = new StringWriter();
                      new ExplainReport(result).write(object, out);
                      Path golden =
                          GOLDEN.resolve(
                              s[0].replace(".yaml", "") + "--" + s[1].replace('/', '-') + ".txt");
                      if (Boolean.getBoolean("gwdns.bless")) {
                        Files.writeString(golden, out.toString(), StandardCharsets.UTF_8);
                      }
                      assertThat(golden)
                          .as("golden %s (bless with -Dgwdns.bless=true)", golden)
                          .exists();
                      assertThat(out.toString())
                          .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
                    }));
  }

  /**
   * Regression: a ListenerSet parent that the external-dns release does not follow used to end
   * explain with StringIndexOutOfBoundsException, parsing the fix out of the reason's text.
   */
  @Test
  void explainsAListenerSetParentOfAnExternalDnsWithoutListenerSetSupport() throws Exception {
    Path fixture =
        Path.of(
            "src/test/resources/fixtures/externaldns-source-missing/fires-listenerset-with-old-external-dns");
    AnalysisResult result =
        Analyzer.run(AnalysisRequest.builder().addPath(fixture).baseDir(fixture).build());
    StringWriter out = new StringWriter();
    new ExplainReport(result).write(ExplainReport.find(result, "HTTPRoute/shop/web"), out);
    assertThat(out.toString())
        .endsWith(
            """
           No endpoints could be generated from HTTPRoute shop/web
           why: ListenerSet infra/shop not found for HTTPRoute shop/web: external-dns v0.20.0 does not follow\
         ListenerSets (support came in v0.21.0)
           fix: run external-dns v0.21.0 or later with --gateway-listener-sets, or attach the route to the Gateway
        """);
  }
}
