package io.github.gwdns.core.render.chart;

import io.github.gwdns.core.load.ManifestMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A chart described as data: which releases install it, and either the bjw-s model to render it
 * with (a chart built on the bjw-s common library) or where its values hold routes and how the
 * chart names and places them. The built-in descriptors ({@code charts.yaml} beside this class) and
 * those under {@code charts:} in {@code .gwdns.yaml} have the same form (docs/charts.md).
 *
 * @param id what the descriptor is called in messages ({@code grafana})
 * @param origin where it is defined ({@code built in}, {@code .gwdns.yaml:12:5})
 * @param names chart names it matches (the chart's name, or the last segment of its OCI URL)
 * @param repositories repository URLs (or prefixes of them) it matches; empty to match by name
 *     alone
 * @param model {@code app-template} or {@code bjw-s-common} to render with the bjw-s model; null
 *     for a described chart
 * @param commonVersion for {@code bjw-s-common}: the library version the chart embeds (empty: the
 *     newest gwdns models)
 * @param defaults the chart's own values the templates read, under the release's values
 * @param helpers named templates evaluated once per release, in order; later templates read them as
 *     {@code .Helpers.<name>}
 * @param routes where the values hold routes
 * @param objects where the values hold whole objects the chart renders as written ({@code
 *     extraObjects})
 */
public record ChartDescriptor(
    String id,
    String origin,
    List<String> names,
    List<String> repositories,
    String model,
    String commonVersion,
    ManifestMap defaults,
    Map<String, String> helpers,
    List<Route> routes,
    List<ObjectList> objects) {

  /**
   * A place in the values that holds whole manifests the chart renders as they are, each through
   * tpl ({@code extraObjects}, {@code extraManifests}): a route or Gateway written there is
   * applied.
   *
   * @param values the dotted path of the list ({@code extraObjects})
   * @param scope the dotted path of a subchart's values, which tpl sees as {@code .Values}; empty
   *     for the chart itself
   * @param chartName the chart name tpl sees as {@code .Chart.Name} (a subchart's); empty for the
   *     release's chart
   * @param when a condition the list needs ({@code .Values.grafana.enabled}); empty for none
   * @param map whether a mapping of objects is taken too (its values, in the order of its keys)
   * @param strings whether an item may be a string holding the manifest's YAML
   * @param maps whether an item may be a mapping (a chart that passes each item to tpl as it is
   *     fails on one)
   */
  public record ObjectList(
      String values,
      String scope,
      String chartName,
      String when,
      boolean map,
      boolean strings,
      boolean maps) {}

  /**
   * One place in the values that renders routes.
   *
   * @param values the dotted path of the route's values ({@code server.route})
   * @param each true when the path holds a mapping of routes by key (grafana's {@code route.main})
   * @param scope the dotted path of a subchart's values ({@code grafana}), which templates see as
   *     {@code .Values}; empty for the chart itself
   * @param chartName the chart name templates see as {@code .Chart.Name} (a subchart's); empty for
   *     the release's chart
   * @param when a condition the whole route needs ({@code .Values.server.enabled}); empty for none
   * @param enabled the condition that enables one route ({@code .Route.enabled})
   * @param name the template of its name
   * @param namespace the template of its namespace; empty when the chart writes none (it is the
   *     release's)
   * @param kind the template of its kind
   * @param apiVersion the template of its apiVersion
   * @param templated the fields the chart passes through tpl: {@code hostnames}, {@code
   *     annotations}, {@code labels}, {@code parentRefs}
   * @param extraRules the route key holding rules the chart adds before its own ({@code
   *     additionalRules}); empty for none
   * @param hostnames the dotted path, in the route's values, of its hostnames: a list, or one
   *     string ({@code host.name})
   * @param parentRefs the dotted path, in the route's values, of its parentRefs
   */
  public record Route(
      String values,
      boolean each,
      String scope,
      String chartName,
      String when,
      String enabled,
      String name,
      String namespace,
      String kind,
      String apiVersion,
      Set<String> templated,
      String extraRules,
      String hostnames,
      String parentRefs) {
    public Route {
      templated = Set.copyOf(templated);
    }
  }

  public ChartDescriptor {
    names = List.copyOf(names);
    repositories = List.copyOf(repositories);
    helpers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(helpers));
    routes = List.copyOf(routes);
    objects = List.copyOf(objects);
  }

  /**
   * True when a release of {@code chart} is this chart: its name is one of {@link #names}, or, for
   * a descriptor without names, its repository starts with one of {@link #repositories}.
   */
  public boolean matches(ChartRef chart) {
    String name = chart.name();
    if (!names.isEmpty()) {
      return names.stream().anyMatch(n -> n.equalsIgnoreCase(name));
    }
    String repository = chart.repository().replaceAll("/+$", "");
    return !repository.isEmpty()
        && repositories.stream()
            .map(r -> r.replaceAll("/+$", ""))
            .anyMatch(r -> repository.equals(r) || repository.startsWith(r + "/"));
  }

  /** The model for {@code release}, a release of this chart. */
  public ChartModels.Selection select(ChartRelease release) {
    if ("app-template".equals(model) || "bjw-s-common".equals(model)) {
      boolean appTemplate = "app-template".equals(model);
      ChartRelease versioned = release;
      if (!appTemplate) {
        // The chart's own version says nothing of the library it embeds.
        ChartRef chart = release.chart();
        versioned =
            new ChartRelease(
                release.carrier(),
                release.carrierRef(),
                release.releaseName(),
                release.releaseNamespace(),
                release.namespaceNode(),
                release.namespaceSource(),
                release.namespaceOrigin(),
                new ChartRef(
                    chart.name(),
                    chart.repository(),
                    commonVersion,
                    "commonVersion of chart " + id + " (" + origin + ")"),
                null,
                release.values(),
                release.files(),
                release.defaultFile(),
                release.valuesPath(),
                release.schemaValidation());
      }
      return ChartModels.bjws(
          versioned,
          appTemplate,
          appTemplate,
          appTemplate ? null : release.chart().display() + ", built on bjw-s common");
    }
    return new ChartModels.Selection(new DescribedChartModel(this), release.chart().display());
  }
}
