package io.github.gwdns.core.render;

import io.github.gwdns.core.render.chart.Capabilities;
import io.github.gwdns.core.render.chart.ChartModels;
import io.github.gwdns.core.render.chart.ChartProblem;
import io.github.gwdns.core.render.chart.ChartRelease;
import io.github.gwdns.core.render.chart.ChartRendering;
import io.github.gwdns.core.render.chart.RouteLikeValues;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last step of the render stage: the objects the charts of a cluster's Helm releases render
 * from their values, each placed right after its release. A chart gwdns has a model for is rendered
 * by it; route-like values no model reads are reported, never ignored.
 */
final class ChartStep {
  /** The cluster's objects with the charts' objects among them, and what the models found. */
  record Result(List<RenderedObject> objects, List<ChartProblem> problems) {}

  private final ChartModels models;
  private final String defaultNamespace;
  private final EmbeddedYaml embedded;

  ChartStep(ChartModels models, String defaultNamespace, FileStore store) {
    this.models = models;
    this.defaultNamespace = defaultNamespace;
    this.embedded = new EmbeddedYaml(store);
  }

  Result apply(List<RenderedObject> objects) {
    List<ChartRelease> releases = ChartCarriers.find(objects, defaultNamespace);
    if (releases.isEmpty()) {
      return new Result(objects, List.of());
    }
    Map<RenderedObject, ChartRendering> byCarrier = new IdentityHashMap<>();
    List<ChartProblem> problems = new ArrayList<>();
    for (ChartRelease found : releases) {
      ChartModels.Selection selection = models.select(found);
      ChartRelease release =
          selection == null ? found : found.describedAs(selection.chartDescription());
      ChartRendering rendering =
          selection == null
              ? ChartRendering.NONE
              : selection.model().render(release, Capabilities.GATEWAY_API, embedded::parse);
      byCarrier.put(release.carrier(), rendering);
      for (ChartProblem p : rendering.problems()) {
        problems.add(selection != null && selection.assumed() ? p.assumedChart() : p);
      }
      problems.addAll(RouteLikeValues.unread(release, selection, rendering));
    }
    List<RenderedObject> out = new ArrayList<>(objects.size());
    for (RenderedObject o : objects) {
      out.add(o);
      ChartRendering rendering = byCarrier.get(o);
      if (rendering != null) {
        out.addAll(rendering.objects());
      }
    }
    return new Result(out, problems);
  }
}
