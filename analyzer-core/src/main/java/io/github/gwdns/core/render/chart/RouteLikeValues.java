package io.github.gwdns.core.render.chart;

import io.github.gwdns.core.load.ManifestList;
import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.load.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Values that look like a Gateway API route (a mapping with {@code parentRefs}) which no model
 * read: the chart may render a route from them that gwdns does not see, so each gets a note rather
 * than silence.
 */
public final class RouteLikeValues {
  private RouteLikeValues() {}

  /**
   * The route-like values of {@code release} outside what {@code rendering} read, one problem each.
   */
  public static List<ChartProblem> unread(
      ChartRelease release, ChartModels.Selection selection, ChartRendering rendering) {
    Set<ManifestNode> read = Collections.newSetFromMap(new IdentityHashMap<>());
    read.addAll(rendering.read());
    List<ChartProblem> out = new ArrayList<>();
    walk(release.values(), "", read, release, selection, out);
    return out;
  }

  private static void walk(
      ManifestNode node,
      String path,
      Set<ManifestNode> read,
      ChartRelease release,
      ChartModels.Selection selection,
      List<ChartProblem> out) {
    if (read.contains(node)) {
      return;
    }
    if (node instanceof ManifestMap map) {
      for (ManifestMap.Entry e : map.entries()) {
        String at = path.isEmpty() ? e.key() : path + "." + e.key();
        if (e.value() instanceof ManifestMap value && isRouteLike(value) && !read.contains(value)) {
          out.add(problem(release, selection, at, e.keySpan(), value));
        } else {
          walk(e.value(), at, read, release, selection, out);
        }
      }
    } else if (node instanceof ManifestList list) {
      for (int i = 0; i < list.items().size(); i++) {
        ManifestNode item = list.items().get(i);
        String at = path + "[" + i + "]";
        if (item instanceof ManifestMap value && isRouteLike(value) && !read.contains(value)) {
          out.add(problem(release, selection, at, value.span(), value));
        } else {
          walk(item, at, read, release, selection, out);
        }
      }
    }
  }

  /** A mapping with a {@code parentRefs} list, not switched off by {@code enabled: false}. */
  private static boolean isRouteLike(ManifestMap map) {
    return map.get("parentRefs") instanceof ManifestList && !"false".equals(map.text("enabled"));
  }

  private static ChartProblem problem(
      ChartRelease release,
      ChartModels.Selection selection,
      String path,
      Span key,
      ManifestMap value) {
    ChartRef ref = release.chart();
    String why;
    if (selection != null) {
      why =
          selection.model().name()
              + ", which renders chart "
              + release.chartDescription()
              + ", does not read them";
    } else if (!ref.identified()) {
      why =
          "gwdns cannot tell which chart renders them ("
              + (ref.versionOrigin().isEmpty() ? "the release names no chart" : ref.versionOrigin())
              + ")";
    } else {
      why = "gwdns has no model of chart " + ref.display();
    }
    return new ChartProblem(
        ChartProblem.Kind.UNMODELED,
        key.in(release.fileOf(value)),
        release.carrierRef(),
        release.label()
            + ": values `"
            + path
            + "` look like a Gateway API route (they have `parentRefs`), but "
            + why
            + ", so the routes the chart renders from them are not analyzed and get no DNS prediction",
        ref.identified() || selection != null
            ? "describe the chart under `charts:` in .gwdns.yaml (see docs/charts.md), or write the route as a manifest"
            : "analyze the whole repository, with the chart's source, or describe the chart under `charts:` in .gwdns.yaml"
                + " (docs/charts.md)");
  }
}
