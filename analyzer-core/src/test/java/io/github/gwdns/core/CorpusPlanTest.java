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
 * right. The corpus copies hold selected files (Gateway API and external-dns manifests and the
 * kustomizations above them), not whole repositories; routes written in Helm values (app-template
 * {@code route:} blocks) are not rendered yet, and are not counted.
 *
 * <p>Every route gets the namespace its repository gives it (never the default for lack of
 * knowing), and no file that is not a manifest is reported as a broken one.
 */
class CorpusPlanTest {
  /** Routes analyzed, endpoints, pending names and unresolved names of one repository. */
  private record Expected(int routes, int endpoints, int pending, int unresolved) {}

  private static final Map<String, Expected> EXPECTED = new TreeMap<>(Map.of(
      // 5 plain routes (github-webhook, flux-operator, https-redirect, hubble, home-assistant's). 7
      // endpoints: OVH publishes flux-webhook.bjw-s.dev and git.bjw-s.dev through envoy-external
      // (its --gateway-name), UniFi the 5 internal names; targets from the Gateways' alpha target
      // annotation, read by the v0.21.0 the chart 1.21.1 ships.
      "bjw-s-labs__home-ops", new Expected(5, 7, 0, 0),
      // 15 plain routes: 12 live, 3 in archive/ (no entry point in the copy, so analyzed too). Every
      // hostname holds ${DOMAIN_*}, kept in a SOPS-encrypted Secret: 12 names are unresolved, none
      // published, none pending.
      "bykaj__home-ops", new Expected(15, 0, 0, 12),
      // 4 plain routes; flux, headlamp and hubble under admin.mirceanton.com, A records to the
      // Gateway's target IP 10.0.0.250; https-redirect has no hostname of its own.
      "mirceanton__home-ops", new Expected(4, 3, 0, 0),
      // 2 plain routes: flux-webhook.turbo.ac (a CNAME to external.turbo.ac, published by both
      // instances, one record after dedup per instance's plan... counted once each: 2) and
      // https-redirect, opted out with controller: none.
      "onedr0p__home-ops", new Expected(2, 2, 0, 0),
      // 9 plain routes; every hostname holds ${SECRET_DOMAIN} (a runtime Secret): 10 names
      // unresolved (one route has two), none published.
      "rcdailey__home-ops", new Expected(9, 0, 0, 10),
      // 46 plain routes on Argo CD; the repository deploys no external-dns and its Gateways have no
      // status, so the 70 names are pending the controller's address.
      "theepicsaxguy__homelab", new Expected(46, 0, 70, 0)));

  @Test
  void eachHomelabRepositoryGivesItsPinnedRoutesAndRecords() throws AnalysisException {
    Path corpus = CorpusTest.corpusOrSkip("CorpusPlanTest");
    Map<String, Expected> actual = new TreeMap<>();
    List<String> defaulted = new ArrayList<>();
    List<String> falseManifestErrors = new ArrayList<>();
    for (String repo : EXPECTED.keySet()) {
      Path dir = corpus.resolve(repo);
      AnalysisResult result = Analyzer.run(AnalysisRequest.builder().addPath(dir).baseDir(dir).build());
      int routes = 0;
      for (AnalysisResult cluster : result.clusters()) {
        for (Route r : cluster.inventory().routes()) {
          routes++;
          if (r.metadata().namespaceSource() == NamespaceSource.DEFAULT) {
            defaulted.add(repo + ": " + r.ref().display() + " at " + r.provenance().range().display());
          }
        }
      }
      int endpoints = result.plans().stream().mapToInt(p -> p.plan().endpoints().size()).sum();
      int pending = result.plans().stream().mapToInt(p -> p.plan().pending().size()).sum();
      int unresolved = result.plans().stream().mapToInt(p -> p.plan().unresolved().size()).sum();
      actual.put(repo, new Expected(routes, endpoints, pending, unresolved));
      for (Finding f : result.findings()) {
        FileRole role = result.files().get(f.location().file());
        if (f.ruleId().equals("invalid-manifest") && role != null && role != FileRole.RESOURCE) {
          falseManifestErrors.add(repo + ": " + f.location().display() + " (" + role + ")");
        }
      }
    }
    assertThat(actual).as("routes analyzed and plan of each repository").isEqualTo(EXPECTED);
    assertThat(defaulted).as("routes whose namespace gwdns did not find").isEmpty();
    assertThat(falseManifestErrors).as("invalid-manifest errors on files that are not manifests").isEmpty();
  }
}
