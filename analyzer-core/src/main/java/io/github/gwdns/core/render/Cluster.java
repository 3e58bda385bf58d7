package io.github.gwdns.core.render;

import io.github.gwdns.core.render.chart.ChartProblem;
import java.util.List;

/**
 * One cluster the repository deploys, and what it applies.
 *
 * @param name how findings and plans name it ({@code ""} when the input holds one cluster, or when
 *     gwdns found no entry point and analyzes the input as one)
 * @param entry where it starts, in words (the FluxInstance, bootstrap Kustomization, Argo CD
 *     Application or directory), for notices and {@code explain}
 * @param objects every object it applies, in the order they are applied: the objects charts render
 *     from the values of its Helm releases follow their release
 * @param chartProblems what the chart models found in those values: a chart that would fail to
 *     render, a value gwdns does not evaluate, route-like values of a chart without a model
 */
public record Cluster(
    String name, String entry, List<RenderedObject> objects, List<ChartProblem> chartProblems) {
  public Cluster {
    objects = List.copyOf(objects);
    chartProblems = List.copyOf(chartProblems);
  }

  /** A cluster whose objects no chart model rendered. */
  public Cluster(String name, String entry, List<RenderedObject> objects) {
    this(name, entry, objects, List.of());
  }
}
