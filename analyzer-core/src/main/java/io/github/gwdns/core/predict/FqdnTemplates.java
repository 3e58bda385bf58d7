package io.github.gwdns.core.predict;

import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.model.ParentReference;
import io.github.gwdns.core.model.Route;
import io.github.gwdns.core.template.GoStruct;
import io.github.gwdns.core.template.GoTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * external-dns's {@code --fqdn-template} applied to a route: the template runs on the route object
 * (Go field names: {@code .Name}, {@code .Namespace}, {@code .Labels}, {@code .Spec.Hostnames}...);
 * after v0.22.0 (external-dns's head since 2026-08-21), a failure is retried on the JSON-shaped
 * form where {@code .Spec} holds the manifest's own keys ({@code .Spec.hostnames}); v0.22.0 and
 * older do not retry. The output is split on ",", trimmed, stripped of one trailing dot,
 * deduplicated and sorted.
 */
final class FqdnTemplates {
  private final GoTemplate template;
  private final boolean retryUnstructured;

  private FqdnTemplates(GoTemplate template, boolean retryUnstructured) {
    this.template = template;
    this.retryUnstructured = retryUnstructured;
  }

  /**
   * Parses the joined template, or returns null when none is configured.
   *
   * @param retryUnstructured whether a failure on the typed route is retried on its JSON-shaped
   *     form
   * @throws IllegalArgumentException when it does not parse (external-dns refuses to start)
   */
  static FqdnTemplates parse(String text, boolean retryUnstructured) {
    if (text.isBlank()) {
      return null;
    }
    try {
      return new FqdnTemplates(GoTemplate.parse(text), retryUnstructured);
    } catch (GoTemplate.TemplateException e) {
      throw new InvalidOptionException(
          ExternalDnsOption.FQDN_TEMPLATE, "invalid --fqdn-template: " + e.getMessage(), e);
    }
  }

  /**
   * The names for {@code route}.
   *
   * @throws GoTemplate.TemplateException when the template fails on the typed route (and, when
   *     retried, on its JSON-shaped form too)
   */
  List<String> names(Route route) throws GoTemplate.TemplateException {
    String output;
    try {
      output = template.execute(typed(route));
    } catch (GoTemplate.TemplateException typedFailure) {
      if (!retryUnstructured) {
        throw typedFailure;
      }
      output = template.execute(jsonShaped(route));
    }
    TreeSet<String> names = new TreeSet<>();
    for (String item : output.split(",")) {
      String name = DnsNames.withoutTrailingDot(item.strip());
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return new ArrayList<>(names);
  }

  /** The route as Go's typed object presents it to templates. */
  private static GoStruct typed(Route route) {
    Map<String, Object> meta = meta(route);
    Map<String, Object> spec = new LinkedHashMap<>();
    List<Object> refs = new ArrayList<>();
    for (ParentReference ref : route.parentRefs()) {
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("Group", ref.group());
      fields.put("Kind", ref.kind());
      fields.put("Namespace", ref.namespace());
      fields.put("Name", ref.name());
      fields.put("SectionName", ref.sectionName() == null ? "" : ref.sectionName());
      fields.put("Port", ref.port() == null ? 0L : (long) ref.port());
      refs.add(new GoStruct("ParentReference", fields));
    }
    spec.put("ParentRefs", refs);
    if (route.routeKind().hasHostnames()) {
      spec.put("Hostnames", new ArrayList<Object>(route.hostnames()));
    }
    Object rules = route.provenance().unstructured(FieldPath.parse("spec.rules"));
    spec.put("Rules", rules == null ? List.of() : rules);
    Map<String, Object> fields = new LinkedHashMap<>(meta);
    fields.put("Spec", new GoStruct(route.version() + "." + route.kind() + "Spec", spec));
    fields.put(
        "Status",
        new GoStruct(route.version() + "." + route.kind() + "Status", new LinkedHashMap<>()));
    return new GoStruct(goType(route), fields);
  }

  /** external-dns passes a pointer to the typed object, e.g. {@code *v1.HTTPRoute}. */
  private static String goType(Route route) {
    return "*" + route.version() + "." + route.kind();
  }

  /**
   * The retry form: the same metadata, with {@code .Spec} and {@code .Status} keyed as in the
   * manifest.
   */
  private static GoStruct jsonShaped(Route route) {
    Map<String, Object> fields = new LinkedHashMap<>(meta(route));
    Object spec = route.provenance().unstructured(FieldPath.parse("spec"));
    Object status = route.provenance().unstructured(FieldPath.parse("status"));
    fields.put("Spec", spec == null ? new LinkedHashMap<>() : spec);
    fields.put("Status", status == null ? new LinkedHashMap<>() : status);
    return new GoStruct(goType(route), fields);
  }

  private static Map<String, Object> meta(Route route) {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("Name", route.metadata().name());
    meta.put("Namespace", route.metadata().namespace());
    meta.put("Labels", new LinkedHashMap<String, Object>(route.metadata().labels()));
    meta.put("Annotations", new LinkedHashMap<String, Object>(route.metadata().annotations()));
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("Kind", route.kind());
    fields.put("APIVersion", route.apiVersion());
    fields.putAll(meta);
    fields.put(
        "TypeMeta",
        new GoStruct("TypeMeta", Map.of("Kind", route.kind(), "APIVersion", route.apiVersion())));
    fields.put("ObjectMeta", new GoStruct("ObjectMeta", meta));
    return fields;
  }
}
