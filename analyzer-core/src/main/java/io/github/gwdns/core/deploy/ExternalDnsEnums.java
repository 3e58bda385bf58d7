package io.github.gwdns.core.deploy;

import java.util.List;
import java.util.Map;

/**
 * The values external-dns's enum flags take, per release, as its kingpin enums list them (in their
 * order, which its error message keeps): {@code --provider}, {@code --source}, {@code --policy},
 * {@code --registry}. Other enum flags are not checked.
 */
final class ExternalDnsEnums {
  private ExternalDnsEnums() {}

  private static final List<String> PROVIDERS_0_19 =
      List.of(
          "akamai",
          "alibabacloud",
          "aws",
          "aws-sd",
          "azure",
          "azure-dns",
          "azure-private-dns",
          "civo",
          "cloudflare",
          "coredns",
          "digitalocean",
          "dnsimple",
          "exoscale",
          "gandi",
          "godaddy",
          "google",
          "inmemory",
          "linode",
          "ns1",
          "oci",
          "ovh",
          "pdns",
          "pihole",
          "plural",
          "rfc2136",
          "scaleway",
          "skydns",
          "transip",
          "webhook");

  /** A provider and the release that no longer has it. */
  private static final Map<String, String> REMOVED =
      Map.of(
          "digitalocean",
          "0.21",
          "akamai",
          "0.22",
          "plural",
          "0.22",
          "transip",
          "0.22",
          "gandi",
          "head");

  private static final List<String> SOURCES_0_19 =
      List.of(
          "service",
          "ingress",
          "node",
          "pod",
          "gateway-httproute",
          "gateway-grpcroute",
          "gateway-tlsroute",
          "gateway-tcproute",
          "gateway-udproute",
          "istio-gateway",
          "istio-virtualservice",
          "cloudfoundry",
          "contour-httpproxy",
          "gloo-proxy",
          "fake",
          "connector",
          "crd",
          "empty",
          "skipper-routegroup",
          "openshift-route",
          "ambassador-host",
          "kong-tcpingress",
          "f5-virtualserver",
          "f5-transportserver",
          "traefik-proxy");

  /**
   * The values flag {@code name} takes in {@code flags}' release, or null when gwdns does not check
   * it.
   */
  static List<String> allowed(String name, ExternalDnsFlags flags) {
    int release = flags.index();
    return switch (name) {
      case "provider" ->
          PROVIDERS_0_19.stream()
              .filter(
                  p ->
                      !REMOVED.containsKey(p)
                          || release < ExternalDnsFlags.RELEASES.indexOf(REMOVED.get(p)))
              .toList();
      case "source" -> {
        if (release < 2) {
          yield SOURCES_0_19;
        }
        List<String> sources =
            new java.util.ArrayList<>(
                SOURCES_0_19.stream().filter(s -> !s.equals("cloudfoundry")).toList());
        sources.add("unstructured");
        yield release >= 3 ? sources.stream().sorted().toList() : sources;
      }
      case "policy" ->
          release >= 3
              ? List.of("", "sync", "upsert-only", "create-only")
              : List.of("sync", "upsert-only", "create-only");
      case "registry" ->
          release >= 3
              ? List.of("aws-sd", "crd", "dynamodb", "noop", "txt")
              : List.of("txt", "noop", "dynamodb", "aws-sd");
      default -> null;
    };
  }

  /**
   * " (gandi was removed after v0.22.0)" when {@code provider} is one external-dns dropped; else
   * "".
   */
  static String removedProvider(String provider, ExternalDnsFlags flags) {
    String removed = REMOVED.get(provider);
    if (removed == null) {
      return "";
    }
    String in = removed.equals("head") ? "after v0.22.0" : "in v" + removed + ".0";
    return " (external-dns removed the in-tree "
        + provider
        + " provider "
        + in
        + "; run it as a webhook provider, or keep a release"
        + " that has it)";
  }
}
