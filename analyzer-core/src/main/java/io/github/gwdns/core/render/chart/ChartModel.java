package io.github.gwdns.core.render.chart;

/** How one family of charts turns a release's values into the Gateway API objects gwdns reads. */
public interface ChartModel {
  /** The model, in words, for {@code explain}: "the bjw-s common 5.1.0 route model". */
  String name();

  /**
   * The objects the chart renders from {@code release}'s values, and what keeps it from rendering
   * them (then no object: Helm renders all of a release or nothing).
   */
  ChartRendering render(ChartRelease release, Capabilities capabilities);

  /**
   * The same, with {@code documents} to read YAML that values hold in strings (an {@code
   * extraObjects} item written as a block string), at its positions in the file.
   */
  default ChartRendering render(
      ChartRelease release, Capabilities capabilities, EmbeddedDocuments documents) {
    return render(release, capabilities);
  }
}
