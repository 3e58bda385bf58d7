package io.github.gwdns.core;

import io.github.gwdns.core.load.SourceFile;
import io.github.gwdns.core.rules.RuleSelection;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** Builds analyses of in-memory files for tests. */
public final class Inputs {
  private Inputs() {}

  /**
   * Analyzes the files given as alternating path and content arguments; only invalid-manifest runs.
   */
  public static AnalysisResult analyze(String... pathsAndTexts) {
    // The files given are all there is: a test's input is whole.
    AnalysisRequest.Builder request =
        AnalysisRequest.builder().whole(true).rules(RuleSelection.only(Set.of("invalid-manifest")));
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      request.addSource(
          SourceFile.ofBytes(
              pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8)));
    }
    try {
      return Analyzer.run(request.build());
    } catch (AnalysisException e) {
      throw new AssertionError(e);
    }
  }

  /** Analyzes the files given as alternating path and content arguments with every rule. */
  public static AnalysisResult analyzeWithAllRules(String... pathsAndTexts) {
    AnalysisRequest.Builder request = AnalysisRequest.builder().whole(true);
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      request.addSource(
          SourceFile.ofBytes(
              pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8)));
    }
    try {
      return Analyzer.run(request.build());
    } catch (AnalysisException e) {
      throw new AssertionError(e);
    }
  }

  /** Renders findings as {@code file:line:col: level [rule] message} lines. */
  public static String findings(AnalysisResult result) {
    StringBuilder text = new StringBuilder();
    result
        .findings()
        .forEach(
            f ->
                text.append(f.location().display())
                    .append(": ")
                    .append(f.severity().id())
                    .append(" [")
                    .append(f.ruleId())
                    .append("] ")
                    .append(f.message())
                    .append('\n'));
    return text.toString();
  }
}
