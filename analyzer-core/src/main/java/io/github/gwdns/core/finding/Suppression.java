package io.github.gwdns.core.finding;

/**
 * Why a finding is not counted: suppressed on the object ({@code gwdns.io/ignore}) or accepted in a
 * baseline. Suppressed findings stay in reports (SARIF shows them as suppressed) but never fail a
 * build.
 *
 * @param kind {@code inSource} (an annotation on the object) or {@code external} (a baseline file)
 * @param justification the reason given
 */
public record Suppression(String kind, String justification) {
  public static final String IN_SOURCE = "inSource";
  public static final String EXTERNAL = "external";
}
