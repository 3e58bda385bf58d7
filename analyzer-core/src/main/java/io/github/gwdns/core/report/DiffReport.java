package io.github.gwdns.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.gwdns.core.change.FindingDiff;
import io.github.gwdns.core.change.PlanChanges;
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
 * request comment or step summary. With several external-dns instances (or one that appears or
 * disappears), the record changes are grouped by instance.
 *
 * @param base what the change starts from, as the user named it ({@code origin/main})
 * @param head what it ends at ({@code working tree}, {@code the index}, a revision)
 */
public record DiffReport(String base, String head, PlanChanges plan, FindingDiff findings) {

  /** One line per change, then the findings, then a summary line. */
  public void writeText(Writer out) throws IOException {
    writeText(out, false);
  }

  /** The text diff, with ANSI colours when {@code color} (for terminals only). */
  public void writeText(Writer out, boolean color) throws IOException {
    // Manifest text must not act on a terminal or a log: escaped before colour codes are added.
    out = SafeText.writer(Highlighter.of(out, color, Highlighter.DIFF));
    out.write("DNS changes from " + base + " to " + head + ":\n");
    if (!plan.grouped()) {
      PlanDiff only = plan.instances().get(0).plan();
      if (only.isEmpty()) {
        out.write("  none\n");
      }
      writeChanges(out, "  ", only);
    } else {
      for (PlanChanges.Instance i : plan.instances()) {
        out.write("  " + heading(i) + ":\n");
        if (i.plan().isEmpty()) {
          out.write("    none\n");
        }
        writeChanges(out, "    ", i.plan());
      }
    }
    writeFindings(out, "Introduced", findings.introduced());
    writeFindings(out, "Fixed", findings.fixed());
    out.write("gwdns diff: " + summary() + "\n");
    out.flush();
  }

  /** {@code external-dns Deployment dns/public (added)}. */
  static String heading(PlanChanges.Instance i) {
    String who =
        i.name().isEmpty()
            ? "external-dns (options; none in the manifests)"
            : "external-dns " + i.label();
    return who
        + switch (i.presence()) {
          case BOTH -> "";
          case ADDED -> " (added)";
          case REMOVED -> " (removed)";
        };
  }

  private static void writeChanges(Writer out, String indent, PlanDiff plan) throws IOException {
    for (RecordChange c : plan.records()) {
      out.write(
          indent
              + sign(c.kind())
              + " "
              + c.dnsName()
              + " "
              + c.recordType()
              + (c.setIdentifier().isEmpty() ? "" : " [" + c.setIdentifier() + "]")
              + " "
              + c.detail()
              + "  ("
              + String.join(", ", c.sources())
              + ")\n");
    }
    for (PendingName p : plan.pendingAdded()) {
      out.write(
          indent
              + "+ "
              + p.dnsName()
              + " pending: awaits the address of Gateway "
              + p.awaitingAddressOf()
              + "  ("
              + String.join(", ", p.sources())
              + ")\n");
    }
    for (PendingName p : plan.pendingRemoved()) {
      out.write(
          indent
              + "- "
              + p.dnsName()
              + " no longer pending on Gateway "
              + p.awaitingAddressOf()
              + "\n");
    }
  }

  private static void writeFindings(Writer out, String title, List<Finding> list)
      throws IOException {
    if (list.isEmpty()) {
      return;
    }
    out.write(title + " findings:\n");
    for (Finding f : list) {
      out.write(
          "  "
              + f.location().display()
              + ": "
              + f.severity().id()
              + " ["
              + f.ruleId()
              + "] "
              + f.message()
              + "\n");
    }
  }

