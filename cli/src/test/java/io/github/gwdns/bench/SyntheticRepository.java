package io.github.gwdns.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A GitOps repository of a given size, the same for the same seed. Namespaces with team labels (in
 * a few large multi-document files); Gateways with the usual {@code http} (Same) and {@code https}
 * (All) listeners plus a Selector listener, TLS, TCP and UDP listeners, wildcard hostnames, a few
 * of them with a mistyped class, no address or conflicting listeners; routes of all five kinds, one
 * per file in nested directories, with hostnames, annotations and cross-namespace parentRefs, about
 * 4% of them broken, each in one rule's way.
 */
final class SyntheticRepository {
  /** What was written. */
  record Written(int objects, int files, long bytes, List<Path> routeFiles) {}

  /** The ways a route is broken, one rule each. */
  private static final String[] BROKEN = {
    "section-not-found", "namespace-not-allowed", "hostname-mismatch", "protocol-mismatch",
        "parent-not-found",
    "invalid-manifest", "port-mismatch", "no-hostname", "dns-conflict", "annotation-misplaced",
    "annotation-prefix-mismatch", "parent-unsupported-kind", "route-not-accepted"
  };

  private final Random random;
  private final Path root;
  private int objects;
  private int files;
  private long bytes;
  private final List<Path> routeFiles = new ArrayList<>();

  private SyntheticRepository(Path root, long seed) {
    this.root = root;
    this.random = new Random(seed);
  }

  /** Writes a repository of about {@code size} objects under {@code root}. */
  static Written generate(Path root, int size, long seed) throws IOException {
    SyntheticRepository repo = new SyntheticRepository(root, seed);
    repo.write(size);
    return new Written(repo.objects, repo.files, repo.bytes, repo.routeFiles);
  }

  private void write(int size) throws IOException {
    int namespaces = Math.max(4, size / 40);
    int gateways = Math.max(2, size / 250);
    int routes = Math.max(1, size - namespaces - gateways - 1);
    file(
        "clusters/prod/infra/gatewayclass.yaml",
        "apiVersion: gateway.networking.k8s.io/v1\nkind: GatewayClass\nmetadata:\n  name: envoy\n"
            + "spec:\n  controllerName: gateway.envoyproxy.io/gatewayclass-controller\n");
    objects++;
    StringBuilder bundle = new StringBuilder();
    int bundles = 0;
    for (int n = 0; n < namespaces; n++) {
      bundle
          .append("---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: app-")
          .append(n)
          .append("\n  labels:\n    team: t")
          .append(n % 7)
          .append("\n    gateway-access: \"")
          .append(n % 3 != 0)
          .append("\"\n");
      objects++;
      if ((n + 1) % 1000 == 0 || n == namespaces - 1) {
        file("clusters/prod/namespaces/namespaces-" + bundles++ + ".yaml", bundle.toString());
        bundle.setLength(0);
      }
    }
    for (int g = 0; g < gateways; g++) {
      file("clusters/prod/infra/gateway-" + g + "/gateway.yaml", gateway(g));
      objects++;
    }
    java.util.Set<Integer> charted = new java.util.HashSet<>();
    for (int r = 0; r < routes; r++) {
      int ns = random.nextInt(namespaces);
      int gw = random.nextInt(gateways);
      String manifest = route(r, ns, gw);
      // Half the HTTPRoutes are app-template route values, as in homelab repositories.
      boolean release =
          r % 2 == 0
              && manifest.contains("kind: HTTPRoute\n")
              && !manifest.contains("status:")
              && manifest.contains("      sectionName: ")
              && !manifest.contains("port: 9999")
              && !manifest.contains("/target:");
      if (release && charted.add(ns)) {
        file(
            "clusters/prod/apps/app-" + ns + "/app-template.yaml",
            "apiVersion: source.toolkit.fluxcd.io/v1\nkind: OCIRepository\n"
                + "metadata:\n  name: app-template\n  namespace: app-"
                + ns
                + "\nspec:\n  url: oci://ghcr.io/bjw-s-labs/helm/app-template\n"
                + "  ref:\n    tag: 4.6.2\n");
        objects++;
      }
      Path path =
          release
              ? file(
                  "clusters/prod/apps/app-" + ns + "/route-" + r + "/helmrelease.yaml",
                  helmRelease(r, ns, manifest))
              : file("clusters/prod/apps/app-" + ns + "/route-" + r + "/route.yaml", manifest);
      routeFiles.add(path);
      objects++;
    }
  }

