package io.github.gwdns.core.render.chart;

import io.github.gwdns.core.load.ManifestList;
import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.load.ManifestScalar;
import io.github.gwdns.core.load.ScalarKind;
import io.github.gwdns.core.load.Span;
import io.github.gwdns.core.render.NamespaceSource;
import io.github.gwdns.core.render.RenderedObject;
import io.github.gwdns.core.render.Variables;
import io.github.gwdns.core.template.TemplateData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The routes a chart described by a {@link ChartDescriptor} renders: at each described place of the
 * values, the route (or each route of a mapping) the chart's condition enables, named and placed by
 * the descriptor's templates, with the route values' annotations, labels, parentRefs and hostnames,
 * through tpl where the chart passes them through it. The chart's rules are counted, not rendered:
 * they do not decide DNS.
 */
final class DescribedChartModel implements ChartModel {
  private final ChartDescriptor descriptor;

  DescribedChartModel(ChartDescriptor descriptor) {
    this.descriptor = descriptor;
  }

  @Override
  public String name() {
    return "the " + descriptor.id() + " route descriptor (" + descriptor.origin() + ")";
  }

  @Override
  public ChartRendering render(ChartRelease release, Capabilities capabilities) {
    return render(release, capabilities, EmbeddedDocuments.NONE);
  }

  @Override
  public ChartRendering render(
      ChartRelease release, Capabilities capabilities, EmbeddedDocuments documents) {
    return new Run(release, documents).render();
  }

  private final class Run {
    private final ChartRelease release;
    private final List<ChartProblem> problems = new ArrayList<>();
    private final List<ManifestNode> read = new ArrayList<>();
    private final EmbeddedDocuments documents;
    private boolean failed;

    Run(ChartRelease release, EmbeddedDocuments documents) {
      this.release = release;
      this.documents = documents;
    }

    ChartRendering render() {
      Map<String, Object> valuesData = merged();
      List<RenderedObject> objects = new ArrayList<>();
      for (ChartDescriptor.Route spec : descriptor.routes()) {
        ManifestNode userNode = Values.get(release.values(), spec.values().split("\\."));
        if (userNode != null) {
          read.add(userNode);
        }
        Map<String, Object> scoped = scope(valuesData, spec.scope());
        Map<String, Object> context = context(scoped, spec.chartName());
        if (!spec.when().isEmpty()
            && !condition(
                spec.when(),
                context,
                userNode == null ? release.values() : userNode,
                spec.values())) {
          continue;
        }
        Object routeData = path(valuesData, spec.values());
        if (spec.each()) {
          if (!(routeData instanceof Map<?, ?> routes)) {
            continue;
          }
          for (Object key : new TreeMap<>(routes).keySet()) {
            ManifestNode node = userNode instanceof ManifestMap m ? m.get((String) key) : null;
            Span keySpan =
                userNode instanceof ManifestMap m && m.entry((String) key) != null
                    ? m.entry((String) key).keySpan()
                    : null;
            RenderedObject route =
                route(
                    spec,
                    context,
                    (String) key,
                    routes.get(key),
                    node,
                    keySpan,
                    spec.values() + "." + key);
            if (route != null) {
              objects.add(route);
            }
          }
        } else if (routeData instanceof Map<?, ?>) {
          Span keySpan = keySpan(spec.values());
          RenderedObject route =
              route(spec, context, "", routeData, userNode, keySpan, spec.values());
          if (route != null) {
            objects.add(route);
          }
        }
      }
      for (ChartDescriptor.ObjectList spec : descriptor.objects()) {
        objects.addAll(objects(spec, valuesData));
      }
      return new ChartRendering(failed ? List.of() : objects, problems, read);
    }

    // ------------------------------------------------------------ whole objects

    /**
     * The manifests written in the list {@code spec} names, as the chart renders each item through
     * tpl.
     */
    private List<RenderedObject> objects(
        ChartDescriptor.ObjectList spec, Map<String, Object> valuesData) {
      ManifestNode node = Values.get(release.values(), spec.values().split("\\."));
      if (node == null) {
        return List.of();
      }
      read.add(node);
      Map<String, Object> context = context(scope(valuesData, spec.scope()), spec.chartName());
      if (!spec.when().isEmpty() && !condition(spec.when(), context, node, spec.values())) {
        return List.of();
      }
      Map<String, ManifestNode> items = new LinkedHashMap<>();
      if (node instanceof ManifestList list) {
        for (int i = 0; i < list.items().size(); i++) {
          items.put(spec.values() + "[" + i + "]", list.items().get(i));
        }
      } else if (node instanceof ManifestMap map && spec.map()) {
        // Helm's `values` of a dict: its values in the order of their keys, the keys dropped.
        new TreeMap<>(
                map.entries().stream()
                    .collect(
                        java.util.stream.Collectors.toMap(
                            ManifestMap.Entry::key, ManifestMap.Entry::value)))
            .forEach((key, value) -> items.put(spec.values() + "." + key, value));
      }
      List<RenderedObject> out = new ArrayList<>();
      items.forEach(
          (part, item) -> {
            for (ManifestMap manifest : manifests(spec, part, item)) {
              RenderedObject object = object(manifest, context, part);
              if (object != null) {
                out.add(object);
              }
            }
          });
      return out;
    }

