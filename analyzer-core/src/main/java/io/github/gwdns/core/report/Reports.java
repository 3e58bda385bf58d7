package io.github.gwdns.core.report;

import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.finding.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Writes an analysis in any {@link ReportFormat}; the one place adapters call. */
public final class Reports {
  /**
   * How to render.
   *
   * @param color ANSI colours in text
   * @param failOn the level that fails the build (JUnit marks findings at or above it as failures);
   *     null for none
   * @param sarifCategory SARIF {@code automationDetails.id}, e.g. {@code gwdns/}
   */
  public record Options(boolean color, Severity failOn, String sarifCategory) {
    public static final String DEFAULT_CATEGORY = "gwdns/";
  }

  private Reports() {}

  public static void write(
      ReportFormat format, AnalysisResult result, Options options, OutputStream out)
      throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    switch (format) {
      case TEXT -> new TextReport(options.color()).write(result, writer);
      case JSON -> new JsonReport().write(result, out);
      case SARIF -> new SarifReport(result, options.sarifCategory()).write(out);
      case GITHUB -> new GithubReport().write(result, writer);
      case MARKDOWN -> new MarkdownReport().write(result, writer);
      case JUNIT -> new JunitReport().write(result, options.failOn(), out);
    }
    writer.flush();
    out.flush();
  }
}
