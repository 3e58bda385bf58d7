package io.github.gwdns.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.finding.Notice;
import io.github.gwdns.core.finding.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * Findings as JSON, in a fixed field order:
 *
 * <pre>{@code
 * {"findings":[{"ruleId","level","message","fix","help","resource","file","line","column","endLine",
 *   "endColumn","fingerprint", "cluster"?, "suppressed"?}], "notices":[{"file","message"}],
 *   "files":[{"file","role"}], "summary":{...}}
 * }</pre>
 *
 * {@code fix} is the fix the message ends with ({@code ""} when it names none) and {@code help} the
 * rule's doc page. {@code cluster} names the clusters a finding is true in, when the input holds
 * several; {@code files} lists every file read that is not analyzed as manifests, with why ({@code
 * kustomization}, {@code not-applied}, {@code helm-values}, ...).
 */
public final class JsonReport {
  /** Each rule's doc page, by rule id. */
  private static final Map<String, String> HELP =
      io.github.gwdns.core.rules.BuiltInRules.descriptors().stream()
          .collect(
              java.util.stream.Collectors.toMap(
                  io.github.gwdns.core.rules.RuleDescriptor::id,
                  io.github.gwdns.core.rules.RuleDescriptor::helpUri));

  /** One finding as the JSON report writes it; the diff and history reports use the same shape. */
  static void writeFinding(JsonGenerator json, Finding f) throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", f.ruleId());
    json.writeStringField("level", f.severity().id());
    json.writeStringField("message", f.message());
    json.writeStringField("fix", f.fix());
    json.writeStringField("help", HELP.getOrDefault(f.ruleId(), ""));
    json.writeStringField("resource", f.resource());
    json.writeStringField("file", f.location().file());
    json.writeNumberField("line", f.location().startLine());
    json.writeNumberField("column", f.location().startColumn());
    json.writeNumberField("endLine", f.location().endLine());
    json.writeNumberField("endColumn", f.location().endColumn());
    json.writeStringField("fingerprint", f.fingerprint());
    if (!f.cluster().isEmpty()) {
      json.writeStringField("cluster", f.cluster());
    }
    if (f.suppression() != null) {
      json.writeObjectFieldStart("suppressed");
      json.writeStringField("kind", f.suppression().kind());
      json.writeStringField("justification", f.suppression().justification());
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  public void write(AnalysisResult result, OutputStream out) throws IOException {
    try (JsonGenerator json = Json.generator(out)) {
      json.writeStartObject();
      json.writeArrayFieldStart("findings");
      for (Finding f : result.findings()) {
        writeFinding(json, f);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("notices");
      for (Notice n : result.notices()) {
        json.writeStartObject();
        json.writeStringField("file", n.file());
        json.writeStringField("message", n.message());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("files");
      for (Map.Entry<String, io.github.gwdns.core.render.FileRole> e : result.files().entrySet()) {
        if (e.getValue() != io.github.gwdns.core.render.FileRole.RESOURCE) {
          json.writeStartObject();
          json.writeStringField("file", e.getKey());
          json.writeStringField("role", e.getValue().id());
          json.writeEndObject();
        }
      }
      json.writeEndArray();
      json.writeObjectFieldStart("summary");
      json.writeNumberField("errors", result.count(Severity.ERROR));
      json.writeNumberField("warnings", result.count(Severity.WARNING));
      json.writeNumberField("notes", result.count(Severity.NOTE));
      json.writeNumberField("suppressed", result.suppressed());
      json.writeNumberField("files", result.stats().files());
      json.writeNumberField("documents", result.stats().documents());
      json.writeNumberField("objects", result.stats().objects());
      json.writeNumberField("nonKubernetesDocuments", result.stats().nonKubernetes());
      json.writeObjectFieldStart("objectsByKind");
      for (Map.Entry<String, Integer> e : result.stats().objectsByKind().entrySet()) {
        json.writeNumberField(e.getKey(), e.getValue());
      }
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }
}
