package io.github.gwdns.core.report;

import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.predict.Endpoint;
import io.github.gwdns.core.predict.PendingName;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A summary for {@code $GITHUB_STEP_SUMMARY} or a pull request comment: the findings table, the
 * predicted DNS plan, and a Mermaid graph of the objects with findings. Kept under GitHub's 1 MiB
 * step summary limit by cutting rows, with a note that says so.
 */
public final class MarkdownReport {
  static final int LIMIT_BYTES = 1000 * 1024;

  public void write(AnalysisResult result, Writer out) throws IOException {
    out = SafeText.writer(out); // manifest text must not act on a terminal or a log
    StringBuilder md = new StringBuilder();
    md.append("## gwdns\n\n**").append(Summary.line(result)).append("**");
    if (result.suppressed() > 0) {
      md.append(" (").append(result.suppressed()).append(" suppressed)");
    }
    md.append("\n\n");
    StringBuilder rows = new StringBuilder();
    int shown = 0;
    int total = 0;
    for (Finding f : result.findings()) {
      if (!f.active()) {
        continue;
      }
      total++;
      String row =
          "| "
              + icon(f)
              + " "
              + f.severity().id()
              + " | `"
              + f.ruleId()
              + "` | "
              + cell(f.resource())
              + " | `"
              + cell(f.location().display())
              + "` | "
              + cell(f.message())
              + " |\n";
      if (md.length() + rows.length() + row.length() > LIMIT_BYTES / 2) {
        continue;
      }
      rows.append(row);
      shown++;
    }
    if (total == 0) {
      md.append("No findings.\n\n");
    } else {
      md.append("| Level | Rule | Resource | Location | Message |\n|---|---|---|---|---|\n")
          .append(rows);
      if (shown < total) {
        md.append("\n_")
            .append(total - shown)
            .append(" more findings not shown; see the SARIF or JSON report._\n");
      }
      md.append('\n');
    }
    md.append("### Predicted DNS records\n\n");
    boolean none =
        result.plans().stream()
            .allMatch(p -> p.plan().endpoints().isEmpty() && p.plan().pending().isEmpty());
    if (none) {
      md.append("None.\n\n");
    } else {
      int cut = 0;
      boolean several = result.plans().size() > 1;
      for (io.github.gwdns.core.InstancePlan p : result.plans()) {
        if (several) {
          md.append("#### ").append(cell(PlansReport.heading(p))).append("\n\n");
        }
        if (p.plan().endpoints().isEmpty() && p.plan().pending().isEmpty()) {
          md.append("None.\n\n");
          continue;
        }
        md.append(PlanReport.MARKDOWN_HEADER);
        for (Endpoint e : p.plan().endpoints()) {
          String row = PlanReport.markdownRow(e, p.plan());
          if (md.length() + row.length() > LIMIT_BYTES * 3 / 4) {
            cut++;
            continue;
          }
          md.append(row);
        }
        for (PendingName pending : p.plan().pending()) {
          String row = PlanReport.markdownRow(pending, p.plan());
          if (md.length() + row.length() > LIMIT_BYTES * 3 / 4) {
            cut++;
            continue;
          }
          md.append(row);
        }
        md.append('\n');
      }
      if (cut > 0) {
        md.append("_").append(cut).append(" more records not shown; run `gwdns plan`._\n\n");
      }
    }
    GraphReport graph = new GraphReport(result, true);
    if (total > 0 && !graph.isEmpty()) {
      StringWriter mermaid = new StringWriter();
      graph.writeMermaid(mermaid);
      if (md.length() + mermaid.toString().length() < LIMIT_BYTES) {
        md.append("### Objects with findings\n\n```mermaid\n").append(mermaid).append("```\n");
      }
    }
    out.write(md.toString());
    out.flush();
    assert md.toString().getBytes(StandardCharsets.UTF_8).length < 1024 * 1024;
  }

  private static String icon(Finding f) {
    return switch (f.severity()) {
      case ERROR -> ":x:";
      case WARNING -> ":warning:";
      case NOTE -> ":information_source:";
    };
  }

  /** A table cell: pipes escaped, line breaks flattened. */
  static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
  }
}