    /** The manifests one item holds: itself, or the YAML documents of a string. */
    private List<ManifestMap> manifests(
        ChartDescriptor.ObjectList spec, String part, ManifestNode item) {
      if (item instanceof ManifestMap map) {
        if (!spec.maps()) {
          fail(
              map,
              "the chart passes each item of `"
                  + spec.values()
                  + "` to tpl, which takes a string, and `"
                  + part
                  + "` is a mapping",
              "write the manifest as a block string (`- |` and the YAML under it)");
          return List.of();
        }
        return List.of(map);
      }
      if (!(item instanceof ManifestScalar s)
          || s.kind() != ScalarKind.STRING
          || !spec.strings()
          || s.value().isBlank()) {
        return List.of();
      }
      String file = release.fileOf(s);
      List<ManifestMap> out = new ArrayList<>();
      for (ManifestNode document : documents.parse(s, file)) {
        if (document instanceof ManifestMap map) {
          pending.put(map, file);
          out.add(map);
        }
      }
      if (out.isEmpty() && s.value().contains("{{")) {
        problems.add(
            new ChartProblem(
                ChartProblem.Kind.UNRESOLVED,
                release.range(s),
                release.carrierRef(),
                release.label()
                    + ": `"
                    + part
                    + "` is a manifest whose YAML only its templates make (gwdns reads the YAML first, then evaluates the"
                    + " templates in its strings), so gwdns does not analyze it",
                "keep the template actions inside the values of the"
                    + " manifest's fields, or write the object as a manifest"));
      }
      return out;
    }

    /** The files of manifests read from strings, for the object's tree. */
    private final Map<ManifestNode, String> pending = new java.util.IdentityHashMap<>();

    private RenderedObject object(ManifestMap manifest, Map<String, Object> context, String part) {
      ChartTree tree = new ChartTree(release);
      String file = pending.get(manifest);
      if (file != null) {
        tree.in(manifest, file);
      }
      if (!(copy(tree, manifest, true, part, false, context) instanceof ManifestMap root)) {
        return null;
      }
      String apiVersion = root.text("apiVersion");
      String kind = root.text("kind");
      if (apiVersion == null
          || kind == null
          || !(root.get("metadata") instanceof ManifestMap metadata)) {
        return null; // not an object: nothing gwdns reads
      }
      boolean written = metadata.text("namespace") != null;
      boolean defaultNamespace = release.namespaceSource() == NamespaceSource.DEFAULT;
      ManifestMap placed = root;
      if (!written && !defaultNamespace) {
        // Helm installs an object that names no namespace in the release's.
        List<ManifestMap.Entry> entries = new ArrayList<>(metadata.entries());
        entries.add(
            new ManifestMap.Entry(
                "namespace",
                metadata.span().start(),
                tree.string(release.releaseNamespace(), metadata)));
        ManifestMap withNamespace = tree.map(entries, metadata);
        List<ManifestMap.Entry> top = new ArrayList<>();
        for (ManifestMap.Entry e : root.entries()) {
          top.add(
              e.key().equals("metadata")
                  ? new ManifestMap.Entry(e.key(), e.keySpan(), withNamespace)
                  : e);
        }
        placed = tree.map(top, root);
      }
      NamespaceSource source =
          written
              ? null
              : defaultNamespace
                  ? null
                  : release.namespaceSource() == NamespaceSource.ASSUMED
                      ? NamespaceSource.ASSUMED
                      : NamespaceSource.HELM;
      String origin =
          source == null
              ? null
              : source == NamespaceSource.ASSUMED
                  ? release.namespaceOrigin()
                  : "the namespace of "
                      + release.label()
                      + " ("
                      + release.namespaceOrigin()
                      + "), where Helm installs an object that"
                      + " names none";
      RenderedObject carrier = release.carrier();
      return new RenderedObject(
          carrier.file(),
          carrier.document(),
          carrier.item(),
          apiVersion,
          kind,
          placed,
          null,
          tree.files(),
          source,
          origin,
          Map.of(),
          carrier.literalVariables(),
          new ChartSource(release.label(), release.chartDescription(), name(), part));
    }

