package io.github.gwdns.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.model.Route;
import io.github.gwdns.core.render.FileRole;
import io.github.gwdns.core.render.NamespaceSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * What gwdns makes of each homelab repository of the real-world corpus, analyzed whole as its owner
 * would: how many routes it analyzes and what the plan holds, pinned with the reason each number is
 * right. The corpus copies hold selected files (Gateway API and external-dns manifests,
 * HelmReleases with routes in their values, and the kustomizations above them), not whole
 * repositories: most OCIRepositories the HelmReleases name are not among them, so app-template
 * releases are mostly identified by their values, at the newest version gwdns models.
 *
 * <p>Every route gets the namespace its repository gives it (never the default for lack of knowing,
 * but for the routes of {@link #DEFAULTED_BY_THE_REPOSITORY}), and no file that is not a manifest
 * is reported as a broken one.
 */
class CorpusPlanTest {
  /**
   * Routes analyzed (those a chart renders from Helm values among them), endpoints, pending names
   * and unresolved names of one repository.
   */
  private record Expected(int routes, int fromCharts, int endpoints, int pending, int unresolved) {}

  /**
   * Routes whose namespace the copy does not give. bykaj's archived releases of apps/default were
   * the two; archive/ is not applied any more (its Flux Kustomizations name paths the repository no
   * longer has), so there are none.
   */
  private static final List<String> DEFAULTED_BY_THE_REPOSITORY = List.of();

  private static final Map<String, Expected> EXPECTED =
      new TreeMap<>(
          Map.of(
              // 5 plain routes (github-webhook, flux-operator, https-redirect, hubble,
              // home-assistant's) and
              // 41 from Helm values: 36 app-template routes of 35 releases (frigate has two), and
              // kube-prometheus-stack's alertmanager and prometheus, kromgo, konflate and
              // renovate-operator. 55 endpoints: OVH publishes the 9 names on envoy-external (its
              // --gateway-name), UniFi all 46 names; targets from the Gateways' alpha target
              // annotations,
              // read by the v0.21.0 the chart 1.21.1 ships. forgejo's tcpRoute, nextcloud's
              // httpRoute and
              // victoria-logs' server.route are notes (their charts are not identified in the
              // copy).
              "bjw-s-labs__home-ops", new Expected(46, 41, 55, 0, 0),
              // 13 plain routes and 44 from Helm values: the live app-template routes,
              // kube-prometheus-stack's 2, authentik's and rook-ceph-cluster's. archive/ is not
              // applied: its Flux Kustomizations name
              // ./kubernetes/apps/... paths the repository no longer has. Every hostname holds
              // ${DOMAIN_*}, kept in a SOPS-encrypted Secret: 70 names unresolved, none published.
              "bykaj__home-ops", new Expected(57, 44, 0, 0, 70),
              // 4 plain routes and 40 from Helm values: 36 app-template routes,
              // kube-prometheus-stack's 2,
              // konflate and renovate-operator. 47 A records to the Gateways' addresses (jellyfin,
              // qui,
              // bookorbit and feishin have two names each).
              "mirceanton__home-ops", new Expected(44, 40, 47, 0, 0),
              // 2 plain routes and 28 from Helm values: 19 app-template routes,
              // kube-prometheus-stack's 2,
              // kromgo, konflate, echo, ocharted, gatus-sidecar (home-operations charts),
              // flux-operator and
              // rook-ceph-cluster. 45 CNAMEs: the external names are published by both instances.
              "onedr0p__home-ops", new Expected(30, 28, 45, 0, 0),
              // 9 plain routes and 24 app-template routes; every hostname holds ${SECRET_DOMAIN} (a
              // runtime
              // Secret): 41 names unresolved (one route has two), none published. forgejo's
              // httpRoute and
              // tcpRoute, and the pocket-id operator's route, are notes.
              "rcdailey__home-ops", new Expected(33, 24, 0, 0, 41),
              // 46 plain routes on Argo CD; no route in Helm values. The repository deploys no
              // external-dns
              // and its Gateways have no status, so the 70 names are pending the controller's
              // address.
              "theepicsaxguy__homelab", new Expected(46, 0, 0, 70, 0)));

  /**
   * A release whose records were checked by hand against its values, its Gateway's target and the
   * external-dns instances of its repository: each line {@code instance name type targets <- route}
   * (or {@code instance unresolved name <- route}), for every name of a route the chart renders
   * from it.
   */
  private record Checked(String release, List<String> records) {}

  private static final Map<String, Map<String, String>> VARIABLES =
      Map.of(
          "rcdailey__home-ops", Map.of("SECRET_DOMAIN", "example.net"),
          "bykaj__home-ops",
              Map.of(
                  "DOMAIN_APP",
                  "bykaj.app",
                  "DOMAIN_IO",
                  "bykaj.io",
                  "DOMAIN_ID",
                  "bykaj.id",
                  "DOMAIN_NET",
                  "bykaj.net"));

  private static final Map<String, List<Checked>> CHECKED =
      Map.of(
          // envoy-internal's target is ingress-int.bjw-s.dev, envoy-external's
          // ingress-ext.bjw-s.dev
          // (alpha target annotations, read by v0.21.0); OVH publishes only envoy-external's routes
          // (--gateway-name), UniFi every route.
          "bjw-s-labs__home-ops",
              List.of(
                  // Two routes, so suffixed by key, except `frigate`, the release's own name
                  // (4.1.0+).
                  new Checked(
                      "HelmRelease home-automation/frigate",
                      List.of(
                          "network/externaldns-unifi frigate-go2rtc.bjw-s.dev CNAME ingress-int.bjw-s.dev <- HTTPRoute/home-automation/frigate-go2rtc",
                          "network/externaldns-unifi frigate.bjw-s.dev CNAME ingress-int.bjw-s.dev <- HTTPRoute/home-automation/frigate")),
                  new Checked(
                      "HelmRelease observability/gatus",
                      List.of(
                          "network/externaldns-ovh gatus.bjw-s.dev CNAME ingress-ext.bjw-s.dev <- HTTPRoute/observability/gatus",
                          "network/externaldns-ovh status.bjw-s.dev CNAME ingress-ext.bjw-s.dev <- HTTPRoute/observability/gatus",
                          "network/externaldns-unifi gatus.bjw-s.dev CNAME ingress-ext.bjw-s.dev <- HTTPRoute/observability/gatus",
                          "network/externaldns-unifi status.bjw-s.dev CNAME ingress-ext.bjw-s.dev <- HTTPRoute/observability/gatus")),
                  // kube-prometheus-stack: <fullname>-alertmanager and -prometheus (its grafana is
                  // off).
                  new Checked(
                      "HelmRelease observability/kube-prometheus-stack",
                      List.of(
                          "network/externaldns-unifi alertmanager.bjw-s.dev CNAME ingress-int.bjw-s.dev"
                              + " <- HTTPRoute/observability/kube-prometheus-stack-alertmanager",
                          "network/externaldns-unifi prometheus.bjw-s.dev CNAME ingress-int.bjw-s.dev"
                              + " <- HTTPRoute/observability/kube-prometheus-stack-prometheus")),
                  new Checked(
                      "HelmRelease flux-system/konflate",
                      List.of(
                          "network/externaldns-unifi konflate.bjw-s.dev CNAME ingress-int.bjw-s.dev <- HTTPRoute/flux-system/konflate"))),
          // envoy-internal points at internal.turbo.ac, envoy-external at external.turbo.ac;
          // cloudflare-dns has --gateway-name envoy-external.
          "onedr0p__home-ops",
              List.of(
                  new Checked(
                      "HelmRelease default/atuin",
                      List.of(
                          "network/unifi-dns atuin.turbo.ac CNAME internal.turbo.ac <- HTTPRoute/default/atuin")),
                  // `{{ .Release.Name }}.turbo.ac` and hass.turbo.ac on envoy-external: both
                  // instances.
                  new Checked(
                      "HelmRelease default/home-assistant",
                      List.of(
                          "network/cloudflare-dns hass.turbo.ac CNAME external.turbo.ac <- HTTPRoute/default/home-assistant",
                          "network/cloudflare-dns home-assistant.turbo.ac CNAME external.turbo.ac <- HTTPRoute/default/home-assistant",
                          "network/unifi-dns hass.turbo.ac CNAME external.turbo.ac <- HTTPRoute/default/home-assistant",
                          "network/unifi-dns home-assistant.turbo.ac CNAME external.turbo.ac <- HTTPRoute/default/home-assistant")),
                  // The home-operations chart renders its httpRoute through tpl.
                  new Checked(
                      "HelmRelease o11y/gatus-sidecar",
                      List.of(
                          "network/cloudflare-dns gatus-sidecar.turbo.ac CNAME external.turbo.ac <- HTTPRoute/o11y/gatus-sidecar",
                          "network/cloudflare-dns status.turbo.ac CNAME external.turbo.ac <- HTTPRoute/o11y/gatus-sidecar",
                          "network/unifi-dns gatus-sidecar.turbo.ac CNAME external.turbo.ac <- HTTPRoute/o11y/gatus-sidecar",
                          "network/unifi-dns status.turbo.ac CNAME external.turbo.ac <- HTTPRoute/o11y/gatus-sidecar")),
                  // rook-ceph-cluster: <namespace>-dashboard, its one hostname from host.name.
                  new Checked(
                      "HelmRelease rook-ceph/rook-ceph-cluster",
                      List.of(
                          "network/unifi-dns rook.turbo.ac CNAME internal.turbo.ac <- HTTPRoute/rook-ceph/rook-ceph-dashboard"))),
          // envoy-internal of network-system has the address 10.0.10.250, envoy-admin 10.0.0.250;
          // external-dns-mikrotik manages A and CNAME.
          "mirceanton__home-ops",
              List.of(
                  new Checked(
                      "HelmRelease media/jellyfin",
                      List.of(
                          "network-system/external-dns-mikrotik jellyfin.home.mirceanton.com A 10.0.10.250 <- HTTPRoute/media/jellyfin",
                          "network-system/external-dns-mikrotik movies.home.mirceanton.com A 10.0.10.250 <- HTTPRoute/media/jellyfin")),
                  new Checked(
                      "HelmRelease downloads/qui",
                      List.of(
                          "network-system/external-dns-mikrotik qui.home.mirceanton.com A 10.0.10.250 <- HTTPRoute/downloads/qui",
                          "network-system/external-dns-mikrotik torrent.home.mirceanton.com A 10.0.10.250 <- HTTPRoute/downloads/qui")),
                  new Checked(
                      "HelmRelease monitoring-system/kube-prometheus-stack",
                      List.of(
                          "network-system/external-dns-mikrotik alertmanager.admin.mirceanton.com A 10.0.0.250"
                              + " <- HTTPRoute/monitoring-system/kube-prometheus-stack-alertmanager",
                          "network-system/external-dns-mikrotik prometheus.admin.mirceanton.com A 10.0.0.250"
                              + " <- HTTPRoute/monitoring-system/kube-prometheus-stack-prometheus"))),
          // With SECRET_DOMAIN given: internal and external point at
          // internal./external.example.net;
          // cloudflare-dns has --gateway-name external.
          "rcdailey__home-ops",
              List.of(
                  new Checked(
                      "HelmRelease media/sonarr",
                      List.of(
                          "dns-private/external-dns sonarr.example.net CNAME internal.example.net <- HTTPRoute/media/sonarr")),
                  new Checked(
                      "HelmRelease home/home-assistant",
                      List.of(
                          "dns-private/external-dns ha.example.net CNAME external.example.net <- HTTPRoute/home/home-assistant",
                          "network/cloudflare-dns ha.example.net CNAME external.example.net <- HTTPRoute/home/home-assistant")),
                  new Checked(
                      "HelmRelease media/qbittorrent",
                      List.of(
                          "dns-private/external-dns torrent.example.net CNAME internal.example.net <- HTTPRoute/media/qbittorrent"))),
          // With the domains given, the names resolve, but the Gateways' targets hold ${DOMAIN_NET}
          // in
          // a Kustomization without post-build substitution (Flux applies it as written), so every
          // name stays unresolved, listed under its route.
          "bykaj__home-ops",
              List.of(
                  // Route keys `*app` (n8n, the release's name: not suffixed) and `webhook`, with
                  // nested
                  // Flux defaults in the hostnames.
                  new Checked(
                      "HelmRelease default/n8n",
                      List.of(
                          "network/external-dns-cloudflare unresolved n8n-webhook.bykaj.io <- HTTPRoute/default/n8n-webhook",
                          "network/external-dns-unifi unresolved n8n-webhook.bykaj.io <- HTTPRoute/default/n8n-webhook",
                          "network/external-dns-unifi unresolved n8n.bykaj.app <- HTTPRoute/default/n8n")),
                  new Checked(
                      "HelmRelease media/your-spotify",
                      List.of(
                          "network/external-dns-unifi unresolved sptfy-api.bykaj.app <- HTTPRoute/media/your-spotify-server",
                          "network/external-dns-unifi unresolved sptfy.bykaj.app <- HTTPRoute/media/your-spotify-web")),
                  // authentik: <fullname>-server, on envoy-external.
                  new Checked(
                      "HelmRelease security/authentik",
                      List.of(
                          "network/external-dns-cloudflare unresolved auth.bykaj.id <- HTTPRoute/security/authentik-server",
                          "network/external-dns-unifi unresolved auth.bykaj.id <- HTTPRoute/security/authentik-server"))));

  @Test
  void releasesCheckedByHandGetTheirRecords() throws AnalysisException {
    Path corpus = CorpusTest.corpusOrSkip("CorpusPlanTest");
    for (Map.Entry<String, List<Checked>> repo : new TreeMap<>(CHECKED).entrySet()) {
      Path dir = corpus.resolve(repo.getKey());
      AnalysisRequest.Builder request = AnalysisRequest.builder().addPath(dir).baseDir(dir);
      VARIABLES.getOrDefault(repo.getKey(), Map.of()).forEach(request::variable);
      AnalysisResult result = Analyzer.run(request.build());
      assertThat(repo.getValue())
          .as("releases checked in %s", repo.getKey())
          .hasSizeGreaterThanOrEqualTo(3);
      for (Checked checked : repo.getValue()) {
        List<String> records = new ArrayList<>();
        for (io.github.gwdns.core.InstancePlan p : result.plans()) {
          String who = p.instance() == null ? "options" : p.instance().name();
          for (io.github.gwdns.core.predict.Endpoint e : p.plan().endpoints()) {
            for (String source : e.sources()) {
              if (from(p, source, checked.release())) {
                records.add(
                    who
                        + " "
                        + e.dnsName()
                        + " "
                        + e.recordType()
                        + " "
                        + String.join(",", e.targets())
                        + " <- "
                        + source);
              }
            }
          }
          for (io.github.gwdns.core.predict.UnresolvedName u : p.plan().unresolved()) {
            for (String source : u.sources()) {
              if (from(p, source, checked.release())) {
                records.add(who + " unresolved " + u.dnsName() + " <- " + source);
              }
            }
          }
        }
        records.sort(null);
        assertThat(records)
            .as("records of %s in %s", checked.release(), repo.getKey())
            .isEqualTo(checked.records());
      }
    }
  }

  /** True when {@code source} is a route the chart of {@code release} renders. */
  private static boolean from(
      io.github.gwdns.core.InstancePlan plan, String source, String release) {
    Route route = plan.plan().route(source);
    return route != null
        && route.provenance().chart() != null
        && route.provenance().chart().carrier().equals(release);
  }

  @Test
  void eachHomelabRepositoryGivesItsPinnedRoutesAndRecords() throws AnalysisException {
    Path corpus = CorpusTest.corpusOrSkip("CorpusPlanTest");
    Map<String, Expected> actual = new TreeMap<>();
    List<String> defaulted = new ArrayList<>();
    List<String> falseManifestErrors = new ArrayList<>();
    for (String repo : EXPECTED.keySet()) {
      Path dir = corpus.resolve(repo);
      AnalysisResult result =
          Analyzer.run(AnalysisRequest.builder().addPath(dir).baseDir(dir).build());
      int routes = 0;
      int fromCharts = 0;
      for (AnalysisResult cluster : result.clusters()) {
        for (Route r : cluster.inventory().routes()) {
          routes++;
          fromCharts += r.provenance().chart() == null ? 0 : 1;
          if (r.metadata().namespaceSource() == NamespaceSource.DEFAULT) {
            defaulted.add(
                repo + ": " + r.ref().display() + " at " + r.provenance().range().display());
          }
        }
      }
      int endpoints = result.plans().stream().mapToInt(p -> p.plan().endpoints().size()).sum();
      int pending = result.plans().stream().mapToInt(p -> p.plan().pending().size()).sum();
      int unresolved = result.plans().stream().mapToInt(p -> p.plan().unresolved().size()).sum();
      actual.put(repo, new Expected(routes, fromCharts, endpoints, pending, unresolved));
      for (Finding f : result.findings()) {
        FileRole role = result.files().get(f.location().file());
        if (f.ruleId().equals("invalid-manifest") && role != null && role != FileRole.RESOURCE) {
          falseManifestErrors.add(repo + ": " + f.location().display() + " (" + role + ")");
        }
      }
    }
    assertThat(actual).as("routes analyzed and plan of each repository").isEqualTo(EXPECTED);
    assertThat(defaulted)
        .as("routes whose namespace gwdns did not find")
        .isEqualTo(DEFAULTED_BY_THE_REPOSITORY);
    assertThat(falseManifestErrors)
        .as("invalid-manifest errors on files that are not manifests")
        .isEmpty();
  }
}
