package io.github.gwdns.core.render.chart;

import io.github.gwdns.core.load.ManifestList;
import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.load.ManifestScalar;
import io.github.gwdns.core.load.ScalarKind;
import io.github.gwdns.core.load.Span;
import io.github.gwdns.core.render.NamespaceSource;
import io.github.gwdns.core.render.RenderedObject;
import io.github.gwdns.core.template.TemplateData;
import io.github.gwdns.core.vocabulary.GatewayApi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The routes (and, from 5.2.0, the ListenerSets) the bjw-s common library renders from a release's
 * {@code route:} values, as its templates do at one release ({@link BjwsCommonVersion}): which
 * routes are enabled, their names, namespace, kind, apiVersion, labels and annotations, parentRefs,
 * hostnames and rules, and every {@code fail} and {@code required} on the way, reported at the
 * value that triggers it. app-template is this library with {@code global.nameOverride} defaulted
 * to the release name; other charts built on it keep their own chart name.
 *
 * <p>Services, controllers and the other objects of the chart are not rendered; a Service is
 * resolved only to name a backendRef. ReferenceGrants are not rendered (they do not decide DNS).
 */
public final class BjwsCommonModel implements ChartModel {
  static final Set<String> KINDS =
      Set.of("GRPCRoute", "HTTPRoute", "TCPRoute", "TLSRoute", "UDPRoute");

  private final BjwsCommonVersion version;
  private final boolean appTemplate;
  private final boolean defaultsKnown;
  private final boolean schemaKnown;

  /**
   * @param version the library release to render as
   * @param appTemplate whether the chart is app-template (its release name is the default name)
   * @param defaultsKnown whether gwdns knows the chart's own values (app-template's are the
   *     library's, nearly empty); when not (a chart built on the library, or one identified by its
   *     values), what those could change (its Services) is not checked: a release never fails on a
   *     guess
   * @param schemaKnown whether the chart's values schema is the library's of {@code version}
   *     (app-template at an exact version): only then are values checked against it
   */
  public BjwsCommonModel(
      BjwsCommonVersion version, boolean appTemplate, boolean defaultsKnown, boolean schemaKnown) {
    this.version = version;
    this.appTemplate = appTemplate;
    this.defaultsKnown = defaultsKnown;
    this.schemaKnown = schemaKnown;
  }

  /** The release modeled. */
  public BjwsCommonVersion version() {
    return version;
  }

  @Override
  public String name() {
    return "the bjw-s common " + version + " route model";
  }

  @Override
  public ChartRendering render(ChartRelease release, Capabilities capabilities) {
    return new Run(release, capabilities).render();
  }

  /** One rendering of one release. */
  private final class Run {
    private final ChartRelease release;
    private final Capabilities capabilities;
    private final ManifestMap values;
    private final HelmTemplate tpl;
    private final List<ChartProblem> problems = new ArrayList<>();
    private boolean failed;
    private final String chartName;

    Run(ChartRelease release, Capabilities capabilities) {
      this.release = release;
      this.capabilities = capabilities;
      this.values = release.values();
      this.chartName = release.chart().name().isEmpty() ? "app-template" : release.chart().name();
      Map<String, Object> valuesData = new LinkedHashMap<>();
      if (Values.data(values) instanceof Map<?, ?> m) {
        m.forEach((k, v) -> valuesData.put((String) k, v));
      }
      if (appTemplate && !Values.truthy(Values.get(values, "global", "nameOverride"))) {
        // app-template's hardcodedValues: global.nameOverride is the release name unless set.
        Map<String, Object> global = new LinkedHashMap<>();
        if (valuesData.get("global") instanceof Map<?, ?> g) {
          g.forEach((k, v) -> global.put((String) k, v));
        }
        global.put("nameOverride", release.releaseName());
        valuesData.put("global", global);
      }
      Map<String, Object> context = new LinkedHashMap<>();
      context.put(
          "Release",
          Map.of(
              "Name",
              release.releaseName(),
              "Namespace",
              release.releaseNamespace(),
              "Service",
              "Helm",
              "IsInstall",
              new TemplateData.Unknown("`.Release.IsInstall`"),
              "IsUpgrade",
              new TemplateData.Unknown("`.Release.IsUpgrade`"),
              "Revision",
              new TemplateData.Unknown("`.Release.Revision`")));
      SemanticVersion chartVersion = release.chart().exactVersion();
      Map<String, Object> chart = new LinkedHashMap<>();
      chart.put("Name", chartName);
      chart.put(
          "Version",
          chartVersion == null
              ? new TemplateData.Unknown("`.Chart.Version` (the chart version is not pinned)")
              : release.chart().version().replaceFirst("^v", ""));
      chart.put("AppVersion", appTemplate ? "" : new TemplateData.Unknown("`.Chart.AppVersion`"));
      context.put("Chart", chart);
      context.put("Values", valuesData);
      context.put("Capabilities", new TemplateData.Unknown("`.Capabilities`"));
      this.tpl = new HelmTemplate(context);
    }

    ChartRendering render() {
      ManifestNode routeValues = values.get("route");
      if (schemaKnown && release.schemaValidation()) {
        // Helm checks the values against the chart's schema before it renders anything.
        BjwsRouteSchema schema = new BjwsRouteSchema(version);
        List<BjwsRouteSchema.Violation> violations = new ArrayList<>(schema.check(routeValues));
        violations.addAll(schema.checkListenerSets(values.get("listenerSets")));
        for (BjwsRouteSchema.Violation v : violations) {
          fail(
              v.node(),
              v.span(),
              "values don't meet the specifications of the schema(s)",
              "`" + v.path() + "` " + v.problem(),
              v.fix());
        }
        if (!violations.isEmpty()) {
          return new ChartRendering(
              List.of(), problems, routeValues == null ? List.of() : List.of(routeValues));
        }
      }
      Map<String, ManifestMap> routes = enabled(routeValues);
      List<RenderedObject> objects = new ArrayList<>();
      Map<String, ListenerSetRef> listenerSets =
          version.listenerSets() ? listenerSets(objects) : Map.of();
      Services services = new Services();
      String primary = version.primaryRoute() ? primaryRoute(routeValues) : null;
      for (Map.Entry<String, ManifestMap> e : routes.entrySet()) {
        RenderedObject route =
            route(e.getKey(), e.getValue(), routes.size(), primary, services, listenerSets);
        if (route != null) {
          objects.add(route);
        }
      }
      List<ManifestNode> read = new ArrayList<>();
      if (routeValues != null) {
        read.add(routeValues);
      }
      if (values.get("listenerSets") != null && version.listenerSets()) {
        read.add(values.get("listenerSets"));
      }
      // Helm renders all of a release or nothing.
      return new ChartRendering(failed ? List.of() : objects, problems, read);
    }

    // ------------------------------------------------------------ which routes

    /** The enabled entries of a {@code route:}-like mapping, by identifier in Go's sorted order. */
    private Map<String, ManifestMap> enabled(ManifestNode node) {
      Map<String, ManifestMap> out = new TreeMap<>();
      if (!(node instanceof ManifestMap map)) {
        return out;
      }
      for (ManifestMap.Entry e : map.entries()) {
        if (!(e.value() instanceof ManifestMap route)) {
          continue; // kindIs "map": anything else is skipped
        }
        ManifestNode enabled = route.get("enabled");
        if (enabled == null || truthy(enabled, List.of("route", e.key(), "enabled"))) {
          out.put(e.key(), route);
        }
      }
      return out;
    }

