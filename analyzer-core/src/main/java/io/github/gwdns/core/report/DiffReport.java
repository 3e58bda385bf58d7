package io.github.gwdns.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.gwdns.core.change.FindingDiff;
import io.github.gwdns.core.change.PlanDiff;
import io.github.gwdns.core.change.RecordChange;
import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.predict.Endpoint;
import io.github.gwdns.core.predict.PendingName;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;

/**
 * What a change does: DNS records added, removed and changed, each with the routes responsible, and
 * findings introduced and fixed. Text for the terminal, JSON for scripts, Markdown for a pull
 * request comment or step summary.
 *
 * @param base what the change starts from, as the user named it ({@code origin/main})
 * @param head what it ends at ({@code working tree}, {@code the index}, a revision)
 */
public record DiffReport(String base, String head, PlanDiff plan, FindingDiff findings) {

  /** One line per change, then the findings, then a summary line. */
  public void writeText(Writer out) throws IOException {
    out = SafeText.writer(out); // manifest text must not act on a terminal or a log
    out.write("DNS changes from " + base + " to " + head + ":\n");
    if (plan.isEmpty()) {
      out.write("  none\n");
    }
    for (RecordChange c : plan.records()) {
      out.write("  " + sign(c.kind()) + " " + c.dnsName() + " " + c.recordType()
          + (c.setIdentifier().isEmpty() ? "" : " [" + c.setIdentifier() + "]") + " " + c.detail()
          + "  (" + String.join(", ", c.sources()) + ")\n");
    }
    for (PendingName p : plan.pendingAdded()) {
      out.write("  + " + p.dnsName() + " pending: awaits the address of Gateway " + p.awaitingAddressOf()
          + "  (" + String.join(", ", p.sources()) + ")\n");
    }
    for (PendingName p : plan.pendingRemoved()) {
      out.write("  - " + p.dnsName() + " no longer pending on Gateway " + p.awaitingAddressOf() + "\n");
    }
    writeFindings(out, "Introduced", findings.introduced());
    writeFindings(out, "Fixed", findings.fixed());
    out.write("gwdns diff: " + summary() + "\n");
    out.flush();
  }

  private static void writeFindings(Writer out, String title, List<Finding> list) throws IOException {
    if (list.isEmpty()) {
      return;
    }
    out.write(title + " findings:\n");
    for (Finding f : list) {
      out.write("  " + f.location().display() + ": " + f.severity().id() + " [" + f.ruleId() + "] " + f.message() + "\n");
    }
  }

  /** {@code 1 record added, 0 removed, 2 changed; 1 finding introduced, 0 fixed}. */
  public String summary() {
    return Summary.plural(plan.of(RecordChange.Kind.ADDED).size(), "record") + " added, "
        + plan.of(RecordChange.Kind.REMOVED).size() + " removed, " + plan.of(RecordChange.Kind.CHANGED).size() + " changed; "
        + Summary.plural(findings.introduced().size(), "finding") + " introduced, " + findings.fixed().size() + " fixed, "
        + findings.unchanged().size() + " unchanged";
  }

  private static String sign(RecordChange.Kind kind) {
    return switch (kind) {
      case ADDED -> "+";
      case REMOVED -> "-";
      case CHANGED -> "~";
    };
  }

  /** The JSON shape documented in the README. */
  public void writeJson(OutputStream stream) throws IOException {
    try (JsonGenerator json = Json.generator(stream)) {
      json.writeStartObject();
      json.writeStringField("base", base);
      json.writeStringField("head", head);
      json.writeObjectFieldStart("records");
      for (RecordChange.Kind kind : RecordChange.Kind.values()) {
        json.writeArrayFieldStart(kind.id());
        for (RecordChange c : plan.of(kind)) {
          json.writeStartObject();
          json.writeStringField("dnsName", c.dnsName());
          json.writeStringField("recordType", c.recordType());
          json.writeStringField("setIdentifier", c.setIdentifier());
          json.writeStringField("detail", c.detail());
          writeEndpoints(json, "before", c.before());
          writeEndpoints(json, "after", c.after());
          json.writeArrayFieldStart("sources");
          for (String s : c.sources()) {
            json.writeString(s);
          }
          json.writeEndArray();
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      json.writeEndObject();
      json.writeObjectFieldStart("pending");
      writePending(json, "added", plan.pendingAdded());
      writePending(json, "removed", plan.pendingRemoved());
      json.writeEndObject();
      json.writeObjectFieldStart("findings");
      writeFindings(json, "introduced", findings.introduced());
      writeFindings(json, "fixed", findings.fixed());
      json.writeNumberField("unchanged", findings.unchanged().size());
      json.writeEndObject();
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }

  private static void writeEndpoints(JsonGenerator json, String name, List<Endpoint> endpoints) throws IOException {
    json.writeArrayFieldStart(name);
    for (Endpoint e : endpoints) {
      PlanReport.writeEndpoint(json, e);
    }
    json.writeEndArray();
  }

  private static void writePending(JsonGenerator json, String name, List<PendingName> pending) throws IOException {
    json.writeArrayFieldStart(name);
    for (PendingName p : pending) {
      PlanReport.writePending(json, p);
    }
    json.writeEndArray();
  }

  private static void writeFindings(JsonGenerator json, String name, List<Finding> list) throws IOException {
    json.writeArrayFieldStart(name);
    for (Finding f : list) {
      JsonReport.writeFinding(json, f);
    }
    json.writeEndArray();
  }

  /** A pull request comment: the summary, the record changes as a table, the findings. */
  public void writeMarkdown(Writer out) throws IOException {
    out = SafeText.writer(out); // manifest text must not act on a terminal or a log
    StringBuilder md = new StringBuilder("## gwdns: DNS changes from `" + MarkdownReport.cell(base) + "` to "
        + MarkdownReport.cell(head) + "\n\n**" + summary() + "**\n\n");
    if (!plan.isEmpty()) {
      md.append("| | Name | Type | Change | Routes |\n|---|---|---|---|---|\n");
      for (RecordChange c : plan.records()) {
        md.append("| ").append(c.kind().id()).append(" | `").append(MarkdownReport.cell(c.dnsName())).append("` | ")
            .append(c.recordType()).append(" | ").append(MarkdownReport.cell(c.detail())).append(" | ")
            .append(MarkdownReport.cell(String.join(", ", c.sources()))).append(" |\n");
      }
      for (PendingName p : plan.pendingAdded()) {
        md.append("| pending | `").append(MarkdownReport.cell(p.dnsName())).append("` | | awaits the address of Gateway ")
            .append(MarkdownReport.cell(p.awaitingAddressOf())).append(" | ").append(MarkdownReport.cell(String.join(", ", p.sources())))
            .append(" |\n");
      }
      md.append('\n');
    }
    markdownFindings(md, "Introduced findings", findings.introduced());
    markdownFindings(md, "Fixed findings", findings.fixed());
    out.write(md.toString());
    out.flush();
  }

  private static void markdownFindings(StringBuilder md, String title, List<Finding> list) {
    if (list.isEmpty()) {
      return;
    }
    md.append("### ").append(title).append("\n\n| Level | Rule | Location | Message |\n|---|---|---|---|\n");
    for (Finding f : list) {
      md.append("| ").append(f.severity().id()).append(" | `").append(f.ruleId()).append("` | `")
          .append(MarkdownReport.cell(f.location().display())).append("` | ").append(MarkdownReport.cell(f.message())).append(" |\n");
    }
    md.append('\n');
  }
}
