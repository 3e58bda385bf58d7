package io.github.gwdns.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.finding.InternalError;
import io.github.gwdns.core.load.SourceFile;
import org.junit.jupiter.api.Test;

/** A bug met on one file costs that file only; the result says the run is incomplete. */
class InternalErrorsTest {
  private static final String BROKEN_ROUTE =
      "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: web, namespace: shop}\n"
          + "spec:\n  parentRefs:\n  - name: missing\n";

  /** A source whose reading fails with an unexpected exception, as a bug in a reader would. */
  static SourceFile buggy(String path) {
    return new SourceFile() {
      @Override
      public String path() {
        return path;
      }

      @Override
      public byte[] read(long maxBytes) {
        throw new IllegalStateException("simulated bug");
      }
    };
  }

  @Test
  void aBugReadingOneFileLeavesTheOthersAnalyzed() throws Exception {
    AnalysisResult result =
        Analyzer.run(
            AnalysisRequest.builder()
                .addSource(buggy("apps/odd.yaml"))
                .addSource(SourceFile.ofText("apps/route.yaml", BROKEN_ROUTE))
                .build());
    assertThat(result.internalErrors())
        .extracting(InternalError::describe)
        .containsExactly("file apps/odd.yaml: IllegalStateException: simulated bug");
    assertThat(result.findings())
        .extracting(Finding::ruleId, f -> f.location().file())
        .contains(
            org.assertj.core.groups.Tuple.tuple("invalid-manifest", "apps/odd.yaml"),
            org.assertj.core.groups.Tuple.tuple("parent-not-found", "apps/route.yaml"));
  }
}