    /**
     * 3.0.0 to 3.7.2: the primary route, the only one not suffixed by its identifier: the one with
     * {@code primary: true}, else the first of those with an explicit {@code enabled: true} in Go
     * map order, which is not stable when there are several.
     */
    private String primaryRoute(ManifestNode node) {
      if (!(node instanceof ManifestMap map)) {
        return null;
      }
      List<String> explicit = new ArrayList<>();
      String primary = null;
      for (ManifestMap.Entry e : new TreeMap<>(entries(map)).values()) {
        if (e.value() instanceof ManifestMap route && Values.truthy(route.get("enabled"))) {
          explicit.add(e.key());
          if (route.get("primary") != null && Values.truthy(route.get("primary"))) {
            primary = e.key();
          }
        }
      }
      if (primary != null || explicit.isEmpty()) {
        return primary;
      }
      if (explicit.size() > 1) {
        problem(
            ChartProblem.Kind.UNRESOLVED,
            map.entry(explicit.get(0)).keySpan(),
            map,
            "the names of routes "
                + String.join(", ", explicit.stream().map(id -> "`" + id + "`").toList())
                + " change from"
                + " render to render: the chart (common "
                + version
                + ") leaves unsuffixed the first route with `enabled: true`"
                + " in Go's map order, which is random; gwdns names them as if `"
                + explicit.get(0)
                + "` were that one",
            "set `primary: true` on one route, or upgrade to app-template 3.7.3 or later");
      }
      return explicit.get(0);
    }

    private Map<String, ManifestMap.Entry> entries(ManifestMap map) {
      Map<String, ManifestMap.Entry> out = new LinkedHashMap<>();
      map.entries().forEach(e -> out.put(e.key(), e));
      return out;
    }

    // ------------------------------------------------------------ one route

    private RenderedObject route(
        String id,
        ManifestMap route,
        int count,
        String primary,
        Services services,
        Map<String, ListenerSetRef> listenerSets) {
      ManifestMap.Entry entry = ((ManifestMap) values.get("route")).entry(id);
      Span key = entry.keySpan();
      String where = "route `" + id + "`";
      ChartTree tree = new ChartTree(release);
      String name = resourceName(id, route, count, primary, List.of("route", id));
      if (name == null) {
        return null;
      }
      String kind = kind(route, id);
      if (kind == null) {
        return null;
      }
      ManifestScalar kindNode =
          route.get("kind") instanceof ManifestScalar k && !k.isNull() ? k : null;
      String apiVersion = apiVersion(kind);
      ChartTree.Entries metadata = new ChartTree.Entries();
      ManifestScalar nameNode =
          route.get("forceRename") instanceof ManifestScalar f
                  && Values.truthy(f)
                  && version.resourceNameRules()
              ? tree.rewritten(f, name)
              : tree.string(name, key, route);
      metadata.put("name", nameNode);
      metadata.put("labels", metadataMap(tree, route, "labels", allLabels(), key, id));
      metadata.put(
          "annotations",
          metadataMap(tree, route, "annotations", globalMetadata("annotations"), key, id));
      ManifestScalar namespaceNode = namespace(tree, route, key, id);
      metadata.put("namespace", namespaceNode);
      ChartTree.Entries spec = new ChartTree.Entries();
      spec.put("parentRefs", parentRefs(tree, route, kind, name, id, listenerSets));
      if (!kind.equals("TCPRoute")
          && !kind.equals("UDPRoute")
          && Values.truthy(route.get("hostnames"))) {
        spec.put("hostnames", hostnames(tree, route, id));
      }
      spec.put("rules", rules(tree, route, kind, id, key, services));
      ChartTree.Entries root = new ChartTree.Entries();
      root.put("apiVersion", tree.string(apiVersion, key, route));
      root.put(
          "kind",
          kindNode == null ? tree.string(kind, key, route) : tree.rewritten(kindNode, kind));
      root.put("metadata", tree.map(metadata.list(), key, route));
      root.put("spec", tree.map(spec.list(), route));
      ManifestMap object = tree.map(root.list(), key, route);
      return object(
          object, tree, apiVersion, kind, "route." + id, route.get("namespaceOverride"), where);
    }

    private RenderedObject object(
        ManifestMap root,
        ChartTree tree,
        String apiVersion,
        String kind,
        String part,
        ManifestNode override,
        String where) {
      RenderedObject carrier = release.carrier();
      NamespaceSource source;
      String origin;
      if (override != null && Values.truthy(override)) {
        source = NamespaceSource.HELM;
        origin = "namespaceOverride of " + where + " in the values of " + release.label();
      } else if (release.namespaceSource() == NamespaceSource.ASSUMED
          || release.namespaceSource() == NamespaceSource.DEFAULT) {
        source = release.namespaceSource();
        origin = release.namespaceOrigin();
      } else {
        source = NamespaceSource.HELM;
        origin = "the namespace of " + release.label() + " (" + release.namespaceOrigin() + ")";
      }
      ChartSource from = new ChartSource(release.label(), release.chartDescription(), name(), part);
      return new RenderedObject(
          carrier.file(),
          carrier.document(),
          carrier.item(),
          apiVersion,
          kind,
          root,
          null,
          tree.files(),
          source == NamespaceSource.DEFAULT ? null : source,
          source == NamespaceSource.DEFAULT ? null : origin,
          Map.of(),
          carrier.literalVariables(),
          from);
    }

    // ------------------------------------------------------------ names

    /** {@code bjw-s.common.lib.chart.names.name}. */
    private String chartNames() {
      Object global = globalValue("nameOverride");
      String name = !truthyData(global) ? null : stringOf(global);
      if (name == null) {
        ManifestNode own = values.get("nameOverride");
        name = Values.truthy(own) ? text(own) : chartName;
      }
      return trimDash(trunc(name));
    }

    /** {@code bjw-s.common.lib.chart.names.fullname}. */
    private String fullname() {
      String name = chartNames();
      Object globalFull = globalValue("fullnameOverride");
      ManifestNode full = values.get("fullnameOverride");
      if (truthyData(globalFull) || Values.truthy(full)) {
        name = truthyData(globalFull) ? stringOf(globalFull) : text(full);
      } else if (release.releaseName().contains(name)) {
        name = release.releaseName();
      } else {
        name = release.releaseName() + "-" + name;
      }
      return trimDash(trunc(name));
    }

    private Object globalValue(String key) {
      if (key.equals("nameOverride")
          && appTemplate
          && !Values.truthy(Values.get(values, "global", "nameOverride"))) {
        return release.releaseName();
      }
      return Values.data(Values.get(values, "global", key));
    }

