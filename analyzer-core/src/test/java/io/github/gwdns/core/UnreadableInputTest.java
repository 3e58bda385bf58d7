package io.github.gwdns.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.load.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An input that cannot be read is reported, the rest is analyzed, and the result says it is
 * incomplete.
 */
class UnreadableInputTest {
  private static final String BROKEN_ROUTE =
      "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: web, namespace: shop}\n"
          + "spec:\n  parentRefs:\n  - name: missing\n";

  @TempDir Path dir;

  @Test
  void aFileThatFailsToReadIsAFindingAndMarksTheResultIncomplete() throws Exception {
    SourceFile failing =
        new SourceFile() {
          @Override
          public String path() {
            return "apps/locked.yaml";
          }

          @Override
          public byte[] read(long maxBytes) throws IOException {
            throw new IOException("Input/output error");
          }
        };
    AnalysisResult result =
        Analyzer.run(
            AnalysisRequest.builder()
                .addSource(failing)
                .addSource(SourceFile.ofText("apps/route.yaml", BROKEN_ROUTE))
                .build());
    assertThat(result.unreadable())
        .containsExactly("apps/locked.yaml: file not read: Input/output error");
    assertThat(result.findings())
        .extracting(Finding::ruleId, f -> f.location().file())
        .contains(
            org.assertj.core.groups.Tuple.tuple("invalid-manifest", "apps/locked.yaml"),
            org.assertj.core.groups.Tuple.tuple("parent-not-found", "apps/route.yaml"));
  }

  @Test
  void aReadableInputIsComplete() throws Exception {
    AnalysisResult result =
        Analyzer.run(
            AnalysisRequest.builder()
                .addSource(SourceFile.ofText("apps/route.yaml", BROKEN_ROUTE))
                .build());
    assertThat(result.unreadable()).isEmpty();
  }

  @Test
  void unreadableFilesAndDirectoriesOnDiskAreListed() throws Exception {
    assumeFalse(
        "root".equals(System.getProperty("user.name")),
        "root reads every file; permissions cannot be tested");
    Files.writeString(dir.resolve("route.yaml"), BROKEN_ROUTE);
    Path file = Files.writeString(dir.resolve("locked.yaml"), "a: 1\n");
    Path sub = Files.createDirectory(dir.resolve("sealed"));
    Files.writeString(sub.resolve("x.yaml"), "a: 1\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("---------"));
    try {
      AnalysisResult result =
          Analyzer.run(AnalysisRequest.builder().addPath(dir).baseDir(dir).build());
      assertThat(result.unreadable())
          .containsExactly(
              "locked.yaml: file not read: permission denied", "sealed: permission denied");
      assertThat(result.findings()).extracting(Finding::ruleId).contains("parent-not-found");
      assertThatThrownBy(
              () ->
                  Analyzer.run(
                      AnalysisRequest.builder()
                          .addPath(sub.resolve("x.yaml"))
                          .baseDir(dir)
                          .build()))
          .isInstanceOf(AnalysisException.class)
          .hasMessage("cannot read path '" + sub.resolve("x.yaml") + "': permission denied");
    } finally {
      Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("rwx------"));
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
  }
}