  /** The HTTPRoute {@code manifest} written as the route of an app-template release. */
  private static String helmRelease(int r, int ns, String manifest) {
    String host = between(manifest, "  hostnames:\n    - ", "\n");
    String ttl = between(manifest, "ttl: \"", "\"");
    String prefix =
        manifest.contains("external-dns.alpha.kubernetes.io/")
            ? "external-dns.alpha.kubernetes.io/"
            : "external-dns.kubernetes.io/";
    return "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: route-"
        + r
        + "\n  namespace: app-"
        + ns
        + "\nspec:\n  interval: 1h\n  chartRef:\n    kind: OCIRepository\n    name: app-template\n  values:\n"
        + "    controllers:\n      app:\n        containers:\n          app:\n            image:\n              repository: ghcr.io/example/app\n"
        + "              tag: 1.0.0\n    service:\n      app:\n        controller: app\n        ports:\n          http:\n            port: 8080\n"
        + "    route:\n      app:\n        annotations:\n          "
        + prefix
        + "ttl: \""
        + ttl
        + "\"\n        hostnames:\n          - "
        + host
        + "\n        parentRefs:\n          - name: "
        + between(manifest, "    - name: ", "\n")
        + "\n            namespace: infra\n"
        + "            sectionName: "
        + between(manifest, "      sectionName: ", "\n")
        + "\n";
  }

  private static String between(String text, String before, String after) {
    int start = text.indexOf(before) + before.length();
    return text.substring(start, text.indexOf(after, start));
  }

  private Path file(String relative, String text) throws IOException {
    Path path = root.resolve(relative);
    Files.createDirectories(path.getParent());
    byte[] content = text.getBytes(StandardCharsets.UTF_8);
    Files.write(path, content);
    files++;
    bytes += content.length;
    return path;
  }

  private String gateway(int g) {
    // One Gateway in a hundred has a mistyped class, one has no address, one has conflicting
    // listeners.
    String cls = g % 100 == 7 ? "envoi" : "envoy";
    String address =
        g % 100 == 13
            ? "  addresses: []\n"
            : "  addresses:\n    - value: 203.0." + (g / 250 % 250) + "." + (g % 250 + 1) + "\n";
    StringBuilder y = new StringBuilder();
    y.append("apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata:\n  name: gw-")
        .append(g)
        .append("\n  namespace: infra\nspec:\n  gatewayClassName: ")
        .append(cls)
        .append("\n  listeners:\n")
        .append("    - name: http\n      port: 80\n      protocol: HTTP\n")
        .append("    - name: https\n      port: 443\n      protocol: HTTPS\n      hostname: \"*.z")
        .append(g)
        .append(".example.com\"\n")
        .append("      tls:\n        certificateRefs:\n          - name: wildcard-")
        .append(g)
        .append("\n")
        .append("      allowedRoutes:\n        namespaces:\n          from: All\n")
        .append(
            "    - name: internal\n      port: 8443\n      protocol: HTTPS\n      hostname: \"*.internal.z")
        .append(g)
        .append(".example.com\"\n")
        .append("      tls:\n        certificateRefs:\n          - name: internal-")
        .append(g)
        .append("\n")
        .append(
            "      allowedRoutes:\n        namespaces:\n          from: Selector\n          selector:\n            matchLabels:\n              gateway-access: \"true\"\n")
        .append("    - name: tls\n      port: 9443\n      protocol: TLS\n      hostname: \"*.tls.z")
        .append(g)
        .append(".example.com\"\n")
        .append(
            "      tls:\n        mode: Passthrough\n      allowedRoutes:\n        namespaces:\n          from: All\n")
        .append(
            "    - name: tcp\n      port: 5432\n      protocol: TCP\n      allowedRoutes:\n        namespaces:\n          from: All\n")
        .append(
            "    - name: udp\n      port: 53\n      protocol: UDP\n      allowedRoutes:\n        namespaces:\n          from: All\n");
    if (g % 100 == 19) {
      y.append(
          "    - name: clash\n      port: 5432\n      protocol: UDP\n      allowedRoutes:\n        namespaces:\n          from: All\n");
    }
    y.append("status:\n").append(address);
    return y.toString();
  }

