package io.github.gwdns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.Analyzer;
import io.github.gwdns.core.load.SourceFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The exit code after reporting: never 0 when part of the input was not analyzed. */
class ExitCodeTest {
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private Console console(boolean debug) {
    return new Console(
        new ByteArrayInputStream(new byte[0]),
        new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        false,
        Map.of(),
        debug);
  }

  private static AnalysisResult withBuggyFile() throws Exception {
    SourceFile buggy =
        new SourceFile() {
          @Override
          public String path() {
            return "odd.yaml";
          }

          @Override
          public byte[] read(long maxBytes) {
            throw new IllegalStateException("simulated bug");
          }
        };
    return Analyzer.run(AnalysisRequest.builder().addSource(buggy).build());
  }

  @Test
  void anInternalErrorExitsTwoWithOneLineAndTheTraceOnlyWithDebug() throws Exception {
    AnalysisResult result = withBuggyFile();
    assertThat(ExitCode.after(ExitCode.OK, console(false), result)).isEqualTo(2);
    String line = err.toString(StandardCharsets.UTF_8);
    assertThat(line)
        .isEqualTo(
            "gwdns: internal error: file odd.yaml: IllegalStateException: simulated bug; the reports"
                + " cover the rest (rerun with --debug for the stack trace, and please report it)\n");
    err.reset();
    assertThat(ExitCode.after(ExitCode.FINDINGS, console(true), result)).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("java.lang.IllegalStateException: simulated bug")
        .contains("\tat ");
  }

  @Test
  void aCompleteRunKeepsItsCode() throws Exception {
    AnalysisResult result =
        Analyzer.run(
            AnalysisRequest.builder().addSource(SourceFile.ofText("a.yaml", "a: 1\n")).build());
    assertThat(ExitCode.after(ExitCode.FINDINGS, console(false), result)).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