    /**
     * The name of the object with {@code id} among {@code count} enabled ones: 4.0.0+ {@code
     * determineResourceNameFromValues}, 3.7.3 suffixes unless primary, before that the primary
     * route alone is unsuffixed.
     */
    private String resourceName(
        String id, ManifestMap object, int count, String primary, List<String> path) {
      String name = fullname();
      if (version.resourceNameRules()) {
        ManifestNode force = object.get("forceRename");
        if (Values.truthy(force)) {
          return lower(classTemplate(force, append(path, "forceRename"), "forceRename"));
        }
        ManifestNode prefix = object.get("prefix");
        if (Values.truthy(prefix)) {
          String p = classTemplate(prefix, append(path, "prefix"), "prefix");
          if (p == null) {
            return null;
          }
          if (!name.equals(p)) {
            name = p + "-" + name;
          }
        }
        boolean always =
            version.alwaysAppendIdentifier()
                && Values.truthy(
                    Values.get(values, "global", "alwaysAppendIdentifierToResourceName"));
        if (count > 1 || always) {
          if (!name.endsWith("-" + id) && !(version.alwaysAppendIdentifier() && id.equals(name))) {
            name = name + "-" + id;
          }
        }
        ManifestNode suffix = object.get("suffix");
        if (Values.truthy(suffix)) {
          String s = classTemplate(suffix, append(path, "suffix"), "suffix");
          if (s == null) {
            return null;
          }
          if (!name.endsWith("-" + s)) {
            name = name + "-" + s;
          }
        }
        return lower(name);
      }
      ManifestNode override = object.get("nameOverride");
      if (Values.truthy(override)) {
        if (!version.nameOverrideTemplated()) {
          return name + "-" + text(override);
        }
        String o = classTemplate(override, append(path, "nameOverride"), "nameOverride");
        return o == null ? null : name.equals(o) ? name : name + "-" + o;
      }
      boolean suffixed =
          version.primaryRoute()
              ? !id.equals(primary)
              : !Values.truthy(object.get("primary")) && count > 1;
      if (suffixed && !(version.nameOverrideTemplated() && name.equals(id))) {
        name = name + "-" + id;
      }
      return name;
    }

    private String lower(String name) {
      return name == null ? null : name.toLowerCase(Locale.ROOT);
    }

    // ------------------------------------------------------------ kind, apiVersion, namespace

    private String kind(ManifestMap route, String id) {
      ManifestNode node = route.get("kind");
      String kind =
          node == null || !Values.truthy(node)
              ? "HTTPRoute"
              : central(node, List.of("route", id, "kind"));
      if (kind == null) {
        return null;
      }
      if (!KINDS.contains(kind)) {
        fail(
            node,
            "Not a valid route kind (" + kind + ")",
            "route `" + id + "` sets `kind: " + kind + "`",
            "set `kind` to one of GRPCRoute, HTTPRoute, TCPRoute, TLSRoute or UDPRoute");
        return null;
      }
      return kind;
    }

    /**
     * The newest of v1, v1beta1 and v1alpha2 the cluster serves, as the chart asks {@code
     * .Capabilities}.
     */
    private String apiVersion(String kind) {
      String group = GatewayApi.GROUP;
      if (capabilities.has(group + "/v1/" + kind)) {
        return group + "/v1";
      }
      return capabilities.has(group + "/v1beta1/" + kind)
          ? group + "/v1beta1"
          : group + "/v1alpha2";
    }

    private ManifestScalar namespace(ChartTree tree, ManifestMap object, Span key, String id) {
      ManifestNode override = object.get("namespaceOverride");
      if (version.listenerSets() && override instanceof ManifestScalar s && Values.truthy(s)) {
        String text = central(s, List.of("route", id, "namespaceOverride"));
        return text == null ? null : tree.rewritten(s, text);
      }
      if (release.namespaceSource() == NamespaceSource.DEFAULT) {
        return null; // nothing sets it: the object is where its release is, the default namespace
      }
      ManifestNode written = release.carrierNamespaceNode();
      if (written instanceof ManifestScalar s && s.value().equals(release.releaseNamespace())) {
        return tree.keep(s); // the release's namespace, where the repository sets it
      }
      return tree.string(release.releaseNamespace(), key, object);
    }

    // ------------------------------------------------------------ labels and annotations

    /**
     * {@code bjw-s.common.lib.metadata.allLabels}, by key: the chart's labels and {@code
     * global.labels}.
     */
    private Map<String, Labeled> allLabels() {
      Map<String, Labeled> labels = new TreeMap<>();
      SemanticVersion chartVersion = release.chart().exactVersion();
      if (chartVersion != null) {
        String chart =
            trimDash(
                trunc(
                    (chartName + "-" + release.chart().version().replaceFirst("^v", ""))
                        .replace("+", "_")));
        labels.put("helm.sh/chart", new Labeled(chart, null));
      }
      labels.put("app.kubernetes.io/name", new Labeled(chartNames(), null));
      labels.put("app.kubernetes.io/instance", new Labeled(release.releaseName(), null));
      labels.put("app.kubernetes.io/managed-by", new Labeled("Helm", null));
      labels.putAll(globalMetadata("labels"));
      return labels;
    }

    /**
     * {@code global.labels} or {@code global.annotations}: each value through tpl once (and the
     * class's tpl).
     */
    private Map<String, Labeled> globalMetadata(String field) {
      Map<String, Labeled> out = new TreeMap<>();
      if (Values.get(values, "global", field) instanceof ManifestMap global) {
        for (ManifestMap.Entry e : global.entries()) {
          String text =
              metadataValue(
                  e.value(),
                  List.of("global", field, e.key()),
                  "global." + field + "." + e.key(),
                  true);
          if (text != null) {
            out.put(e.key(), new Labeled(text, e.value()));
          }
        }
      }
      return out;
    }

    /** A label or annotation and the value node it comes from (null for the chart's own). */
    private record Labeled(String text, ManifestNode node) {}

    /**
     * The object's labels or annotations: its own over the chart's ({@code merge} keeps the first
     * map's keys), each value through tpl from 3.2.0.
     */
    private ManifestMap metadataMap(
        ChartTree tree,
        ManifestMap object,
        String field,
        Map<String, Labeled> chart,
        Span key,
        String id) {
      Map<String, Labeled> merged = new TreeMap<>(chart);
      ManifestNode own = object.get(field);
      if (own instanceof ManifestMap map) {
        for (ManifestMap.Entry e : map.entries()) {
          String text =
              metadataValue(
                  e.value(),
                  List.of("route", id, field, e.key()),
                  "route." + id + "." + field + "." + e.key(),
                  false);
          if (text != null) {
            merged.put(e.key(), new Labeled(text, e.value()));
          }
        }
      }
      if (merged.isEmpty()) {
        return null;
      }
      List<ManifestMap.Entry> entries = new ArrayList<>();
      for (Map.Entry<String, Labeled> e : merged.entrySet()) {
        Labeled l = e.getValue();
        ManifestScalar value =
            l.node() instanceof ManifestScalar s
                ? tree.rewritten(s, l.text())
                : tree.string(l.text(), key, object);
        Span at =
            l.node() != null
                    && own instanceof ManifestMap map
                    && map.entry(e.getKey()) != null
                    && map.get(e.getKey()) == l.node()
                ? map.entry(e.getKey()).keySpan()
                : value.span();
        entries.add(new ManifestMap.Entry(e.getKey(), at, value));
      }
      return own instanceof ManifestMap map
          ? tree.map(entries, map)
          : tree.map(entries, key, object);
    }

    /**
     * A label or annotation value as the chart prints it: through tpl from 3.2.0 ({@code global}
     * ones twice before 5.2.1: once in their helper, once in the class), as written before.
     */
    private String metadataValue(
        ManifestNode node, List<String> path, String label, boolean global) {
      if (!version.metadataTemplated()) {
        return node instanceof ManifestScalar s && !s.isNull() ? s.value() : null;
      }
      if (version.centralTemplating()) {
        return node instanceof ManifestScalar s && !s.isNull() ? central(s, path) : null;
      }
      if (!(node instanceof ManifestScalar s) || s.isNull() || s.kind() != ScalarKind.STRING) {
        fail(
            node,
            "tpl: wrong type for value; expected string; got " + goType(node),
            "`" + label + "` is " + node.describe(),
            "quote the value, so it is a string");
        return null;
      }
      String once = template(s, s.value(), label);
      if (once == null || !global) {
        return once;
      }
      return template(s, once, label);
    }

