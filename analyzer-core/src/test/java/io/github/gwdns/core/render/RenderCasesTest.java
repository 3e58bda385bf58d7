package io.github.gwdns.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.Analyzer;
import io.github.gwdns.core.InstancePlan;
import io.github.gwdns.core.config.GwdnsConfig;
import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.finding.Notice;
import io.github.gwdns.core.model.KubeObject;
import io.github.gwdns.core.predict.Endpoint;
import io.github.gwdns.core.predict.PendingName;
import io.github.gwdns.core.predict.UnresolvedName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Repository layouts as kustomize, Flux and Argo CD apply them: each directory under {@code
 * render-cases/} is a small repository (written for the test, after patterns of public GitOps
 * repositories), analyzed whole, with its root as the repository root. {@code expected.txt} holds
 * what the render stage must get right, exactly:
 *
 * <ul>
 *   <li>{@code cluster}: each cluster and its entry points;
 *   <li>{@code object}: every Gateway API object of each cluster, with its file, position and where
 *       its namespace came from;
 *   <li>{@code instance}: the external-dns instances read, with the version;
 *   <li>{@code record}, {@code pending}, {@code unresolved}: each cluster's plan;
 *   <li>{@code finding}: every finding (all rules), as {@code file:line:col: level [rule] message};
 *   <li>{@code notice}: every notice;
 *   <li>{@code role}: every file read that is not a manifest, with its role.
 * </ul>
 *
 * An object a chart renders from a release's values also gets a {@code rendered} line (its release,
 * values, model and chart) and a {@code field} line for each of its hostnames and parentRef names,
 * with the position in the values.
 *
 * <p>An optional {@code case.yaml} gives {@code clusters} (directories for {@code --cluster}),
 * {@code paths} (what to analyze, default the whole case) and {@code variables}; a {@code
 * .gwdns.yaml} of the case is applied as the CLI applies it. Run with {@code -Dgwdns.bless=true} to
 * rewrite the expectations, then review the diff line by line.
 */
class RenderCasesTest {
  static final Path CASES = Path.of("src/test/resources/render-cases");
  private static final Set<String> GATEWAY_API =
      Set.of(
          "Gateway",
          "GatewayClass",
          "HTTPRoute",
          "GRPCRoute",
          "TLSRoute",
          "TCPRoute",
          "UDPRoute",
          "ListenerSet",
          "XListenerSet",
          "ReferenceGrant");