  private String route(int r, int ns, int gw) {
    int pick = random.nextInt(100);
    String kind =
        pick < 70
            ? "HTTPRoute"
            : pick < 80
                ? "GRPCRoute"
                : pick < 90 ? "TLSRoute" : pick < 95 ? "TCPRoute" : "UDPRoute";
    String broken = random.nextInt(100) < 4 ? BROKEN[random.nextInt(BROKEN.length)] : "";
    String apiVersion =
        kind.equals("TCPRoute") || kind.equals("UDPRoute")
            ? "gateway.networking.k8s.io/v1alpha2"
            : "gateway.networking.k8s.io/v1";
    String section =
        switch (kind) {
          case "HTTPRoute", "GRPCRoute" -> random.nextInt(4) == 0 ? "internal" : "https";
          case "TLSRoute" -> "tls";
          case "TCPRoute" -> "tcp";
          default -> "udp";
        };
    String zone =
        section.equals("internal")
            ? "internal.z" + gw
            : section.equals("tls") ? "tls.z" + gw : "z" + gw;
    String host = "r" + r + "." + zone + ".example.com";
    String gateway = "gw-" + gw;
    String prefix = "external-dns.kubernetes.io/";
    String parentExtra = "";
    switch (broken) {
      case "section-not-found" -> section = "htps";
      case "namespace-not-allowed" -> section = "http";
      case "hostname-mismatch" -> host = "r" + r + ".elsewhere.example.org";
      case "protocol-mismatch" -> section = kind.equals("UDPRoute") ? "tcp" : "udp";
      case "parent-not-found" -> gateway = "gw-" + gw + "-old";
      case "port-mismatch" -> parentExtra = "\n      port: 9999";
      case "dns-conflict" -> host = "r" + Math.max(0, r - 1) + "." + zone + ".example.com";
      case "annotation-prefix-mismatch" -> prefix = "external-dns.alpha.kubernetes.io/";
      default -> {}
    }
    StringBuilder y = new StringBuilder();
    y.append("apiVersion: ")
        .append(apiVersion)
        .append("\nkind: ")
        .append(kind)
        .append("\nmetadata:\n  name: route-")
        .append(r)
        .append("\n  namespace: app-")
        .append(ns)
        .append("\n  labels:\n    app: route-")
        .append(r)
        .append("\n  annotations:\n")
        .append("    ")
        .append(prefix)
        .append("ttl: \"")
        .append(60 * (1 + r % 5))
        .append("\"\n");
    if (broken.equals("annotation-misplaced")) {
      y.append("    external-dns.kubernetes.io/target: 198.51.100.")
          .append(r % 250 + 1)
          .append('\n');
    }
    boolean hostnames =
        kind.equals("HTTPRoute") || kind.equals("GRPCRoute") || kind.equals("TLSRoute");
    if (!hostnames && !broken.equals("no-hostname")) {
      y.append("    ").append(prefix).append("hostname: ").append(host).append('\n');
    }
    y.append("spec:\n");
    if (broken.equals("invalid-manifest")) {
      y.append("  parentRefs:\n    name: ").append(gateway).append('\n');
    } else if (broken.equals("parent-unsupported-kind")) {
      y.append("  parentRefs:\n    - group: \"\"\n      kind: Service\n      name: svc-")
          .append(r)
          .append('\n');
    } else {
      y.append("  parentRefs:\n    - name: ")
          .append(gateway)
          .append("\n      namespace: infra\n      sectionName: ")
          .append(section)
          .append(parentExtra)
          .append('\n');
    }
    if (hostnames) {
      y.append("  hostnames:\n    - ").append(host).append('\n');
    }
    y.append("  rules:\n    - backendRefs:\n        - name: svc-")
        .append(r)
        .append("\n          port: 8080\n");
    if (broken.equals("route-not-accepted")) {
      y.append("status:\n  parents:\n    - parentRef:\n        name: ")
          .append(gateway)
          .append("\n        namespace: infra\n")
          .append("      controllerName: gateway.envoyproxy.io/gatewayclass-controller\n")
          .append(
              "      conditions:\n        - type: Accepted\n          status: \"False\"\n          reason: NotAllowedByListeners\n");
    }
    return y.toString();
  }
}