    // ------------------------------------------------------------ parentRefs

    private ManifestNode parentRefs(
        ChartTree tree,
        ManifestMap route,
        String kind,
        String name,
        String id,
        Map<String, ListenerSetRef> listenerSets) {
      ManifestNode node = route.get("parentRefs");
      if (!(node instanceof ManifestList list)) {
        return null; // `parentRefs:` with nothing under it
      }
      List<ManifestNode> items = new ArrayList<>();
      for (int i = 0; i < list.items().size(); i++) {
        if (!(list.items().get(i) instanceof ManifestMap ref)) {
          fail(
              list.items().get(i),
              "can't evaluate field group in type " + goType(list.items().get(i)),
              "route `" + id + "` parentRefs[" + i + "] is " + list.items().get(i).describe(),
              "write each parentRef as a mapping");
          continue;
        }
        ManifestNode item = parentRef(tree, ref, i, kind, name, id, listenerSets);
        if (item != null) {
          items.add(item);
        }
      }
      return tree.list(items, list);
    }

    private ManifestNode parentRef(
        ChartTree tree,
        ManifestMap ref,
        int index,
        String kind,
        String name,
        String id,
        Map<String, ListenerSetRef> listenerSets) {
      List<String> path = List.of("route", id, "parentRefs", Integer.toString(index));
      String where = "route `" + id + "` parentRefs[" + index + "]";
      if (!literalTemplates(ref, where, kind, name)) {
        return null;
      }
      ManifestScalar group = defaulted(tree, ref, "group", GatewayApi.GROUP, path);
      ManifestScalar parentKind = defaulted(tree, ref, "kind", "Gateway", path);
      ManifestScalar parentName = scalar(ref, "name");
      ManifestScalar namespace = scalar(ref, "namespace");
      String namespaceText =
          namespace == null || !Values.truthy(namespace)
              ? null
              : central(namespace, append(path, "namespace"));
      ManifestNode identifier = version.listenerSets() ? ref.get("identifier") : null;
      String nameText =
          parentName == null || !Values.truthy(parentName)
              ? null
              : central(parentName, append(path, "name"));
      if (identifier != null && Values.truthy(identifier)) {
        String lsId = central(identifier, append(path, "identifier"));
        ListenerSetRef ls = lsId == null ? null : listenerSets.get(lsId);
        if (ls == null) {
          fail(
              identifier,
              "Route '"
                  + id
                  + "': No enabled ListenerSet found with identifier '"
                  + lsId
                  + "'. Define and enable it under"
                  + " 'listenerSets."
                  + lsId
                  + "' or reference a parent Gateway by name.",
              where + " names ListenerSet `" + lsId + "`",
              "define and enable `listenerSets." + lsId + "`, or name a Gateway with `name:`");
          return null;
        }
        group = tree.string(GatewayApi.GROUP, identifier);
        parentKind = tree.string(GatewayApi.LISTENER_SET, identifier);
        parentName = tree.string(ls.name(), identifier);
        nameText = ls.name();
        if (namespaceText == null) {
          String routeNamespace =
              Values.truthy(Values.get(values, "route", id, "namespaceOverride"))
                  ? text(Values.get(values, "route", id, "namespaceOverride"))
                  : release.releaseNamespace();
          if (!ls.namespace().equals(routeNamespace)) {
            namespace = tree.string(ls.namespace(), identifier);
            namespaceText = ls.namespace();
          }
        }
      } else if (nameText == null) {
        fail(
            ref,
            "parentRef name is required for " + kind + " " + name,
            where + " sets no `name`",
            "add `name:` (the Gateway's name) to " + where);
        return null;
      }
      if (namespaceText == null && !version.parentRefNamespaceOptional()) {
        fail(
            ref,
            "parentRef namespace is required for " + kind + " " + name,
            where + " sets no `namespace`",
            "add `namespace:` (the Gateway's namespace) to "
                + where
                + ", or upgrade to app-template 5.0.2 or later, where a"
                + " parentRef without one is in the route's namespace");
        return null;
      }
      ChartTree.Entries out = new ChartTree.Entries();
      out.put("group", group);
      out.put("kind", parentKind);
      out.put("name", tree.rewritten(parentName, nameText));
      if (namespaceText != null) {
        out.put("namespace", tree.rewritten(namespace, namespaceText));
      }
      ManifestScalar section = scalar(ref, "sectionName");
      if (section != null && Values.truthy(section)) {
        String text = central(section, append(path, "sectionName"));
        out.put("sectionName", text == null ? null : tree.rewritten(section, text));
      }
      ManifestScalar port = scalar(ref, "port");
      if (version.parentRefPort() && port != null && Values.truthy(port)) {
        out.put("port", tree.keep(port));
      }
      return tree.map(out.list(), ref);
    }

    /**
     * Before 5.2.1 the chart copies a parentRef's fields as written: a template in its group, kind,
     * namespace or sectionName reaches the API server, which rejects it (the release fails); one in
     * its name names a Gateway that does not exist. False when the release fails.
     */
    private boolean literalTemplates(ManifestMap ref, String where, String kind, String name) {
      if (version.centralTemplating()) {
        return true;
      }
      boolean ok = true;
      for (String field : List.of("group", "kind", "namespace", "sectionName")) {
        ManifestScalar node = scalar(ref, field);
        if (node != null && io.github.gwdns.core.render.Variables.hasHelmTemplate(node.value())) {
          failed = true;
          ok = false;
          problems.add(
              new ChartProblem(
                  ChartProblem.Kind.RENDER_FAILS,
                  release.range(node),
                  release.carrierRef(),
                  release.label()
                      + ": chart "
                      + release.chartDescription()
                      + " does not render templates in parentRefs (only from 5.2.1): "
                      + where
                      + "."
                      + field
                      + " `"
                      + node.value()
                      + "` reaches the API server as written, which rejects "
                      + kind
                      + " "
                      + name
                      + " (a "
                      + field
                      + " holds no `{{`), so the release fails to install and none of its routes is applied",
                  "write the " + field + " literally, or upgrade to app-template 5.2.1 or later"));
        }
      }
      ManifestScalar parentName = scalar(ref, "name");
      if (ok
          && parentName != null
          && io.github.gwdns.core.render.Variables.hasHelmTemplate(parentName.value())) {
        problems.add(
            new ChartProblem(
                ChartProblem.Kind.NOT_TEMPLATED,
                release.range(parentName),
                release.carrierRef(),
                release.label()
                    + ": chart "
                    + release.chartDescription()
                    + " does not render templates in parentRefs (only from 5.2.1): "
                    + where
                    + ".name `"
                    + parentName.value()
                    + "` reaches the cluster as written, so "
                    + kind
                    + " "
                    + name
                    + " names a Gateway called `"
                    + parentName.value()
                    + "`, which does not exist, and gets no DNS record",
                "write the Gateway's name literally, or upgrade to app-template 5.2.1 or later"));
      }
      return ok;
    }

