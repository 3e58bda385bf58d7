package io.github.gwdns.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.InstancePlan;
import io.github.gwdns.core.deploy.StartupFailure;
import io.github.gwdns.core.predict.DnsPlan;
import io.github.gwdns.core.predict.Endpoint;
import io.github.gwdns.core.predict.ExternalDnsOptions;
import io.github.gwdns.core.predict.FilteredEndpoint;
import io.github.gwdns.core.predict.PendingName;
import io.github.gwdns.core.predict.UnresolvedName;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
    String who =
        p.instance() == null
            ? "(none in the manifests: the options given)"
                + (p.cluster().isEmpty() ? "" : " in cluster " + p.cluster())
            : p.label();
    return "external-dns "
        + who
        + " ("
        + (o.version() == null ? "version unknown, predicted as v0.22.0" : o.version().toString())
        + ")"
        + (p.starts() ? "" : ", does not start");
  }

  /**
   * One warning per external-dns source that fails as a whole, in plan order: {@code source failed,
   * no records from it: gateway-httproute: failed to apply template on ...}.
   */
  public java.util.List<String> sourceFailureWarnings() {
    return result.plans().stream()
        .flatMap(p -> p.plan().sourceErrors().stream())
        .map(e -> "source failed, no records from it: " + e.text())
        .toList();
  }

  public void writeText(Writer out) throws IOException {
    writeText(out, false);
  }

  /** The text plan, with ANSI colours when {@code color} (for terminals only). */
  public void writeText(Writer out, boolean color) throws IOException {
    // Manifest text must not act on a terminal or a log: escaped before colour codes are added.
    out = SafeText.writer(Highlighter.of(out, color, Highlighter.PLAN));
    boolean first = true;
    for (InstancePlan p : result.plans()) {
      if (p.instance() != null || !p.cluster().isEmpty()) {
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
      if ((p.instance() != null || !p.cluster().isEmpty()) && !single()) {
        out.write("### " + MarkdownReport.cell(heading(p)) + "\n\n");
      }
      new PlanReport(p.plan()).writeMarkdown(out);
    }
    out.flush();
  }

  /**
   * One shape whatever the number of instances: {@code endpoints}, {@code pending} and {@code
   * filtered}, {@code unresolved} of every instance (the plan's contract; each entry names its
   * {@code externalDns}), sorted by name and record type, then {@code instances}: {@code
   * [{"externalDns", "name", "version", "starts"}]}, one per plan, with {@code startup}: the
   * start-up checks it fails ({@code check}, {@code logged}, {@code certain}, and {@code releases}
   * that fail it when the release is not known) when any.
   */
  public void writeJson(OutputStream out) throws IOException {
    record Tagged<T>(T item, String externalDns, DnsPlan plan) {}
    List<Tagged<Endpoint>> endpoints = new ArrayList<>();
    List<Tagged<PendingName>> pending = new ArrayList<>();
    List<Tagged<FilteredEndpoint>> filtered = new ArrayList<>();
    List<Tagged<UnresolvedName>> unresolved = new ArrayList<>();
    for (InstancePlan p : result.plans()) {
      p.plan().endpoints().forEach(e -> endpoints.add(new Tagged<>(e, p.label(), p.plan())));
      p.plan().pending().forEach(e -> pending.add(new Tagged<>(e, p.label(), p.plan())));
      p.plan().filtered().forEach(e -> filtered.add(new Tagged<>(e, p.label(), p.plan())));
      p.plan().unresolved().forEach(e -> unresolved.add(new Tagged<>(e, p.label(), p.plan())));
    }
    endpoints.sort(
        Comparator.comparing((Tagged<Endpoint> t) -> t.item().dnsName())
            .thenComparing(t -> t.item().recordType()));
    pending.sort(Comparator.comparing((Tagged<PendingName> t) -> t.item().dnsName()));
    filtered.sort(
        Comparator.comparing((Tagged<FilteredEndpoint> t) -> t.item().endpoint().dnsName())
            .thenComparing(t -> t.item().endpoint().recordType()));
    try (JsonGenerator json = Json.generator(out)) {
      json.writeStartObject();
      json.writeArrayFieldStart("endpoints");
      for (Tagged<Endpoint> t : endpoints) {
        PlanReport.writeEndpoint(json, t.item(), t.externalDns(), t.plan());
      }
      json.writeEndArray();
      json.writeArrayFieldStart("pending");
      for (Tagged<PendingName> t : pending) {
        PlanReport.writePending(json, t.item(), t.externalDns(), t.plan());
      }
      json.writeEndArray();
      json.writeArrayFieldStart("filtered");
      for (Tagged<FilteredEndpoint> t : filtered) {
        PlanReport.writeFiltered(json, t.item(), t.externalDns(), t.plan());
      }
      json.writeEndArray();
      unresolved.sort(Comparator.comparing((Tagged<UnresolvedName> t) -> t.item().dnsName()));
      json.writeArrayFieldStart("unresolved");
      for (Tagged<UnresolvedName> t : unresolved) {
        PlanReport.writeUnresolved(json, t.item(), t.externalDns(), t.plan());
      }
      json.writeEndArray();
      json.writeArrayFieldStart("instances");
      for (InstancePlan p : result.plans()) {
        json.writeStartObject();
        json.writeStringField("externalDns", p.label());
        json.writeStringField("name", p.instance() == null ? "" : p.instance().name());
        json.writeStringField(
            "version",
            p.plan().options().version() == null ? "" : p.plan().options().version().toString());
        if (!p.cluster().isEmpty()) {
          json.writeStringField("cluster", p.cluster());
        }
        json.writeBooleanField("starts", p.starts());
        if (!p.startup().isEmpty()) {
          json.writeArrayFieldStart("startup");
          for (StartupFailure f : p.startup()) {
            json.writeStartObject();
            json.writeStringField("check", f.check());
            json.writeStringField("logged", f.logged());
            json.writeBooleanField("certain", f.certain());
            if (!f.certain()) {
              json.writeStringField("releases", f.releases());
            }
            json.writeEndObject();
          }
          json.writeEndArray();
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }

  /**
   * A DNSEndpoint per instance, as a multi-document stream: {@code gwdns-plan}, or with several
   * instances {@code gwdns-plan-<namespace>-<name>} each, so applying them keeps them all.
   */
  public void writeYaml(OutputStream out) throws IOException {
    out.write(
        io.github.gwdns.core.vocabulary.GwdnsOutput.header(
                "plan", "the DNS records external-dns is predicted to publish, as DNSEndpoints")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    for (InstancePlan p : result.plans()) {
      String name = "gwdns-plan";
      if (!p.cluster().isEmpty()) {
        name += "-" + p.cluster();
      }
      if (result.plans().size() > 1 && p.instance() != null) {
        name += "-" + p.instance().name();
      }
      name =
          name.toLowerCase(java.util.Locale.ROOT)
              .replaceAll("[^a-z0-9-]+", "-")
              .replaceAll("-+$", "");
      new PlanReport(p.plan()).writeYaml(out, name.length() > 253 ? name.substring(0, 253) : name);
    }
  }
}
