package io.github.gwdns.core.report;

import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.finding.Notice;
import io.github.gwdns.core.finding.Severity;
import java.io.IOException;
import java.io.Writer;

/**
 * Findings as compiler-style lines that terminals and IDEs link: {@code
 * routes/web.yaml:12:7: error [namespace-not-allowed] HTTPRoute shop/web: ...}, then notices and a
 * summary line.
 */
public final class TextReport {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";

  private final boolean color;

  /** @param color ANSI colours, for terminals only */
  public TextReport(boolean color) {
    this.color = color;
  }

  public void write(AnalysisResult result, Writer out) throws IOException {
    for (Finding f : result.findings()) {
      out.write(style(BOLD, f.location().display() + ":"));
      out.write(' ');
      out.write(style(colorOf(f.severity()), f.severity().id()));
      out.write(" [" + f.ruleId() + "] ");
      out.write(f.message());
      out.write('\n');
    }
    for (Notice n : result.notices()) {
      out.write((n.file().isEmpty() ? "" : n.file() + ": ") + "notice: " + n.message() + "\n");
    }
    out.write("gwdns: " + Summary.line(result) + "\n");
    out.flush();
  }

  private String style(String code, String text) {
    return color ? code + text + RESET : text;
  }

  private static String colorOf(Severity severity) {
    return switch (severity) {
      case ERROR -> "\u001b[1;31m";
      case WARNING -> "\u001b[1;33m";
      case NOTE -> "\u001b[1;36m";
    };
  }
}