    /** {@code .field | default "fallback"}, at the value when set, else at the parentRef. */
    private ManifestScalar defaulted(
        ChartTree tree, ManifestMap ref, String field, String fallback, List<String> path) {
      ManifestScalar node = scalar(ref, field);
      if (node == null || !Values.truthy(node)) {
        return tree.string(fallback, ref.span().start(), ref);
      }
      String text = central(node, append(path, field));
      return text == null
          ? tree.string(fallback, ref.span().start(), ref)
          : tree.rewritten(node, text);
    }

    // ------------------------------------------------------------ hostnames

    private ManifestNode hostnames(ChartTree tree, ManifestMap route, String id) {
      ManifestNode node = route.get("hostnames");
      if (!(node instanceof ManifestList list)) {
        fail(
            node,
            "range can't iterate over "
                + (node instanceof ManifestScalar s ? s.value() : "a mapping"),
            "route `" + id + "` hostnames is " + node.describe(),
            "write `hostnames` as a list");
        return null;
      }
      List<ManifestNode> items = new ArrayList<>();
      for (int i = 0; i < list.items().size(); i++) {
        ManifestNode item = list.items().get(i);
        List<String> path = List.of("route", id, "hostnames", Integer.toString(i));
        String text;
        if (version.centralTemplating()) {
          text = item instanceof ManifestScalar s && !s.isNull() ? central(s, path) : null;
        } else if (item instanceof ManifestScalar s && s.kind() == ScalarKind.STRING) {
          text = template(s, s.value(), "route." + id + ".hostnames[" + i + "]");
        } else {
          fail(
              item,
              "tpl: wrong type for value; expected string; got " + goType(item),
              "route `" + id + "` hostnames[" + i + "] is " + item.describe(),
              "quote the hostname, so it is a string");
          text = null;
        }
        if (text != null) {
          items.add(
              item instanceof ManifestScalar s ? tree.rewritten(s, text) : tree.string(text, item));
        }
      }
      return tree.list(items, list);
    }

    // ------------------------------------------------------------ rules

    private ManifestNode rules(
        ChartTree tree, ManifestMap route, String kind, String id, Span key, Services services) {
      ManifestNode node = route.get("rules");
      List<ManifestMap> rules = new ArrayList<>();
      if (node instanceof ManifestList list) {
        for (ManifestNode item : list.items()) {
          if (item instanceof ManifestMap rule) {
            rules.add(rule);
          }
        }
      }
      int enabledServices = services.enabled().size();
      boolean autodetect = defaultsKnown && version.serviceAutoDetection() && enabledServices == 1;
      boolean synthesized = false;
      if (autodetect && version.defaultRule() && !Values.truthy(node)) {
        synthesized = true; // one rule with one backendRef to the only Service
      }
      if (defaultsKnown && version.serviceAutoDetection() && enabledServices != 1) {
        if (version.explicitRuleRequired() && !Values.truthy(node)) {
          fail(
              node == null ? route : node,
              "An explicit rule is required because automatic Service detection is not possible. (route: "
                  + id
                  + ")",
              "route `"
                  + id
                  + "` has no rules and the release enables "
                  + enabledServices
                  + " Services",
              "add `rules` with a backendRef naming the Service (`identifier:` or `name:`)");
        }
        for (ManifestMap rule : rules) {
          for (ManifestMap ref : maps(rule.get("backendRefs"))) {
            if (!Values.truthy(ref.get("name")) && !Values.truthy(ref.get("identifier"))) {
              fail(
                  ref,
                  version.messages5()
                      ? "Route '"
                          + id
                          + "': Either 'name' or 'identifier' is required in backendRef because automatic Service detection is"
                          + " not possible (found "
                          + enabledServices
                          + " enabled services). Specify the target service explicitly."
                      : "Either name or identifier is required because automatic Service detection is not possible. (route: "
                          + id
                          + ")",
                  "a backendRef of route `"
                      + id
                      + "` names no Service, and the release enables "
                      + enabledServices
                      + " Services",
                  "set `identifier:` (a key of `service:`) or `name:` on the backendRef");
            }
          }
        }
      }
      for (ManifestMap rule : rules) {
        if (Values.truthy(rule.get("filters")) && Values.truthy(rule.get("backendRefs"))) {
          for (ManifestMap filter : maps(rule.get("filters"))) {
            if ("RequestRedirect".equals(filter.text("type"))) {
              fail(
                  filter,
                  version.messages5()
                      ? "Route '"
                          + id
                          + "': RequestRedirect filter cannot be used together with backendRefs. Remove either the filter or the"
                          + " backendRefs."
                      : "backend refs and request redirect filters cannot co-exist.",
                  "a rule of route `" + id + "` has a RequestRedirect filter and backendRefs",
                  "remove the backendRefs or the filter");
            }
          }
        }
      }
      List<ManifestNode> out = new ArrayList<>();
      if (synthesized) {
        ServiceRef only = services.enabled().values().iterator().next();
        ChartTree.Entries backend =
            backend(tree, route, only.name(), only.primaryPort(), null, key);
        out.add(
            tree.map(
                new ChartTree.Entries()
                    .put(
                        "backendRefs",
                        tree.list(List.of(tree.map(backend.list(), key, route)), route))
                    .list(),
                key,
                route));
      } else {
        for (int i = 0; i < rules.size(); i++) {
          ManifestNode rule = rule(tree, rules.get(i), i, kind, id, services, autodetect);
          if (rule != null) {
            out.add(rule);
          }
        }
      }
      return node instanceof ManifestList list
          ? tree.list(out, list)
          : out.isEmpty() ? null : tree.list(out, route);
    }

    private ManifestNode rule(
        ChartTree tree,
        ManifestMap rule,
        int index,
        String kind,
        String id,
        Services services,
        boolean autodetect) {
      ChartTree.Entries out = new ChartTree.Entries();
      ManifestScalar ruleName = scalar(rule, "name");
      if (version.ruleName() && ruleName != null && Values.truthy(ruleName)) {
        String text =
            classTemplate(
                ruleName,
                List.of("route", id, "rules", Integer.toString(index), "name"),
                "rules[" + index + "].name");
        out.put("name", text == null ? null : tree.rewritten(ruleName, text));
      }
      List<ManifestNode> backends = new ArrayList<>();
      ManifestNode refs = rule.get("backendRefs");
      List<ManifestMap> items = maps(refs);
      for (int j = 0; j < items.size(); j++) {
        ManifestMap ref = items.get(j);
        ManifestNode backend = backendRef(tree, ref, id, index, j, services, autodetect);
        if (backend != null) {
          backends.add(backend);
        }
      }
      out.put(
          "backendRefs",
          refs instanceof ManifestList l ? tree.list(backends, l) : tree.list(backends, rule));
      if (kind.equals("HTTPRoute") || kind.equals("GRPCRoute")) {
        for (String field : List.of("matches", "filters", "sessionPersistence")) {
          if (Values.truthy(rule.get(field))) {
            out.put(field, tree.keep(rule.get(field)));
          }
        }
      }
      if (kind.equals("HTTPRoute") && Values.truthy(rule.get("timeouts"))) {
        out.put("timeouts", tree.keep(rule.get("timeouts")));
      }
      return tree.map(out.list(), rule);
    }