  /**
   * {@code 1 record added, 0 removed, 2 changed; 1 finding introduced, 0 fixed, 3 unchanged}, with
   * {@code (1 external-dns instance added, 0 removed)} after the records when instances come or go.
   */
  public String summary() {
    int added = plan.of(PlanChanges.Presence.ADDED).size();
    int removed = plan.of(PlanChanges.Presence.REMOVED).size();
    return Summary.plural(plan.of(RecordChange.Kind.ADDED).size(), "record")
        + " added, "
        + plan.of(RecordChange.Kind.REMOVED).size()
        + " removed, "
        + plan.of(RecordChange.Kind.CHANGED).size()
        + " changed"
        + (added + removed == 0
            ? ""
            : " ("
                + Summary.plural(added, "external-dns instance")
                + " added, "
                + removed
                + " removed)")
        + "; "
        + Summary.plural(findings.introduced().size(), "finding")
        + " introduced, "
        + findings.fixed().size()
        + " fixed, "
        + findings.unchanged().size()
        + " unchanged";
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
      json.writeArrayFieldStart("instances");
      for (PlanChanges.Instance i : plan.instances()) {
        json.writeStartObject();
        json.writeStringField("externalDns", i.label());
        json.writeStringField("name", i.name());
        json.writeStringField("presence", i.presence().id());
        for (RecordChange.Kind kind : RecordChange.Kind.values()) {
          json.writeNumberField(kind.id(), i.plan().of(kind).size());
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeObjectFieldStart("records");
      for (RecordChange.Kind kind : RecordChange.Kind.values()) {
        json.writeArrayFieldStart(kind.id());
        for (PlanChanges.Instance i : plan.instances()) {
          for (RecordChange c : i.plan().of(kind)) {
            json.writeStartObject();
            json.writeStringField("externalDns", i.label());
            json.writeStringField("dnsName", c.dnsName());
            json.writeStringField("recordType", c.recordType());
            json.writeStringField("setIdentifier", c.setIdentifier());
            json.writeStringField("detail", c.detail());
            writeEndpoints(json, "before", c.before());
            writeEndpoints(json, "after", c.after());
            json.writeArrayFieldStart("sources");
            for (String source : c.sources()) {
              json.writeString(source);
            }
            json.writeEndArray();
            json.writeEndObject();
          }
        }
        json.writeEndArray();
      }
      json.writeEndObject();
      json.writeObjectFieldStart("pending");
      json.writeArrayFieldStart("added");
      for (PlanChanges.Instance i : plan.instances()) {
        for (PendingName p : i.plan().pendingAdded()) {
          PlanReport.writePending(json, p, i.label(), null);
        }
      }
      json.writeEndArray();
      json.writeArrayFieldStart("removed");
      for (PlanChanges.Instance i : plan.instances()) {
        for (PendingName p : i.plan().pendingRemoved()) {
          PlanReport.writePending(json, p, i.label(), null);
        }
      }
      json.writeEndArray();
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

  private static void writeEndpoints(JsonGenerator json, String name, List<Endpoint> endpoints)
      throws IOException {
    json.writeArrayFieldStart(name);
    for (Endpoint e : endpoints) {
      PlanReport.writeEndpoint(json, e);
    }
    json.writeEndArray();
  }

  private static void writeFindings(JsonGenerator json, String name, List<Finding> list)
      throws IOException {
    json.writeArrayFieldStart(name);
    for (Finding f : list) {
      JsonReport.writeFinding(json, f);
    }
    json.writeEndArray();
  }

  /** A pull request comment: the summary, the record changes as a table, the findings. */
  public void writeMarkdown(Writer out) throws IOException {
    out = SafeText.writer(out); // manifest text must not act on a terminal or a log
    StringBuilder md =
        new StringBuilder(
            "## gwdns: DNS changes from `"
                + MarkdownReport.cell(base)
                + "` to "
                + MarkdownReport.cell(head)
                + "\n\n**"
                + summary()
                + "**\n\n");
    if (!plan.isEmpty()) {
      boolean grouped = plan.grouped();
      md.append(grouped ? "| external-dns " : "")
          .append("| | Name | Type | Change | Routes |\n")
          .append(grouped ? "|---" : "")
          .append("|---|---|---|---|---|\n");
      for (PlanChanges.Instance i : plan.instances()) {
        String who =
            grouped
                ? "| " + MarkdownReport.cell(heading(i).replaceFirst("^external-dns ", "")) + " "
                : "";
        for (RecordChange c : i.plan().records()) {
          md.append(who)
              .append("| ")
              .append(c.kind().id())
              .append(" | `")
              .append(MarkdownReport.cell(c.dnsName()))
              .append("` | ")
              .append(c.recordType())
              .append(" | ")
              .append(MarkdownReport.cell(c.detail()))
              .append(" | ")
              .append(MarkdownReport.cell(String.join(", ", c.sources())))
              .append(" |\n");
        }
        for (PendingName p : i.plan().pendingAdded()) {
          md.append(who)
              .append("| pending | `")
              .append(MarkdownReport.cell(p.dnsName()))
              .append("` | | awaits the address of Gateway ")
              .append(MarkdownReport.cell(p.awaitingAddressOf()))
              .append(" | ")
              .append(MarkdownReport.cell(String.join(", ", p.sources())))
              .append(" |\n");
        }
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
    md.append("### ")
        .append(title)
        .append("\n\n| Level | Rule | Location | Message |\n|---|---|---|---|\n");
    for (Finding f : list) {
      md.append("| ")
          .append(f.severity().id())
          .append(" | `")
          .append(f.ruleId())
          .append("` | `")
          .append(MarkdownReport.cell(f.location().display()))
          .append("` | ")
          .append(MarkdownReport.cell(f.message()))
          .append(" |\n");
    }
    md.append('\n');
  }
}