    /** The chart's defaults with the release's values over them, as templates read them. */
    private Map<String, Object> merged() {
      Object defaults =
          descriptor.defaults() == null ? Map.of() : Values.data(descriptor.defaults());
      Object user = Values.data(release.values());
      return merge(defaults, user) instanceof Map<?, ?> m ? cast(m) : new LinkedHashMap<>();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
      return (Map<String, Object>) map;
    }

    /**
     * Helm's coalescing of values: maps merge key by key, the release's value wins, null deletes.
     */
    private Object merge(Object base, Object over) {
      if (!(base instanceof Map<?, ?> b) || !(over instanceof Map<?, ?> o)) {
        return over == null && base != null && !(over instanceof Map) ? base : over;
      }
      Map<String, Object> out = new LinkedHashMap<>();
      b.forEach((k, v) -> out.put((String) k, v));
      for (Map.Entry<?, ?> e : o.entrySet()) {
        String k = (String) e.getKey();
        if (e.getValue() == null) {
          out.remove(k);
        } else {
          out.put(k, out.containsKey(k) ? merge(out.get(k), e.getValue()) : e.getValue());
        }
      }
      return out;
    }

    private Map<String, Object> scope(Map<String, Object> values, String scope) {
      if (scope.isEmpty()) {
        return values;
      }
      return path(values, scope) instanceof Map<?, ?> m ? cast(m) : new LinkedHashMap<>();
    }

    private Object path(Map<String, Object> values, String dotted) {
      Object at = values;
      for (String key : dotted.split("\\.")) {
        if (!(at instanceof Map<?, ?> m) || !m.containsKey(key)) {
          return null;
        }
        at = m.get(key);
      }
      return at;
    }

    private Map<String, Object> context(Map<String, Object> values, String chartName) {
      Map<String, Object> context = new LinkedHashMap<>();
      context.put(
          "Release",
          Map.of(
              "Name",
              release.releaseName(),
              "Namespace",
              release.releaseNamespace(),
              "Service",
              "Helm"));
      Map<String, Object> chart = new LinkedHashMap<>();
      chart.put("Name", chartName.isEmpty() ? release.chart().name() : chartName);
      SemanticVersion version = release.chart().exactVersion();
      chart.put(
          "Version",
          version == null || !chartName.isEmpty()
              ? new TemplateData.Unknown("`.Chart.Version`")
              : release.chart().version());
      chart.put("AppVersion", new TemplateData.Unknown("`.Chart.AppVersion`"));
      context.put("Chart", chart);
      context.put("Values", values);
      context.put("Capabilities", new TemplateData.Unknown("`.Capabilities`"));
      Map<String, Object> helpers = new LinkedHashMap<>();
      context.put("Helpers", helpers);
      for (Map.Entry<String, String> h : descriptor.helpers().entrySet()) {
        HelmTemplate.Result r = new HelmTemplate(context).render(h.getValue());
        helpers.put(
            h.getKey(),
            r instanceof HelmTemplate.Rendered rendered
                ? rendered.text()
                : new TemplateData.Unknown("helper `" + h.getKey() + "` (" + why(r) + ")"));
      }
      return context;
    }

    private String why(HelmTemplate.Result r) {
      return r instanceof HelmTemplate.Unresolved u
          ? u.why()
          : r instanceof HelmTemplate.Failed f ? f.message() : "";
    }

    private Span keySpan(String dotted) {
      String[] keys = dotted.split("\\.");
      ManifestNode at = release.values();
      Span span = null;
      for (String key : keys) {
        if (!(at instanceof ManifestMap m) || m.entry(key) == null) {
          return span;
        }
        span = m.entry(key).keySpan();
        at = m.get(key);
      }
      return span;
    }

    // ------------------------------------------------------------ one route

