package io.github.gwdns.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.gwdns.core.change.PlanChanges;
import io.github.gwdns.core.change.RecordChange;
import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.history.CommitInfo;
import io.github.gwdns.core.history.History;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The history of the manifests: when each current finding started, and the DNS log. */
public record HistoryReport(History history) {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

  public void writeText(Writer destination) throws IOException {
    Writer out = SafeText.writer(destination); // manifest text must not act on a terminal or a log
    out.write("Findings now, and the commit that introduced each:\n");
    if (history.current().isEmpty()) {
      out.write("  none\n");
    }
    for (History.Introduced i : history.current()) {
      Finding f = i.finding();
      out.write(
          "  "
              + f.location().display()
              + ": "
              + f.severity().id()
              + " ["
              + f.ruleId()
              + "] "
              + subject(f)
              + "\n");
      out.write("    since " + (i.orEarlier() ? "at or before " : "") + commit(i.commit()) + "\n");
    }
    out.write("\nDNS log (oldest first):\n");
    if (history.timeline().isEmpty()) {
      out.write("  no change\n");
    }
    for (History.Step step : history.timeline()) {
      out.write("  " + commit(step.commit()) + "\n");
      boolean grouped = step.plan().grouped();
      for (PlanChanges.Instance i : step.plan().instances()) {
        if (i.plan().isEmpty() && i.presence() == PlanChanges.Presence.BOTH) {
          continue;
        }
        String indent = grouped ? "      " : "    ";
        if (grouped) {
          out.write("    " + DiffReport.heading(i) + ":\n");
        }
        for (RecordChange c : i.plan().records()) {
          out.write(
              indent
                  + switch (c.kind()) {
                    case ADDED -> "+";
                    case REMOVED -> "-";
                    case CHANGED -> "~";
                  }
                  + " "
                  + c.dnsName()
                  + " "
                  + c.recordType()
                  + " "
                  + c.detail()
                  + "\n");
        }
        i.plan()
            .pendingAdded()
            .forEach(
                p ->
                    write(
                        out,
                        indent
                            + "+ "
                            + p.dnsName()
                            + " pending on Gateway "
                            + p.awaitingAddressOf()
                            + "\n"));
      }
      step.findings()
          .introduced()
          .forEach(f -> write(out, "    ! introduces [" + f.ruleId() + "] " + subject(f) + "\n"));
      step.findings()
          .fixed()
          .forEach(f -> write(out, "    * fixes [" + f.ruleId() + "] " + subject(f) + "\n"));
    }
    out.write(
        "\ngwdns history: "
            + Summary.plural(history.commits().size(), "commit")
            + " walked, "
            + history.analyses()
            + " analyzed, "
            + Summary.plural(history.parses(), "blob")
            + " parsed"
            + (history.truncated()
                ? "; history goes further back (--max-count, --since or a shallow clone)"
                : "")
            + "\n");
    out.flush();
  }

  /**
   * What a finding is about: its object, or its file when it has none (a file that does not parse).
   */
  private static String subject(Finding f) {
    return f.resource().isEmpty() ? f.location().file() : f.resource();
  }

  private static void write(Writer out, String text) {
    try {
      out.write(text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String commit(CommitInfo c) {
    return c.shortSha() + " " + DATE.format(c.date()) + " " + c.author() + ": " + c.subject();
  }

  public void writeJson(OutputStream stream) throws IOException {
    try (JsonGenerator json = Json.generator(stream)) {
      json.writeStartObject();
      json.writeArrayFieldStart("findings");
      for (History.Introduced i : history.current()) {
        json.writeStartObject();
        json.writeFieldName("finding");
        JsonReport.writeFinding(json, i.finding());
        json.writeFieldName("introducedBy");
        writeCommit(json, i.commit());
        json.writeBooleanField("orEarlier", i.orEarlier());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("timeline");
      for (History.Step step : history.timeline()) {
        json.writeStartObject();
        json.writeFieldName("commit");
        writeCommit(json, step.commit());
        json.writeArrayFieldStart("records");
        for (PlanChanges.Instance i : step.plan().instances()) {
          for (RecordChange c : i.plan().records()) {
            json.writeStartObject();
            json.writeStringField("externalDns", i.label());
            json.writeStringField("change", c.kind().id());
            json.writeStringField("dnsName", c.dnsName());
            json.writeStringField("recordType", c.recordType());
            json.writeStringField("detail", c.detail());
            json.writeEndObject();
          }
        }
        json.writeEndArray();
        json.writeArrayFieldStart("introduced");
        for (Finding f : step.findings().introduced()) {
          json.writeString(f.fingerprint());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("fixed");
        for (Finding f : step.findings().fixed()) {
          json.writeString(f.fingerprint());
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeObjectFieldStart("summary");
      json.writeNumberField("commits", history.commits().size());
      json.writeNumberField("analyzed", history.analyses());
      json.writeNumberField("blobsParsed", history.parses());
      json.writeBooleanField("truncated", history.truncated());
      json.writeEndObject();
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }

  private static void writeCommit(JsonGenerator json, CommitInfo c) throws IOException {
    json.writeStartObject();
    json.writeStringField("sha", c.sha());
    json.writeStringField("author", c.author());
    json.writeStringField("date", c.date().toString());
    json.writeStringField("subject", c.subject());
    json.writeEndObject();
  }
}
