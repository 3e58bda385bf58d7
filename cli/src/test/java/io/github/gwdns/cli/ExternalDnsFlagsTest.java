package io.github.gwdns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.predict.ExternalDnsOption;
import io.github.gwdns.core.predict.ExternalDnsOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line's external-dns flags are the option catalog's, each setting its option. */
class ExternalDnsFlagsTest {
  @Test
  void everyCommandThatPredictsTakesEveryCatalogOption() {
    for (String name : List.of("check", "plan", "explain", "graph", "diff", "history")) {
      PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
      String help = help(name, sink);
      for (ExternalDnsOption option : ExternalDnsOption.values()) {
        assertThat(help).as("gwdns %s --help", name).contains(option.option());
      }
    }
  }

  @Test
  void eachFlagSetsItsOption() {
    List<String> args = new ArrayList<>();
    ExternalDnsOptions.Builder expected = ExternalDnsOptions.builder();
    args.add("--source=gateway-httproute,gateway-grpcroute");
    expected.sources(List.of("gateway-httproute", "gateway-grpcroute"));
    args.add("--gateway-listener-sets");
    expected.gatewayListenerSets(true);
    args.add("--ignore-hostname-annotation=false");
    expected.ignoreHostnameAnnotation(false);
    args.addAll(List.of("--domain-filter", "example.com", "--domain-filter", "example.org"));
    expected.domainFilters(List.of("example.com", "example.org"));
    args.add("--fqdn-template={{.Name}}.a.com,{{.Name}}.b.com");
    expected.fqdnTemplates(List.of("{{.Name}}.a.com,{{.Name}}.b.com"));
    args.add("--managed-record-types=a");
    expected.managedRecordTypes(List.of("a")); // as written: external-dns compares exactly
    args.add("--external-dns-version=v0.21.0");
    expected.version(io.github.gwdns.core.predict.ExternalDnsVersion.parse("v0.21.0"));
    args.add("--status-mode=observed");
    expected.statusMode(io.github.gwdns.core.predict.StatusMode.OBSERVED);
    ExternalDnsFlags flags = parse(args);
    ExternalDnsOptions.Builder got = ExternalDnsOptions.builder();
    flags.applyTo(got);
    assertThat(got.build()).isEqualTo(expected.build());
  }

  @Test
  void aBadValueIsAUsageErrorNamingTheFlag() {
    ExternalDnsFlags flags = parse(List.of("--external-dns-version=latest"));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> flags.applyTo(ExternalDnsOptions.builder()))
        .isInstanceOf(Options.UsageException.class)
        .hasMessage("--external-dns-version: 'latest' is not a version like v0.21.0");
  }

  private static ExternalDnsFlags parse(List<String> args) {
    Holder holder = new Holder();
    CommandLine line = new CommandLine(holder);
    holder.flags.addTo(line.getCommandSpec());
    line.parseArgs(args.toArray(String[]::new));
    return holder.flags;
  }

  private static String help(String command, PrintStream err) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Main.run(
        new String[] {command, "--help"},
        new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        err);
    return out.toString(StandardCharsets.UTF_8);
  }

  @CommandLine.Command(name = "holder")
  static final class Holder {
    @CommandLine.Mixin ExternalDnsFlags flags = new ExternalDnsFlags();
  }
}
