package io.github.gwdns.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.gwdns.core.predict.DnsPlan;
import io.github.gwdns.core.predict.Endpoint;
import io.github.gwdns.core.predict.FilteredEndpoint;
import io.github.gwdns.core.predict.PendingName;
import io.github.gwdns.core.predict.ProviderProperty;
import io.github.gwdns.core.predict.UnresolvedName;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The predicted DNS plan as a table ({@code text}), as JSON with a fixed contract, or as a {@code
 * DNSEndpoint} custom resource ({@code yaml}) that external-dns's crd source can read.
 */
public final class PlanReport {
  private final DnsPlan plan;

  public PlanReport(DnsPlan plan) {
    this.plan = plan;
  }

  /** A table: name, type, targets, TTL, source routes; then the pending names. */
  public void writeText(Writer out) throws IOException {
    out = SafeText.writer(out); // manifest text must not act on a terminal or a log
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"NAME", "TYPE", "TARGETS", "TTL", "SOURCES"});
    for (Endpoint e : plan.endpoints()) {
      rows.add(
          new String[] {
            e.dnsName() + (e.setIdentifier().isEmpty() ? "" : " [" + e.setIdentifier() + "]"),
            e.recordType(),
            String.join(",", e.targets()),
            e.recordTtl() == 0 ? "-" : Long.toString(e.recordTtl()),
            String.join(",", plan.sourceLabels(e.sources()))
          });
    }
    Table.write(rows, out);
    if (!plan.pending().isEmpty()) {
      out.write(
          "\nPending: these names point at Gateways whose address only their controller will assign\n");
      List<String[]> pending = new ArrayList<>();
      pending.add(new String[] {"NAME", "AWAITING ADDRESS OF", "REQUESTED", "SOURCES"});
      for (PendingName p : plan.pending()) {
        pending.add(
            new String[] {
              p.dnsName(),
              "Gateway " + p.awaitingAddressOf(),
              p.requestedAddresses().isEmpty() ? "-" : String.join(",", p.requestedAddresses()),
              String.join(",", plan.sourceLabels(p.sources()))
            });
      }
      Table.write(pending, out);
    }
    if (!plan.filtered().isEmpty()) {
      out.write(
          "\nFiltered: the sources emit these, but external-dns's filters keep them from the provider, or it does not start\n");
      List<String[]> filtered = new ArrayList<>();
      filtered.add(new String[] {"NAME", "TYPE", "WHY", "SOURCES"});
      for (FilteredEndpoint f : plan.filtered()) {
        filtered.add(
            new String[] {
              f.endpoint().dnsName(),
              f.endpoint().recordType(),
              f.reason(),
              String.join(",", plan.sourceLabels(f.endpoint().sources()))
            });
      }
      Table.write(filtered, out);
    }
    if (!plan.unresolved().isEmpty()) {
      out.write(
          "\nUnresolved: these names hold Flux variables gwdns has no value for (pass --var KEY=VALUE), so they are not"
              + " compared with listeners or filters\n");
      List<String[]> unresolved = new ArrayList<>();
      unresolved.add(new String[] {"NAME", "VARIABLES", "SOURCES"});
      for (UnresolvedName u : plan.unresolved()) {
        unresolved.add(
            new String[] {
              u.dnsName(),
              String.join(",", u.variables()),
              String.join(",", plan.sourceLabels(u.sources()))
            });
      }
      Table.write(unresolved, out);
    }
    out.write(
        "\n"
            + Summary.plural(plan.endpoints().size(), "endpoint")
            + ", "
            + plan.pending().size()
            + " pending"
            + (plan.filtered().isEmpty() ? "" : ", " + plan.filtered().size() + " filtered")
            + (plan.unresolved().isEmpty() ? "" : ", " + plan.unresolved().size() + " unresolved")
            + "\n");
    out.flush();
  }

  /**
   * A Markdown table of the records, then the pending names, for a pull request comment or a
   * build's report directory.
   */
  public void writeMarkdown(Writer out) throws IOException {
    out = SafeText.writer(out); // manifest text must not act on a terminal or a log
    StringBuilder md = new StringBuilder("## Predicted DNS records\n\n");
    if (plan.endpoints().isEmpty() && plan.pending().isEmpty() && plan.unresolved().isEmpty()) {
      md.append("None.\n");
    } else {
      md.append(MARKDOWN_HEADER);
      plan.endpoints().forEach(e -> md.append(markdownRow(e, plan)));
      plan.pending().forEach(p -> md.append(markdownRow(p, plan)));
    }
    for (UnresolvedName u : plan.unresolved()) {
      md.append("| `")
          .append(MarkdownReport.cell(u.dnsName()))
          .append("` | unresolved | ")
          .append(
              MarkdownReport.cell(
                  String.join(", ", u.variables().stream().map(v -> "${" + v + "}").toList())))
          .append(" | | ")
          .append(MarkdownReport.cell(String.join(", ", plan.sourceLabels(u.sources()))))
          .append(" |\n");
    }
    md.append("\n")
        .append(Summary.plural(plan.endpoints().size(), "endpoint"))
        .append(", ")
        .append(plan.pending().size())
        .append(" pending")
        .append(plan.unresolved().isEmpty() ? "" : ", " + plan.unresolved().size() + " unresolved")
        .append("\n");
    out.write(md.toString());
    out.flush();
  }

  static final String MARKDOWN_HEADER =
      "| Name | Type | Targets | TTL | Sources |\n|---|---|---|---|---|\n";

  /** A row of the records table; {@code plan} labels the sources a chart renders. */
  static String markdownRow(Endpoint e, DnsPlan plan) {
    return "| `"
        + MarkdownReport.cell(e.dnsName())
        + "`"
        + (e.setIdentifier().isEmpty() ? "" : " [" + MarkdownReport.cell(e.setIdentifier()) + "]")
        + " | "
        + e.recordType()
        + " | "
        + MarkdownReport.cell(String.join(", ", e.targets()))
        + " | "
        + (e.recordTtl() == 0 ? "" : e.recordTtl())
        + " | "
        + MarkdownReport.cell(String.join(", ", plan.sourceLabels(e.sources())))
        + " |\n";
  }

  static String markdownRow(PendingName p, DnsPlan plan) {
    return "| `"
        + MarkdownReport.cell(p.dnsName())
        + "` | pending | address of Gateway "
        + MarkdownReport.cell(p.awaitingAddressOf())
        + " | | "
        + MarkdownReport.cell(String.join(", ", plan.sourceLabels(p.sources())))
        + " |\n";
  }

  /** One endpoint in the JSON contract. */
  static void writeEndpoint(JsonGenerator json, Endpoint e) throws IOException {
    writeEndpoint(json, e, null, null);
  }

  /**
   * One endpoint, with the external-dns instance that publishes it when {@code externalDns} is not
   * null, and the Helm releases of its sources a chart renders when {@code plan} is not null.
   */
  static void writeEndpoint(JsonGenerator json, Endpoint e, String externalDns, DnsPlan plan)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("dnsName", e.dnsName());
    json.writeStringField("recordType", e.recordType());
    writeStrings(json, "targets", e.targets());
    json.writeNumberField("recordTTL", e.recordTtl());
    json.writeStringField("setIdentifier", e.setIdentifier());
    json.writeArrayFieldStart("providerSpecific");
    for (ProviderProperty p : e.providerSpecific()) {
      json.writeStartObject();
      json.writeStringField("name", p.name());
      json.writeStringField("value", p.value());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeObjectFieldStart("labels");
    for (Map.Entry<String, String> label : e.labels().entrySet()) {
      json.writeStringField(label.getKey(), label.getValue());
    }
    json.writeEndObject();
    writeStrings(json, "sources", e.sources());
    writeRenderedFrom(json, plan, e.sources());
    if (externalDns != null) {
      json.writeStringField("externalDns", externalDns);
    }
    json.writeEndObject();
  }

  /**
   * {@code "renderedFrom": {"HTTPRoute/default/atuin": "HelmRelease default/atuin"}}, when a source
   * comes from a chart.
   */
  static void writeRenderedFrom(JsonGenerator json, DnsPlan plan, List<String> sources)
      throws IOException {
    Map<String, String> from = plan == null ? Map.of() : plan.renderedFrom(sources);
    if (from.isEmpty()) {
      return;
    }
    json.writeObjectFieldStart("renderedFrom");
    for (Map.Entry<String, String> e : from.entrySet()) {
      json.writeStringField(e.getKey(), e.getValue());
    }
    json.writeEndObject();
  }

  /** One pending name in the JSON contract. */
  static void writePending(JsonGenerator json, PendingName p) throws IOException {
    writePending(json, p, null, null);
  }

  /**
   * One pending name, with the external-dns instance it is for when {@code externalDns} is not
   * null.
   */
  static void writePending(JsonGenerator json, PendingName p, String externalDns, DnsPlan plan)
      throws IOException {
    json.writeStartObject();
    if (externalDns != null) {
      json.writeStringField("externalDns", externalDns);
    }
    json.writeStringField("dnsName", p.dnsName());
    json.writeStringField("awaitingAddressOf", p.awaitingAddressOf());
    writeStrings(json, "requestedAddresses", p.requestedAddresses());
    writeStrings(json, "sources", p.sources());
    writeRenderedFrom(json, plan, p.sources());
    json.writeEndObject();
  }

  /** One unresolved name in the JSON contract. */
  static void writeUnresolved(
      JsonGenerator json, UnresolvedName u, String externalDns, DnsPlan plan) throws IOException {
    json.writeStartObject();
    json.writeStringField("dnsName", u.dnsName());
    writeStrings(json, "variables", u.variables());
    writeStrings(json, "sources", u.sources());
    writeRenderedFrom(json, plan, u.sources());
    if (externalDns != null) {
      json.writeStringField("externalDns", externalDns);
    }
    json.writeEndObject();
  }

  /** One filtered endpoint in the JSON contract. */
  static void writeFiltered(
      JsonGenerator json, FilteredEndpoint f, String externalDns, DnsPlan plan) throws IOException {
    json.writeStartObject();
    json.writeStringField("reason", f.reason());
    json.writeFieldName("endpoint");
    writeEndpoint(json, f.endpoint(), null, plan);
    if (externalDns != null) {
      json.writeStringField("externalDns", externalDns);
    }
    json.writeEndObject();
  }

  /** The JSON contract documented in the README. */
  public void writeJson(OutputStream out) throws IOException {
    try (JsonGenerator json = Json.generator(out)) {
      json.writeStartObject();
      writeJsonFields(json);
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }

  /** The fields of the JSON contract, into an object already started. */
  void writeJsonFields(JsonGenerator json) throws IOException {
    json.writeArrayFieldStart("endpoints");
    for (Endpoint e : plan.endpoints()) {
      writeEndpoint(json, e, null, plan);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("pending");
    for (PendingName p : plan.pending()) {
      writePending(json, p, null, plan);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("filtered");
    for (FilteredEndpoint f : plan.filtered()) {
      writeFiltered(json, f, null, plan);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("unresolved");
    for (UnresolvedName u : plan.unresolved()) {
      writeUnresolved(json, u, null, plan);
    }
    json.writeEndArray();
  }

  /**
   * A DNSEndpoint ({@code externaldns.k8s.io/v1alpha1}) named {@code gwdns-plan} holding every
   * endpoint.
   */
  public void writeYaml(OutputStream out) throws IOException {
    writeYaml(out, "gwdns-plan");
  }

  /** A DNSEndpoint named {@code name} holding every endpoint. */
  public void writeYaml(OutputStream out, String name) throws IOException {
    List<Object> endpoints = new ArrayList<>();
    for (Endpoint e : plan.endpoints()) {
      Map<String, Object> endpoint = new LinkedHashMap<>();
      endpoint.put("dnsName", e.dnsName());
      endpoint.put("recordType", e.recordType());
      endpoint.put("targets", e.targets());
      if (e.recordTtl() != 0) {
        endpoint.put("recordTTL", e.recordTtl());
      }
      if (!e.setIdentifier().isEmpty()) {
        endpoint.put("setIdentifier", e.setIdentifier());
      }
      if (!e.providerSpecific().isEmpty()) {
        List<Object> properties = new ArrayList<>();
        for (ProviderProperty p : e.providerSpecific()) {
          properties.add(new LinkedHashMap<>(Map.of("name", p.name(), "value", p.value())));
        }
        endpoint.put("providerSpecific", properties);
      }
      endpoint.put("labels", new LinkedHashMap<>(e.labels()));
      endpoints.add(endpoint);
    }
    Map<String, Object> resource = new LinkedHashMap<>();
    resource.put("apiVersion", "externaldns.k8s.io/v1alpha1");
    resource.put("kind", "DNSEndpoint");
    resource.put("metadata", new LinkedHashMap<>(Map.of("name", name)));
    resource.put("spec", new LinkedHashMap<>(Map.of("endpoints", endpoints)));
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    YamlEmitter.write(List.of(resource), writer);
  }

  private static void writeStrings(JsonGenerator json, String field, List<String> values)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (String v : values) {
      json.writeString(v);
    }
    json.writeEndArray();
  }
}