    private RenderedObject route(
        ChartDescriptor.Route spec,
        Map<String, Object> base,
        String key,
        Object data,
        ManifestNode node,
        Span keySpan,
        String part) {
      Map<String, Object> context = new LinkedHashMap<>(base);
      context.put("Route", data instanceof Map<?, ?> m ? m : Map.of());
      context.put("Key", key);
      ManifestMap routeNode = node instanceof ManifestMap m ? m : null;
      ManifestNode anchor = routeNode != null ? routeNode : release.values();
      if (!condition(spec.enabled(), context, anchor, part)) {
        return null;
      }
      Span at = keySpan != null ? keySpan : anchor.span();
      ChartTree tree = new ChartTree(release);
      String name = evaluate(spec.name(), context, anchor, part, "name");
      String kind = evaluate(spec.kind(), context, anchor, part, "kind");
      String apiVersion = evaluate(spec.apiVersion(), context, anchor, part, "apiVersion");
      if (name == null || kind == null || apiVersion == null) {
        return null;
      }
      String namespace =
          spec.namespace().isEmpty()
              ? release.releaseNamespace()
              : evaluate(spec.namespace(), context, anchor, part, "namespace");
      if (namespace == null) {
        return null;
      }
      ChartTree.Entries metadata = new ChartTree.Entries();
      metadata.put("name", tree.string(name, at, anchor));
      metadata.put(
          "labels", copied(tree, routeNode, "labels", "labels", spec, part, false, context));
      metadata.put(
          "annotations",
          copied(tree, routeNode, "annotations", "annotations", spec, part, false, context));
      boolean defaultNamespace =
          release.namespaceSource() == NamespaceSource.DEFAULT && spec.namespace().isEmpty();
      if (!defaultNamespace) {
        ManifestScalar written = release.carrierNamespaceNode();
        metadata.put(
            "namespace",
            written != null && written.value().equals(namespace)
                ? tree.keep(written)
                : tree.string(namespace, at, anchor));
      }
      ChartTree.Entries specOut = new ChartTree.Entries();
      specOut.put(
          "parentRefs",
          copied(tree, routeNode, spec.parentRefs(), "parentRefs", spec, part, false, context));
      if (!kind.equals("TCPRoute") && !kind.equals("UDPRoute")) {
        ManifestNode hostnames =
            copied(tree, routeNode, spec.hostnames(), "hostnames", spec, part, true, context);
        // A chart that takes one hostname (`host.name`) renders a list of it.
        specOut.put(
            "hostnames",
            hostnames instanceof ManifestScalar one ? tree.list(List.of(one), one) : hostnames);
      }
      List<ManifestNode> rules = new ArrayList<>();
      if (!spec.extraRules().isEmpty()
          && routeNode != null
          && routeNode.get(spec.extraRules()) instanceof ManifestList extra) {
        extra.items().forEach(r -> rules.add(tree.keep(r)));
      }
      rules.add(tree.map(List.of(), at, anchor)); // the chart's own rule, to its Service
      specOut.put("rules", tree.list(rules, anchor));
      ChartTree.Entries root = new ChartTree.Entries();
      root.put("apiVersion", tree.string(apiVersion, at, anchor));
      root.put("kind", tree.string(kind, at, anchor));
      root.put("metadata", tree.map(metadata.list(), at, anchor));
      root.put("spec", tree.map(specOut.list(), at, anchor));
      NamespaceSource source =
          release.namespaceSource() == NamespaceSource.ASSUMED
              ? NamespaceSource.ASSUMED
              : NamespaceSource.HELM;
      String origin =
          source == NamespaceSource.ASSUMED
              ? release.namespaceOrigin()
              : spec.namespace().isEmpty()
                  ? "the namespace of " + release.label() + " (" + release.namespaceOrigin() + ")"
                  : "the namespace "
                      + name()
                      + " gives it, for "
                      + release.label()
                      + " (namespace "
                      + release.releaseNamespace()
                      + ")";
      RenderedObject carrier = release.carrier();
      return new RenderedObject(
          carrier.file(),
          carrier.document(),
          carrier.item(),
          apiVersion,
          kind,
          tree.map(root.list(), at, anchor),
          null,
          tree.files(),
          defaultNamespace ? null : source,
          defaultNamespace ? null : origin,
          Map.of(),
          carrier.literalVariables(),
          new ChartSource(release.label(), release.chartDescription(), name(), part));
    }

    /**
     * A field of the route's values, as the chart copies it: through tpl when the descriptor says
     * the chart templates it (each string in it), else as written. A template left in a hostname
     * the chart does not render reaches the API server, which rejects the route.
     */
    private ManifestNode copied(
        ChartTree tree,
        ManifestMap route,
        String path,
        String field,
        ChartDescriptor.Route spec,
        String part,
        boolean hostname,
        Map<String, Object> context) {
      ManifestNode node = route == null ? null : Values.get(route, path.split("\\."));
      if (node == null || !Values.truthy(node)) {
        return null;
      }
      boolean templated = spec.templated().contains(field);
      return copy(tree, node, templated, part + "." + path, hostname, context);
    }

