package io.github.gwdns.core.template;

/**
 * Data for a template that gwdns knows only in part. Reading an {@link Unknown} value makes the
 * template unsupported (its result is unknown) instead of giving Go's zero value, which would be a
 * guess.
 */
public final class TemplateData {
  private TemplateData() {}

  /** A value gwdns does not know ({@code .Chart.AppVersion} of a chart it has not read). */
  public record Unknown(String what) {}
}
