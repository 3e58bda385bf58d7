package io.github.gwdns.core.render.chart;

import io.github.gwdns.core.load.ManifestMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The chart models gwdns knows, and which one renders a release: the charts the user describes in
 * {@code .gwdns.yaml} first, then bjw-s app-template (by its name or repository, or, when the
 * release's chart source is not in the repository, by the shape of its values), then the built-in
 * descriptors of other charts. A release no model matches is not rendered; its route-like values
 * are reported.
 */
public final class ChartModels {
  /**
   * The model for a release, and the chart in words as the model renders it: with the version it
   * assumes when the repository pins none, or a range.
   *
   * @param assumed whether the chart or its version is assumed rather than known
   */
  public record Selection(ChartModel model, String chartDescription, boolean assumed) {
    /** A selection of a known chart and version. */
    public Selection(ChartModel model, String chartDescription) {
      this(model, chartDescription, false);
    }
  }

  private final List<ChartDescriptor> user;
  private final List<ChartDescriptor> builtIn;

  private ChartModels(List<ChartDescriptor> user, List<ChartDescriptor> builtIn) {
    this.user = List.copyOf(user);
    this.builtIn = List.copyOf(builtIn);
  }

  /** The built-in models. */
  public static ChartModels builtIn() {
    return new ChartModels(List.of(), ChartDescriptors.builtIn());
  }

  /** These models, with {@code descriptors} (from {@code .gwdns.yaml}) tried before any other. */
  public ChartModels with(List<ChartDescriptor> descriptors) {
    List<ChartDescriptor> all = new ArrayList<>(user);
    all.addAll(descriptors);
    return new ChartModels(all, builtIn);
  }

  /** The descriptors given by the user. */
  public List<ChartDescriptor> user() {
    return user;
  }

  /** The model that renders {@code release}, or null when none does. */
  public Selection select(ChartRelease release) {
    ChartRef chart = release.chart();
    for (ChartDescriptor d : user) {
      if (d.matches(chart)) {
        return d.select(release);
      }
    }
    if (isAppTemplate(chart)) {
      return bjws(release, true, true, null);
    }
    if (!chart.identified() && looksLikeAppTemplate(release.values())) {
      String source =
          chart.versionOrigin().isEmpty() ? "its chart is not named" : chart.versionOrigin();
      return bjws(
          release,
          true,
          false,
          "app-template (assumed: "
              + source
              + ", and the values have `controllers:`, as those of"
              + " the bjw-s common library's charts do)");
    }
    for (ChartDescriptor d : builtIn) {
      if (d.matches(chart)) {
        return d.select(release);
      }
    }
    return null;
  }

  /** bjw-s app-template: its name, or one of its repositories (and mirrors that keep its name). */
  static boolean isAppTemplate(ChartRef chart) {
    String name = chart.name().toLowerCase(Locale.ROOT);
    return name.equals("app-template");
  }

  /**
   * The values of a bjw-s common chart: a {@code controllers:} mapping whose entries hold {@code
   * containers:}. No other chart gwdns has seen writes this shape.
   */
  static boolean looksLikeAppTemplate(ManifestMap values) {
    if (!(values.get("controllers") instanceof ManifestMap controllers)
        || controllers.entries().isEmpty()) {
      return false;
    }
    for (ManifestMap.Entry e : controllers.entries()) {
      if (e.value() instanceof ManifestMap c && c.get("containers") instanceof ManifestMap) {
        return true;
      }
    }
    return false;
  }

  /**
   * The bjw-s common model for the release's version: exact; the newest release a range allows;
   * else the newest release gwdns models, said so.
   *
   * @param defaultsKnown whether the chart's own values are known (app-template's)
   * @param identifiedAs how the chart was identified when not by its name, or null
   */
  static Selection bjws(
      ChartRelease release, boolean appTemplate, boolean defaultsKnown, String identifiedAs) {
    ChartRef chart = release.chart();
    String name = identifiedAs != null ? identifiedAs : chart.name();
    SemanticVersion exact = chart.exactVersion();
    SemanticVersion newest = BjwsCommonVersion.NEWEST;
    if (exact != null) {
      if (!exact.atLeast(3, 0, 0)) {
        return null; // 2.x and older: not modeled
      }
      if (exact.compareTo(newest) > 0) {
        return new Selection(
            new BjwsCommonModel(new BjwsCommonVersion(newest), appTemplate, defaultsKnown, false),
            name
                + " "
                + chart.version()
                + " (newer than "
                + newest
                + ", the newest release gwdns models: rendered as "
                + newest
                + ")",
            true);
      }
      return new Selection(
          new BjwsCommonModel(
              new BjwsCommonVersion(exact), appTemplate, defaultsKnown, defaultsKnown),
          identifiedAs == null ? chart.display() : name + " " + chart.version(),
          !defaultsKnown);
    }
    VersionRange range = VersionRange.parse(chart.version());
    SemanticVersion allowed = range == null ? null : range.newest(BjwsCommonVersion.RELEASES);
    if (allowed != null) {
      return new Selection(
          new BjwsCommonModel(new BjwsCommonVersion(allowed), appTemplate, defaultsKnown, false),
          name
              + " "
              + chart.version()
              + " (rendered as "
              + allowed
              + ", the newest release the range allows)",
          true);
    }
    String why =
        (chart.version().isEmpty()
                ? "version not known"
                : "version `" + chart.version() + "` is not a release")
            + ": rendered as "
            + newest
            + ", the newest release gwdns models";
    return new Selection(
        new BjwsCommonModel(new BjwsCommonVersion(newest), appTemplate, defaultsKnown, false),
        also(name, why),
        true);
  }

  /**
   * {@code name} with {@code more} in its parentheses ({@code app-template (a; b)}), or in new
   * ones.
   */
  private static String also(String name, String more) {
    return name.endsWith(")")
        ? name.substring(0, name.length() - 1) + "; " + more + ")"
        : name + " (" + more + ")";
  }
}