  @TestFactory
  Stream<DynamicTest> cases() throws IOException {
    List<Path> dirs;
    try (Stream<Path> list = Files.list(CASES)) {
      dirs = list.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(dirs).isNotEmpty();
    return dirs.stream()
        .map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> run(d)));
  }

  @SuppressWarnings("unchecked")
  static AnalysisResult analyze(Path dir) throws Exception {
    AnalysisRequest.Builder request =
        AnalysisRequest.builder().baseDir(dir).excludes(List.of("expected.txt", "case.yaml"));
    Path spec = dir.resolve("case.yaml");
    Map<String, Object> options =
        Files.exists(spec)
            ? (Map<String, Object>)
                new Load(LoadSettings.builder().build()).loadFromString(Files.readString(spec))
            : Map.of();
    for (Object p : (List<Object>) options.getOrDefault("paths", List.of("."))) {
      request.addPath(dir.resolve(String.valueOf(p)));
    }
    for (Object c : (List<Object>) options.getOrDefault("clusters", List.of())) {
      request.cluster(dir.resolve(String.valueOf(c)));
    }
    ((Map<String, Object>) options.getOrDefault("variables", Map.of()))
        .forEach((k, v) -> request.variable(k, String.valueOf(v)));
    Path config = dir.resolve(".gwdns.yaml");
    if (Files.exists(config)) {
      GwdnsConfig settings = GwdnsConfig.load(config);
      settings.applyTo(request);
      io.github.gwdns.core.predict.ExternalDnsOptions.Builder dns =
          io.github.gwdns.core.predict.ExternalDnsOptions.builder();
      settings.applyTo(dns);
      request.externalDns(dns.build());
    }
    return Analyzer.run(request.build());
  }

  static String describe(AnalysisResult result) {
    StringBuilder out = new StringBuilder();
    for (Notice n : result.notices()) {
      if (n.message().contains("cluster, from") || n.message().contains("clusters, from")) {
        out.append("cluster ").append(n.message()).append('\n');
      }
    }
    for (AnalysisResult cluster : result.clusters()) {
      String name = cluster.cluster().isEmpty() ? "" : "[" + cluster.cluster() + "] ";
      List<String> lines = new ArrayList<>();
      for (KubeObject o : cluster.manifests().objects()) {
        if (GATEWAY_API.contains(o.kind())) {
          String object = name + o.kind() + " " + o.ref().namespacedName();
          lines.add(
              "object "
                  + object
                  + " at "
                  + o.provenance().rangeOf("metadata.name").display()
                  + (o.metadata().namespace().isEmpty()
                      ? ""
                      : " namespace "
                          + o.metadata().namespaceSource()
                          + " ("
                          + o.metadata().namespaceOrigin()
                          + ")"));
          if (o.provenance().chart() != null) {
            lines.add("rendered " + object + " " + o.provenance().chart().describe());
            if (o instanceof io.github.gwdns.core.model.Route r) {
              for (int i = 0; i < r.hostnames().size(); i++) {
                lines.add(
                    "field "
                        + object
                        + " spec.hostnames["
                        + i
                        + "] = "
                        + r.hostnames().get(i)
                        + " at "
                        + o.provenance().rangeOf("spec.hostnames[" + i + "]").display());
              }
              for (io.github.gwdns.core.model.ParentReference ref : r.parentRefs()) {
                String path = "spec.parentRefs[" + ref.index() + "]";
                lines.add(
                    "field "
                        + object
                        + " "
                        + path
                        + " = "
                        + ref.kind()
                        + " "
                        + ref.namespace()
                        + "/"
                        + ref.name()
                        + (ref.sectionName() == null ? "" : " sectionName " + ref.sectionName())
                        + " at "
                        + o.provenance().rangeOf(path + ".name").display());
              }
            }
          }
        }
      }
      lines.sort(null);
      lines.forEach(l -> out.append(l).append('\n'));
      for (var i : cluster.instances()) {
        out.append("instance ")
            .append(name)
            .append(i.label())
            .append(" (")
            .append(i.options().version() == null ? "version unknown" : i.options().version())
            .append(")\n");
      }
      for (InstancePlan p : cluster.plans()) {
        String who = name + (p.instance() == null ? "options" : p.instance().name()) + ": ";
        for (Endpoint e : p.plan().endpoints()) {
          out.append("record ")
              .append(who)
              .append(e.dnsName())
              .append(' ')
              .append(e.recordType())
              .append(' ')
              .append(String.join(",", e.targets()))
              .append(" <- ")
              .append(String.join(", ", e.sources()))
              .append('\n');
        }
        for (PendingName e : p.plan().pending()) {
          out.append("pending ")
              .append(who)
              .append(e.dnsName())
              .append(" <- ")
              .append(String.join(", ", e.sources()))
              .append('\n');
        }
        for (UnresolvedName e : p.plan().unresolved()) {
          out.append("unresolved ")
              .append(who)
              .append(e.dnsName())
              .append(" <- ")
              .append(String.join(", ", e.sources()))
              .append('\n');
        }
      }
    }
    for (Finding f : result.findings()) {
      out.append("finding ")
          .append(f.location().display())
          .append(": ")
          .append(f.severity().id())
          .append(" [")
          .append(f.ruleId())
          .append("] ")
          .append(f.message())
          .append('\n');
    }
    for (Notice n : result.notices()) {
      if (!(n.message().contains("cluster, from") || n.message().contains("clusters, from"))) {
        out.append("notice ")
            .append(n.file().isEmpty() ? "" : n.file() + ": ")
            .append(n.message())
            .append('\n');
      }
    }
    result
        .files()
        .forEach(
            (file, role) -> {
              if (role != FileRole.RESOURCE) {
                out.append("role ").append(file).append(' ').append(role.id()).append('\n');
              }
            });
    return out.toString();
  }

  private static void run(Path dir) throws Exception {
    String actual = describe(analyze(dir));
    Path golden = dir.resolve("expected.txt");
    if (Boolean.getBoolean("gwdns.bless")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden)
        .as("expectation of %s (run with -Dgwdns.bless=true to create it)", dir)
        .exists();
    assertThat(actual)
        .as("what %s renders to", dir.getFileName())
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
