package io.github.gwdns.core.report;

import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.finding.Notice;
import io.github.gwdns.core.finding.Severity;
import java.io.IOException;
import java.io.Writer;

/**
 * Findings for people, grouped by file: the file, then one line per finding with its line and
 * column, level, rule and message; then notices and a summary. Suppressed findings are counted, not
 * shown.
 *
 * <pre>
 * apps/shop/route.yaml
 *   9:5  error  [namespace-not-allowed] HTTPRoute shop/web: ...
 * </pre>
 */
public final class TextReport {

  private final boolean color;

  /**
   * @param color ANSI colours, for terminals only
   */
  public TextReport(boolean color) {
    this.color = color;
  }

  public void write(AnalysisResult result, Writer out) throws IOException {
    String file = null;
    for (Finding f : result.findings()) {
      if (!f.active()) {
        continue;
      }
      if (!f.location().file().equals(file)) {
        file = f.location().file();
        out.write(style(Highlighter.BOLD, SafeText.inLine(file)) + "\n");
      }
      String position = f.location().startLine() + ":" + f.location().startColumn();
      out.write(
          "  "
              + style(Highlighter.DIM, position)
              + " ".repeat(Math.max(1, 8 - position.length()))
              + style(colorOf(f.severity()), pad(f.severity().id()))
              + " ["
              + f.ruleId()
              + "] "
              + SafeText.of(f.message())
              + "\n");
    }
    for (Notice n : result.notices()) {
      // Manifest text is escaped, so it cannot act on the terminal; the colours are gwdns's own.
      out.write(
          SafeText.of((n.file().isEmpty() ? "" : n.file() + ": ") + "notice: " + n.message())
              + "\n");
    }
    for (io.github.gwdns.core.InstancePlan p : result.plans()) {
      for (var error : p.plan().sourceErrors()) {
        out.write(
            "error: external-dns source failed, no records from it: "
                + SafeText.of(error.text())
                + "\n");
      }
    }
    long suppressed = result.suppressed();
    out.write(
        "gwdns: "
            + Summary.line(result)
            + (suppressed > 0 ? "; " + suppressed + " suppressed" : "")
            + "\n");
    out.flush();
  }

  private static String pad(String level) {
    return level + " ".repeat(Math.max(0, 7 - level.length()));
  }

  private String style(String code, String text) {
    return color ? Highlighter.style(code, text) : text;
  }

  /** The colour of a level, the same as the other reports give it. */
  private static String colorOf(Severity severity) {
    return switch (severity) {
      case ERROR -> Highlighter.RED;
      case WARNING -> Highlighter.YELLOW;
      case NOTE -> Highlighter.CYAN;
    };
  }
}
