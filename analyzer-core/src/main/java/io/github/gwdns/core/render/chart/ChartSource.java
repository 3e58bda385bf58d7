package io.github.gwdns.core.render.chart;

import java.util.Objects;

/**
 * Where an object a chart renders from its values comes from: the release that carries the values,
 * the chart and the model gwdns rendered it with, and which part of the values it is.
 *
 * @param carrier the object that holds the values, as {@code Kind namespace/name} ({@code
 *     HelmRelease default/atuin})
 * @param chart the chart and its version, as identified ({@code app-template 5.1.0})
 * @param model the model that rendered it, in words ({@code the bjw-s common 5.x route model})
 * @param part the values key the object comes from ({@code route.app}): two objects of one release
 *     differ in it
 */
public record ChartSource(String carrier, String chart, String model, String part) {
  public ChartSource {
    Objects.requireNonNull(carrier, "carrier");
    Objects.requireNonNull(chart, "chart");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(part, "part");
  }

  /**
   * "rendered from HelmRelease default/atuin (values `route.app`) by the bjw-s common 5.1.0 route
   * model; chart: app-template 5.1.0".
   */
  public String describe() {
    return "rendered from "
        + carrier
        + " (values `"
        + part
        + "`) by "
        + model
        + "; chart: "
        + chart;
  }
}
