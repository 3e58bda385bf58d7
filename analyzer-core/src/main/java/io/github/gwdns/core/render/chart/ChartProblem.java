package io.github.gwdns.core.render.chart;

import io.github.gwdns.core.finding.ObjectRef;
import io.github.gwdns.core.finding.SourceRange;
import java.util.Objects;

/**
 * What a chart model found in a release's values that is not a route: the chart would fail to
 * render, a value gwdns cannot evaluate, or route-like values of a chart gwdns has no model for.
 * The rules report it at the value.
 *
 * @param kind what it is
 * @param range the value it is about, in the file that writes it
 * @param carrier the object that holds the values (a HelmRelease), for suppressions and messages
 * @param message what is wrong, naming the release, the chart and the value
 * @param fix how to fix it, or null
 * @param assumed the chart's identity or version was assumed (not pinned, or identified by its
 *     values): a failure is then reported as a warning, since the release's real chart may not fail
 */
public record ChartProblem(
    Kind kind, SourceRange range, ObjectRef carrier, String message, String fix, boolean assumed) {
  /** What a problem is. */
  public enum Kind {
    /**
     * The release cannot be installed with these values: the chart fails to render ({@code fail},
     * {@code required}), or the API server rejects an object it renders.
     */
    RENDER_FAILS,
    /**
     * A template in a value the chart does not pass through tpl: it reaches the cluster as written.
     */
    NOT_TEMPLATED,
    /**
     * A value gwdns cannot evaluate (a template beyond what it reads): what depends on it is
     * unknown.
     */
    UNRESOLVED,
    /** Route-like values of a chart gwdns has no model for: their routes are not analyzed. */
    UNMODELED
  }

  public ChartProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(carrier, "carrier");
    Objects.requireNonNull(message, "message");
  }

  /** A problem of a release whose chart is known. */
  public ChartProblem(Kind kind, SourceRange range, ObjectRef carrier, String message, String fix) {
    this(kind, range, carrier, message, fix, false);
  }

  /** This problem, found with an assumed chart or version. */
  public ChartProblem assumedChart() {
    return new ChartProblem(kind, range, carrier, message, fix, true);
  }
}