    private ManifestNode copy(
        ChartTree tree,
        ManifestNode node,
        boolean templated,
        String path,
        boolean hostname,
        Map<String, Object> context) {
      if (node instanceof ManifestMap map) {
        List<ManifestMap.Entry> entries = new ArrayList<>();
        for (ManifestMap.Entry e : map.entries()) {
          ManifestNode value =
              copy(tree, e.value(), templated, path + "." + e.key(), hostname, context);
          if (value != null) {
            entries.add(new ManifestMap.Entry(e.key(), e.keySpan(), value));
          }
        }
        return tree.map(entries, map);
      }
      if (node instanceof ManifestList list) {
        List<ManifestNode> items = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
          ManifestNode value =
              copy(tree, list.items().get(i), templated, path + "[" + i + "]", hostname, context);
          if (value != null) {
            items.add(value);
          }
        }
        return tree.list(items, list);
      }
      ManifestScalar s = (ManifestScalar) node;
      if (s.kind() != ScalarKind.STRING || !s.value().contains("{{")) {
        return tree.keep(s);
      }
      if (!templated) {
        if (hostname && Variables.hasHelmTemplate(s.value())) {
          fail(
              s,
              "the chart does not pass hostnames through tpl: `"
                  + path
                  + "` is `"
                  + s.value()
                  + "`, which reaches the API server"
                  + " as written; the API server rejects the route (a hostname holds no `{{`)",
              "write the hostname literally");
          return null;
        }
        return tree.keep(s);
      }
      HelmTemplate.Result r = new HelmTemplate(context).render(s.value());
      if (r instanceof HelmTemplate.Rendered rendered) {
        return tree.rewritten(s, rendered.text());
      }
      if (r instanceof HelmTemplate.Unresolved u) {
        problems.add(
            new ChartProblem(
                ChartProblem.Kind.UNRESOLVED,
                release.range(s),
                release.carrierRef(),
                release.label()
                    + ": `"
                    + path
                    + "` is `"
                    + s.value()
                    + "`, a template gwdns does not evaluate ("
                    + u.why()
                    + "); what depends on it is left"
                    + " unknown",
                "write the value literally, or with only `.Release`, `.Chart`, `.Values` and the functions of docs/charts.md"));
        return tree.keep(s);
      }
      fail(
          s,
          "`"
              + path
              + "` is `"
              + s.value()
              + "`, whose template fails: "
              + ((HelmTemplate.Failed) r).message(),
          "fix the template");
      return null;
    }

    private boolean condition(
        String expression, Map<String, Object> context, ManifestNode at, String part) {
      String result =
          evaluate(
              "{{ if " + expression + " }}true{{ end }}",
              context,
              at,
              part,
              "condition `" + expression + "`");
      return "true".equals(result);
    }

    /**
     * A descriptor template against the release; null (and said so) when it cannot be evaluated.
     */
    private String evaluate(
        String template, Map<String, Object> context, ManifestNode at, String part, String what) {
      HelmTemplate.Result r = new HelmTemplate(context).render(template);
      if (r instanceof HelmTemplate.Rendered rendered) {
        return rendered.text();
      }
      if (r instanceof HelmTemplate.Failed f) {
        fail(
            at,
            "the " + what + " of `" + part + "` fails to render: " + f.message(),
            "fix the value the message names");
        return null;
      }
      problems.add(
          new ChartProblem(
              ChartProblem.Kind.UNRESOLVED,
              release.range(at),
              release.carrierRef(),
              release.label()
                  + ": gwdns"
                  + " cannot tell the "
                  + what
                  + " of the route of `"
                  + part
                  + "` ("
                  + ((HelmTemplate.Unresolved) r).why()
                  + "), so it does not"
                  + " analyze that route",
              "set the values the chart's template reads, or describe the chart under `charts:` in .gwdns.yaml"));
      return null;
    }

    private void fail(ManifestNode at, String detail, String fix) {
      failed = true;
      problems.add(
          new ChartProblem(
              ChartProblem.Kind.RENDER_FAILS,
              release.range(at),
              release.carrierRef(),
              release.label()
                  + ": chart "
                  + release.chartDescription()
                  + " cannot be installed with these values: "
                  + detail
                  + "; none of the release's objects is applied",
              fix));
    }
  }
}