    private ManifestNode backendRef(
        ChartTree tree,
        ManifestMap ref,
        String id,
        int rule,
        int index,
        Services services,
        boolean autodetect) {
      String where = "route `" + id + "` rules[" + rule + "].backendRefs[" + index + "]";
      List<String> path =
          List.of(
              "route", id, "rules", Integer.toString(rule), "backendRefs", Integer.toString(index));
      ServiceRef service = null;
      String serviceName;
      ManifestNode nameNode = ref.get("name");
      ManifestNode identifier = ref.get("identifier");
      if (!version.backendIdentifier()) {
        // 3.x: the name is looked up as a Service identifier, else taken as written.
        String written = Values.truthy(nameNode) ? text(nameNode) : "";
        service = services.enabled().get(written);
        serviceName = service != null ? service.name() : written;
      } else if (Values.truthy(nameNode)) {
        serviceName = classTemplate(nameNode, append(path, "name"), "backendRefs name");
        if (serviceName == null) {
          return null;
        }
      } else {
        String serviceId =
            Values.truthy(identifier)
                ? central(identifier, append(path, "identifier"))
                : autodetect ? services.enabled().keySet().iterator().next() : null;
        if (serviceId == null) {
          return null; // validation has failed already
        }
        service = services.enabled().get(serviceId);
        if (service == null && !defaultsKnown) {
          return null; // the chart's own values may define it
        }
        if (service == null) {
          fail(
              identifier == null ? ref : identifier,
              "No enabled Service found with this identifier. (route: '"
                  + id
                  + "', identifier: '"
                  + serviceId
                  + "')",
              where
                  + " names Service `"
                  + serviceId
                  + "`, which is not an enabled key of `service:`",
              "name an enabled Service of `service:`, or use `name:` for a Service of another release");
          return null;
        }
        serviceName = service.name();
      }
      ManifestNode port = ref.get("port");
      String portText;
      if (port == null || !Values.truthy(port)) {
        portText = service == null ? null : service.primaryPort();
      } else if (port instanceof ManifestScalar p
          && p.kind() == ScalarKind.STRING
          && version.portByName()) {
        portText = service == null ? null : service.portByName(p.value());
        if (portText == null && version.portOptional() && defaultsKnown) {
          fail(
              port,
              "No enabled Service Port found with this identifier. (route: '"
                  + id
                  + "', service: '"
                  + (service == null ? "<nil>" : service.id())
                  + "', identifier: '"
                  + p.value()
                  + "')",
              where
                  + " names port `"
                  + p.value()
                  + "`, which Service `"
                  + (service == null ? "" : service.id())
                  + "` does not have",
              "name a port of the Service's `ports:`, or give the port number");
          return null;
        }
      } else {
        portText = port instanceof ManifestScalar p ? p.value() : null;
      }
      return tree.map(backend(tree, ref, serviceName, portText, port, ref.span()).list(), ref);
    }

    private ChartTree.Entries backend(
        ChartTree tree,
        ManifestMap ref,
        String serviceName,
        String port,
        ManifestNode portNode,
        Span at) {
      ChartTree.Entries out = new ChartTree.Entries();
      out.put(
          "group",
          Values.truthy(ref.get("group")) ? tree.keep(ref.get("group")) : tree.string("", at, ref));
      out.put(
          "kind",
          Values.truthy(ref.get("kind"))
              ? tree.keep(ref.get("kind"))
              : tree.string("Service", at, ref));
      out.put("name", tree.string(serviceName, at, ref));
      out.put(
          "namespace",
          Values.truthy(ref.get("namespace"))
              ? tree.keep(ref.get("namespace"))
              : tree.string(release.releaseNamespace(), at, ref));
      if (port != null && !port.isEmpty() && !port.equals("0")) {
        out.put(
            "port",
            portNode instanceof ManifestScalar p && p.value().equals(port)
                ? tree.keep(p)
                : new ManifestScalar(
                    port, port.matches("\\d+") ? ScalarKind.INTEGER : ScalarKind.STRING, true, at));
      }
      ManifestNode weight = ref.get("weight");
      out.put(
          "weight",
          weight != null && !weight.isNull() ? tree.keep(weight) : tree.integer("1", ref));
      return out;
    }

    private List<ManifestMap> maps(ManifestNode node) {
      List<ManifestMap> out = new ArrayList<>();
      if (node instanceof ManifestList list) {
        for (ManifestNode item : list.items()) {
          if (item instanceof ManifestMap map) {
            out.add(map);
          }
        }
      }
      return out;
    }

    // ------------------------------------------------------------ Services

    /** A Service of the chart, as a backendRef resolves it. */
    private record ServiceRef(String id, String name, String primaryPort, ManifestMap values) {
      String portByName(String port) {
        return Values.get(values, "ports", port, "port") instanceof ManifestScalar s && !s.isNull()
            ? s.value()
            : null;
      }
    }

    /** The chart's enabled Services, computed on first use. */
    private final class Services {
      private Map<String, ServiceRef> enabled;

      Map<String, ServiceRef> enabled() {
        if (enabled == null) {
          enabled = new TreeMap<>();
          Map<String, ManifestMap> maps = new TreeMap<>();
          if (values.get("service") instanceof ManifestMap services) {
            for (ManifestMap.Entry e : services.entries()) {
              if (e.value() instanceof ManifestMap s
                  && (s.get("enabled") == null || Values.truthy(s.get("enabled")))) {
                maps.put(e.key(), s);
              }
            }
          }
          for (Map.Entry<String, ManifestMap> e : maps.entrySet()) {
            String name =
                version.resourceNameRules()
                    ? resourceName(
                        e.getKey(), e.getValue(), maps.size(), null, List.of("service", e.getKey()))
                    : fullname()
                        + (maps.size() > 1 && !Values.truthy(e.getValue().get("primary"))
                            ? "-" + e.getKey()
                            : "");
            enabled.put(
                e.getKey(),
                new ServiceRef(e.getKey(), name, primaryPort(e.getValue()), e.getValue()));
          }
        }
        return enabled;
      }

      /**
       * The port marked primary, else the first by name, of the enabled ports (4.2.0+: those with a
       * number).
       */
      private String primaryPort(ManifestMap service) {
        if (!(service.get("ports") instanceof ManifestMap ports)) {
          return null;
        }
        Map<String, ManifestMap> enabledPorts = new TreeMap<>();
        for (ManifestMap.Entry e : ports.entries()) {
          if (e.value() instanceof ManifestMap p
              && (p.get("enabled") == null || Values.truthy(p.get("enabled")))
              && (!version.version().atLeast(4, 2, 0) || p.get("port") != null)) {
            enabledPorts.put(e.key(), p);
          }
        }
        ManifestMap primary = null;
        for (ManifestMap p : enabledPorts.values()) {
          if (p.get("primary") != null && Values.truthy(p.get("primary"))) {
            primary = p;
          }
        }
        if (primary == null && !enabledPorts.isEmpty()) {
          primary = enabledPorts.values().iterator().next();
        }
        return primary == null ? null : primary.text("port");
      }
    }

    // ------------------------------------------------------------ ListenerSets (5.2.0+)

    /** A ListenerSet of the chart, as a parentRef's {@code identifier} resolves it. */
    private record ListenerSetRef(String name, String namespace) {}

