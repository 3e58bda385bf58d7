package io.github.gwdns.core.render.chart;

import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.render.RenderedObject;
import java.util.List;

/**
 * What a chart model made of one release.
 *
 * @param objects the objects the chart renders (none when it fails)
 * @param problems what keeps it from rendering, and what gwdns could not evaluate
 * @param read the values the model read routes from (the {@code route} mapping): route-like values
 *     elsewhere are reported as not modeled
 */
public record ChartRendering(
    List<RenderedObject> objects, List<ChartProblem> problems, List<ManifestNode> read) {
  /** Nothing rendered, nothing read: a release of a chart without a model. */
  public static final ChartRendering NONE = new ChartRendering(List.of(), List.of(), List.of());

  public ChartRendering {
    objects = List.copyOf(objects);
    problems = List.copyOf(problems);
    read = List.copyOf(read);
  }
}
