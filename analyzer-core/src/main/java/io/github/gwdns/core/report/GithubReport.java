package io.github.gwdns.core.report;

import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.finding.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.Map;

/**
 * GitHub Actions workflow commands ({@code ::error file=...,line=...::message}): annotations on the
 * pull request without Advanced Security, also on fork PRs. GitHub shows at most 10 annotations of
 * each level per step, so the rest are summed up in one notice.
 */
public final class GithubReport {
  static final int PER_LEVEL = 10;

  public void write(AnalysisResult result, Writer out) throws IOException {
    out = SafeText.writer(out); // manifest text must not act on a terminal or a log
    Map<Severity, Integer> total = new EnumMap<>(Severity.class);
    result.findings().stream()
        .filter(Finding::active)
        .forEach(f -> total.merge(f.severity(), 1, Integer::sum));
    // The summary is a notice too: when it is written, it takes one of the notices' ten places.
    boolean summary = total.values().stream().anyMatch(n -> n > PER_LEVEL);
    Map<Severity, Integer> shown = new EnumMap<>(Severity.class);
    int hidden = 0;
    for (Finding f : result.findings()) {
      if (!f.active()) {
        continue;
      }
      int count = shown.merge(f.severity(), 1, Integer::sum);
      if (count > (summary && f.severity() == Severity.NOTE ? PER_LEVEL - 1 : PER_LEVEL)) {
        hidden++;
        continue;
      }
      out.write(
          "::"
              + command(f.severity())
              + " file="
              + property(f.location().file())
              + ",line="
              + f.location().startLine()
              + ",col="
              + f.location().startColumn()
              + ",endLine="
              + f.location().endLine()
              + ",endColumn="
              + f.location().endColumn()
              + ",title="
              + property(f.ruleId())
              + "::"
              + data(f.message())
              + "\n");
    }
    if (hidden > 0) {
      out.write(
          "::notice title=gwdns::"
              + data(
                  hidden
                      + " more findings are not shown as annotations"
                      + " (GitHub shows 10 per level); see the full report")
              + "\n");
    }
    out.flush();
  }

  private static String command(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case NOTE -> "notice";
    };
  }

  /** Escapes a message, as the Actions runner decodes it. */
  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a property value: also ":" and ",", which separate properties. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
