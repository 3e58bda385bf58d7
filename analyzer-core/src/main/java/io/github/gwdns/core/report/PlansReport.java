package io.github.gwdns.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.InstancePlan;
import io.github.gwdns.core.predict.ExternalDnsOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * The plan of every external-dns instance: with one (or none found in the manifests) exactly the
 * {@link PlanReport}; with several (a public and a private one), one section each, headed by the
 * instance and its version.
 */
public record PlansReport(AnalysisResult result) {

  private boolean single() {
    return result.plans().size() == 1;
  }

  /** {@code external-dns Deployment dns/public (v0.22.0)}. */
  static String heading(InstancePlan p) {
    ExternalDnsOptions o = p.plan().options();
    return "external-dns " + p.label() + " (" + (o.version() == null ? "version unknown, predicted as v0.22.0" : o.version().toString()) + ")";
  }

  public void writeText(Writer out) throws IOException {
    out = SafeText.writer(out); // manifest text must not act on a terminal or a log
    boolean first = true;
    for (InstancePlan p : result.plans()) {
      if (p.instance() != null) {
        out.write((first ? "" : "\n") + heading(p) + ":\n");
      }
      new PlanReport(p.plan()).writeText(out);
      first = false;
    }
    out.flush();
  }

  public void writeMarkdown(Writer out) throws IOException {
    out = SafeText.writer(out); // manifest text must not act on a terminal or a log
    for (InstancePlan p : result.plans()) {
      if (p.instance() != null && !single()) {
        out.write("### " + MarkdownReport.cell(heading(p)) + "\n\n");
      }
      new PlanReport(p.plan()).writeMarkdown(out);
    }
    out.flush();
  }

  /** One plan: the plan's JSON contract; several: {@code {"instances": [{"externalDns", "version", "endpoints", ...}]}}. */
  public void writeJson(OutputStream out) throws IOException {
    if (single()) {
      new PlanReport(result.plan()).writeJson(out);
      return;
    }
    try (JsonGenerator json = Json.generator(out)) {
      json.writeStartObject();
      json.writeArrayFieldStart("instances");
      for (InstancePlan p : result.plans()) {
        json.writeStartObject();
        json.writeStringField("externalDns", p.label());
        json.writeStringField("version", p.plan().options().version() == null ? "" : p.plan().options().version().toString());
        new PlanReport(p.plan()).writeJsonFields(json);
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }

  /** A DNSEndpoint per instance, as a multi-document stream. */
  public void writeYaml(OutputStream out) throws IOException {
    for (InstancePlan p : result.plans()) {
      new PlanReport(p.plan()).writeYaml(out);
    }
  }
}