    private Map<String, ListenerSetRef> listenerSets(List<RenderedObject> objects) {
      ManifestNode node = values.get("listenerSets");
      Map<String, ListenerSetRef> out = new TreeMap<>();
      if (!(node instanceof ManifestMap map)) {
        return out;
      }
      Map<String, ManifestMap> enabled = new TreeMap<>();
      for (ManifestMap.Entry e : map.entries()) {
        if (e.value() instanceof ManifestMap ls
            && (ls.get("enabled") == null
                || truthy(ls.get("enabled"), List.of("listenerSets", e.key(), "enabled")))) {
          enabled.put(e.key(), ls);
        }
      }
      for (Map.Entry<String, ManifestMap> e : enabled.entrySet()) {
        String id = e.getKey();
        ManifestMap ls = e.getValue();
        String name = resourceName(id, ls, enabled.size(), null, List.of("listenerSets", id));
        if (name == null) {
          continue;
        }
        ManifestNode override = ls.get("namespaceOverride");
        String namespace =
            Values.truthy(override)
                ? central(override, List.of("listenerSets", id, "namespaceOverride"))
                : release.releaseNamespace();
        out.put(id, new ListenerSetRef(name, namespace));
        RenderedObject object = listenerSet(id, ls, name);
        if (object != null) {
          objects.add(object);
        }
      }
      return out;
    }

    private RenderedObject listenerSet(String id, ManifestMap ls, String name) {
      Span key = ((ManifestMap) values.get("listenerSets")).entry(id).keySpan();
      ChartTree tree = new ChartTree(release);
      ManifestNode parent = ls.get("parentRef");
      if (!(parent instanceof ManifestMap parentRef) || !Values.truthy(parentRef)) {
        fail(
            parent == null ? ls : parent,
            "ListenerSet '"
                + id
                + "': spec.parentRef is required. Define it under 'listenerSets."
                + id
                + ".parentRef' with a Gateway name.",
            "ListenerSet `" + id + "` names no parent Gateway",
            "set `listenerSets." + id + ".parentRef.name` to the Gateway's name");
        return null;
      }
      if (!Values.truthy(parentRef.get("name"))) {
        fail(
            parentRef,
            "ListenerSet '"
                + id
                + "': parentRef.name is required. Specify the parent Gateway name under 'listenerSets."
                + id
                + ".parentRef.name'.",
            "ListenerSet `" + id + "` names no parent Gateway",
            "set `listenerSets." + id + ".parentRef.name` to the Gateway's name");
        return null;
      }
      if (!validListeners(id, ls)) {
        return null;
      }
      ChartTree.Entries metadata = new ChartTree.Entries();
      metadata.put("name", tree.string(name, key, ls));
      metadata.put("labels", metadataMap(tree, ls, "labels", allLabels(), key, id));
      metadata.put(
          "annotations",
          metadataMap(tree, ls, "annotations", globalMetadata("annotations"), key, id));
      ManifestNode override = ls.get("namespaceOverride");
      ManifestScalar namespace =
          override instanceof ManifestScalar s && Values.truthy(s)
              ? tree.rewritten(s, central(s, List.of("listenerSets", id, "namespaceOverride")))
              : namespace(tree, ls, key, id);
      metadata.put("namespace", namespace);
      ChartTree.Entries parentOut = new ChartTree.Entries();
      List<String> path = List.of("listenerSets", id, "parentRef");
      parentOut.put("group", defaulted(tree, parentRef, "group", GatewayApi.GROUP, path));
      parentOut.put("kind", defaulted(tree, parentRef, "kind", "Gateway", path));
      ManifestScalar parentName = scalar(parentRef, "name");
      parentOut.put("name", tree.rewritten(parentName, central(parentName, append(path, "name"))));
      if (Values.truthy(parentRef.get("namespace"))) {
        ManifestScalar ns = scalar(parentRef, "namespace");
        parentOut.put("namespace", tree.rewritten(ns, central(ns, append(path, "namespace"))));
      }
      List<ManifestNode> listeners = new ArrayList<>();
      List<ManifestMap> items = maps(ls.get("listeners"));
      for (int i = 0; i < items.size(); i++) {
        ManifestMap l = items.get(i);
        ChartTree.Entries lo = new ChartTree.Entries();
        lo.put("name", tree.keep(l.get("name")));
        if (Values.truthy(l.get("hostname"))) {
          ManifestScalar h = scalar(l, "hostname");
          String text =
              h == null
                  ? null
                  : version.centralTemplating()
                      ? central(
                          h,
                          List.of("listenerSets", id, "listeners", Integer.toString(i), "hostname"))
                      : template(
                          h, h.value(), "listenerSets." + id + ".listeners[" + i + "].hostname");
          lo.put("hostname", text == null || h == null ? null : tree.rewritten(h, text));
        }
        lo.put("port", tree.keep(l.get("port")));
        lo.put("protocol", tree.keep(l.get("protocol")));
        for (String field : List.of("tls", "allowedRoutes")) {
          if (Values.truthy(l.get(field))) {
            lo.put(field, tree.keep(l.get(field)));
          }
        }
        listeners.add(tree.map(lo.list(), l));
      }
      ChartTree.Entries spec = new ChartTree.Entries();
      spec.put("parentRef", tree.map(parentOut.list(), parentRef));
      spec.put(
          "listeners",
          ls.get("listeners") instanceof ManifestList list ? tree.list(listeners, list) : null);
      ChartTree.Entries root = new ChartTree.Entries();
      String apiVersion = GatewayApi.GROUP + "/v1";
      root.put("apiVersion", tree.string(apiVersion, key, ls));
      root.put("kind", tree.string(GatewayApi.LISTENER_SET, key, ls));
      root.put("metadata", tree.map(metadata.list(), key, ls));
      root.put("spec", tree.map(spec.list(), ls));
      return object(
          tree.map(root.list(), key, ls),
          tree,
          apiVersion,
          GatewayApi.LISTENER_SET,
          "listenerSets." + id,
          override,
          "ListenerSet `" + id + "`");
    }

    /**
     * {@code lib/listenerSets/_validate.tpl}: at least one listener, each named once, with a port
     * and a protocol.
     */
    private boolean validListeners(String id, ManifestMap ls) {
      ManifestNode listeners = ls.get("listeners");
      if (!Values.truthy(listeners)) {
        fail(
            listeners == null ? ls : listeners,
            "ListenerSet '"
                + id
                + "': At least one listener is required. Add entries under"
                + " 'listenerSets."
                + id
                + ".listeners'.",
            "ListenerSet `" + id + "` has no listeners",
            "add a listener under `listenerSets." + id + ".listeners`");
        return false;
      }
      java.util.Set<String> seen = new java.util.HashSet<>();
      List<ManifestNode> items = listeners instanceof ManifestList l ? l.items() : List.of();
      for (int i = 0; i < items.size(); i++) {
        ManifestMap l = items.get(i) instanceof ManifestMap m ? m : null;
        String at = "listenerSets." + id + ".listeners[" + i + "]";
        ManifestNode where = l == null ? items.get(i) : l;
        String name = l == null ? null : text(l.get("name"));
        if (name == null || name.isEmpty()) {
          fail(
              where,
              "ListenerSet '"
                  + id
                  + "': Listener at index "
                  + i
                  + " requires a name. Specify it under '"
                  + at
                  + ".name'.",
              "listener " + i + " of ListenerSet `" + id + "` has no name",
              "name the listener");
          return false;
        }
        if (!seen.add(name)) {
          fail(
              l.get("name"),
              "ListenerSet '"
                  + id
                  + "': Listener name '"
                  + name
                  + "' is not unique. Ensure each listener has a unique"
                  + " name under 'listenerSets."
                  + id
                  + ".listeners'.",
              "ListenerSet `" + id + "` has two listeners named `" + name + "`",
              "give each listener its own name");
          return false;
        }
        if (!Values.truthy(l.get("port"))) {
          fail(
              l,
              "ListenerSet '"
                  + id
                  + "': Listener '"
                  + name
                  + "' requires a port. Specify it under '"
                  + at
                  + ".port'.",
              "listener `" + name + "` of ListenerSet `" + id + "` has no port",
              "give the listener a port");
          return false;
        }
        String protocol = text(l.get("protocol"));
        if (!Set.of("HTTP", "HTTPS", "TCP", "TLS", "UDP").contains(protocol)) {
          fail(
              l.get("protocol") == null ? l : l.get("protocol"),
              "ListenerSet '"
                  + id
                  + "': Listener '"
                  + name
                  + "' has an invalid"
                  + " protocol '"
                  + (protocol == null ? "<nil>" : protocol)
                  + "'. Must be one of HTTP, HTTPS, TCP, TLS or UDP. Specify it under '"
                  + at
                  + ".protocol'.",
              "listener `" + name + "` of ListenerSet `" + id + "` has protocol `" + protocol + "`",
              "use HTTP, HTTPS, TCP, TLS or UDP");
          return false;
        }
      }
      return true;
    }

