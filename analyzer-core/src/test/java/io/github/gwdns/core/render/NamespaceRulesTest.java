package io.github.gwdns.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.Analyzer;
import io.github.gwdns.core.model.Route;
import io.github.gwdns.core.report.ExplainReport;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Namespaces as kustomize and Flux set them, on the tree in {@code src/test/resources/namespaces}:
 * kustomization.yaml {@code namespace:} and Flux {@code targetNamespace} override {@code
 * metadata.namespace}, the outermost kustomization wins, and a kustomization.yaml above the
 * analyzed directory still applies.
 */
class NamespaceRulesTest {
  static final Path TREE = Path.of("src/test/resources/namespaces");

  private static AnalysisResult analyze(String... paths) throws Exception {
    AnalysisRequest.Builder request = AnalysisRequest.builder().baseDir(TREE);
    for (String p : paths) {
      request.addPath(TREE.resolve(p));
    }
    return Analyzer.run(request.build());
  }

  private static List<String> namespaces(AnalysisResult result) {
    return result.inventory().routes().stream()
        .map(
            r ->
                r.metadata().name()
                    + " "
                    + r.metadata().namespace()
                    + " "
                    + r.metadata().namespaceSource()
                    + " ("
                    + r.metadata().namespaceOrigin()
                    + ")")
        .sorted()
        .toList();
  }

  @Test
  void kustomizeAndFluxOverrideMetadataNamespace() throws Exception {
    assertThat(namespaces(analyze(".")))
        .containsExactly(
            // Flux's targetNamespace beats the kustomization.yaml under its path and
            // metadata.namespace.
            "blog web FLUX (targetNamespace of Flux Kustomization flux-system/web (flux/apps.yaml))",
            // The outer kustomization's namespace beats the inner one's (kustomize applies it
            // last).
            "shop apps KUSTOMIZATION (namespace of apps/kustomization.yaml)",
            // Not listed in any kustomization's resources: kustomize never touches it.
            "stray stray METADATA (metadata.namespace)",
            "unlisted apps ASSUMED (namespace of apps/kustomization.yaml, the nearest above the file (it does not list it;"
                + " assumed passed on as a Flux targetNamespace))",
            "web apps KUSTOMIZATION (namespace of apps/kustomization.yaml)");
  }

  @Test
  void aKustomizationAboveTheAnalyzedDirectoryStillApplies() throws Exception {
    AnalysisResult result = analyze("apps/shop");
    assertThat(result.stats().files()).isEqualTo(2);
    assertThat(namespaces(result))
        .containsExactly("shop apps KUSTOMIZATION (namespace of apps/kustomization.yaml)");
    assertThat(namespaces(analyze("apps/shop/route.yaml")))
        .containsExactly("shop apps KUSTOMIZATION (namespace of apps/kustomization.yaml)");
  }

  @Test
  void explainShowsWhereTheNamespaceComesFrom() throws Exception {
    AnalysisResult result = analyze("apps/shop");
    Route shop = result.inventory().routes().get(0);
    StringWriter out = new StringWriter();
    new ExplainReport(result).write(shop, out);
    assertThat(out.toString())
        .contains("\nnamespace `apps` from namespace of apps/kustomization.yaml\n");
  }
}
