package io.github.gwdns.core.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.Analyzer;
import io.github.gwdns.core.load.SourceFile;
import io.github.gwdns.core.predict.ExternalDnsOption;
import io.github.gwdns.core.predict.ExternalDnsOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every external-dns flag of the option catalog is read from a Deployment's container args. */
class ExternalDnsOptionFromDeploymentTest {
  @Test
  void everyCatalogFlagIsReadFromTheContainerArgs() throws Exception {
    for (ExternalDnsOption option : ExternalDnsOption.values()) {
      if (!option.externalDnsFlag()) {
        continue;
      }
      String value =
          switch (option.type()) {
            case BOOLEAN -> "true";
            case LIST -> option == ExternalDnsOption.SOURCE ? "gateway-grpcroute" : "AAAA";
            case TEXT -> option == ExternalDnsOption.PROVIDER ? "cloudflare" : "value";
          };
      String manifest =
          ExternalDnsDeploymentTest.deployment(
              "external-dns",
              "v0.22.0",
              "--source=gateway-httproute",
              option == ExternalDnsOption.PROVIDER ? "--txt-owner-id=x" : "--provider=aws",
              "--policy=sync",
              // kingpin refuses a value on a bool flag: external-dns takes it bare.
              option.type() == ExternalDnsOption.Type.BOOLEAN
                  ? option.option()
                  : option.option() + "=" + value);
      AnalysisResult result =
          Analyzer.run(
              AnalysisRequest.builder()
                  .whole(true)
                  .addSource(
                      SourceFile.ofBytes("dns.yaml", manifest.getBytes(StandardCharsets.UTF_8)))
                  .build());
      ExternalDnsOptions options = result.plans().get(0).plan().options();
      assertThat(options.origin(option))
          .as(option.option())
          .isEqualTo("Deployment dns/external-dns");
      List<String> expected =
          option == ExternalDnsOption.SOURCE
              ? List.of("gateway-httproute", "gateway-grpcroute")
              : List.of(value);
      assertThat(option.values(options)).as(option.option()).isEqualTo(expected);
    }
  }
}