    // ------------------------------------------------------------ templates

    /**
     * A string of the values as the objects see it: from 5.2.1 rendered by the central evaluation
     * (when it holds <code>&#123;&#123;</code>, {@code global.templateEvaluation.passes} times at
     * most, unless {@code excludePaths} names it); before, as written.
     */
    private String central(ManifestNode node, List<String> path) {
      String raw = text(node);
      if (raw == null
          || !version.centralTemplating()
          || !(node instanceof ManifestScalar s)
          || s.kind() != ScalarKind.STRING
          || !raw.contains("{{")
          || excluded(path)) {
        return raw;
      }
      int passes = passes();
      String text = raw;
      for (int i = 0; i < passes && text.contains("{{"); i++) {
        String next = template(s, text, String.join(".", path));
        if (next == null || next.equals(text)) {
          return next;
        }
        text = next;
      }
      return text;
    }

    /** A value the object's template passes through tpl: once centrally from 5.2.1, else there. */
    private String classTemplate(ManifestNode node, List<String> path, String label) {
      if (version.centralTemplating()) {
        return central(node, path);
      }
      if (!(node instanceof ManifestScalar s) || s.kind() != ScalarKind.STRING) {
        fail(
            node,
            "tpl: wrong type for value; expected string; got " + goType(node),
            "`" + String.join(".", path) + "` is " + node.describe(),
            "quote the value, so it is a string");
        return null;
      }
      return template(s, s.value(), label);
    }

    private int passes() {
      ManifestNode node = Values.get(values, "global", "templateEvaluation", "passes");
      if (node instanceof ManifestScalar s && s.kind() == ScalarKind.INTEGER) {
        try {
          return Math.max(0, Integer.parseInt(s.value()));
        } catch (NumberFormatException e) {
          return 1;
        }
      }
      return 1;
    }

    private boolean excluded(List<String> path) {
      ManifestNode node = Values.get(values, "global", "templateEvaluation", "excludePaths");
      if (!(node instanceof ManifestList list)) {
        return false;
      }
      for (ManifestNode item : list.items()) {
        if (item instanceof ManifestList prefix && prefix.items().size() <= path.size()) {
          boolean match = true;
          for (int i = 0; i < prefix.items().size() && match; i++) {
            match = path.get(i).equals(text(prefix.items().get(i)));
          }
          if (match) {
            return true;
          }
        }
      }
      return false;
    }

    /**
     * {@code text} (of {@code node}) through tpl; null when it fails or is not evaluated (and said
     * so).
     */
    private String template(ManifestScalar node, String text, String label) {
      HelmTemplate.Result result = tpl.render(text);
      if (result instanceof HelmTemplate.Rendered r) {
        return r.text();
      }
      if (result instanceof HelmTemplate.Unresolved u) {
        problem(
            ChartProblem.Kind.UNRESOLVED,
            node.span(),
            node,
            release.label()
                + ": `"
                + label
                + "` is `"
                + text
                + "`, a template gwdns"
                + " does not evaluate ("
                + u.why()
                + "); what depends on it is left unknown",
            "write the value literally, or with only"
                + " `.Release`, `.Chart`, `.Values` and the functions of docs/charts.md");
        return text;
      }
      fail(
          node,
          ((HelmTemplate.Failed) result).message(),
          "`" + label + "` is `" + text + "`",
          "fix the template");
      return null;
    }

    private boolean truthy(ManifestNode node, List<String> path) {
      if (version.centralTemplating()
          && node instanceof ManifestScalar s
          && s.kind() == ScalarKind.STRING
          && s.value().contains("{{")) {
        String text = central(s, path);
        return text != null && !text.isEmpty();
      }
      return Values.truthy(node);
    }

    // ------------------------------------------------------------ problems

    private void fail(ManifestNode at, String chartMessage, String what, String fix) {
      fail(at, at.span(), chartMessage, what, fix);
    }

    private void fail(ManifestNode at, Span span, String chartMessage, String what, String fix) {
      failed = true;
      problems.add(
          new ChartProblem(
              ChartProblem.Kind.RENDER_FAILS,
              span.in(release.fileOf(at)),
              release.carrierRef(),
              release.label()
                  + ": chart "
                  + release.chartDescription()
                  + " fails to render with these values (\""
                  + chartMessage
                  + "\"): "
                  + what
                  + "; Helm renders none of the release's objects, so none of its routes is applied",
              fix));
    }

    private void problem(
        ChartProblem.Kind kind, Span span, ManifestNode at, String message, String fix) {
      problems.add(
          new ChartProblem(
              kind,
              span.in(release.fileOf(at)),
              release.carrierRef(),
              message.startsWith(release.label()) ? message : release.label() + ": " + message,
              fix));
    }
  }

  // ------------------------------------------------------------ small helpers

  private static ManifestScalar scalar(ManifestMap map, String key) {
    return map.get(key) instanceof ManifestScalar s && !s.isNull() ? s : null;
  }

  private static String text(ManifestNode node) {
    return node instanceof ManifestScalar s && !s.isNull() ? s.value() : null;
  }

  private static List<String> append(List<String> path, String key) {
    List<String> out = new ArrayList<>(path);
    out.add(key);
    return out;
  }

  private static String trunc(String text) {
    return text.length() > 63 ? text.substring(0, 63) : text;
  }

  private static String trimDash(String text) {
    return text.endsWith("-") ? text.substring(0, text.length() - 1) : text;
  }

  private static boolean truthyData(Object value) {
    if (value == null) {
      return false;
    }
    if (value instanceof String s) {
      return !s.isEmpty();
    }
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof Long l) {
      return l != 0;
    }
    if (value instanceof Map<?, ?> m) {
      return !m.isEmpty();
    }
    if (value instanceof List<?> l) {
      return !l.isEmpty();
    }
    return true;
  }

  private static String stringOf(Object value) {
    return String.valueOf(value);
  }

  /** Go's name of a value's type, as Helm's errors print it. */
  private static String goType(ManifestNode node) {
    if (node instanceof ManifestMap) {
      return "map[string]interface {}";
    }
    if (node instanceof ManifestList) {
      return "[]interface {}";
    }
    return switch (((ManifestScalar) node).kind()) {
      case BOOLEAN -> "bool";
      case INTEGER, FLOAT -> "float64";
      case NULL -> "<nil>";
      case STRING -> "string";
    };
  }
}
