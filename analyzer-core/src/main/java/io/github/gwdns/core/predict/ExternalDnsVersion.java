package io.github.gwdns.core.predict;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An external-dns release, from an image tag ({@code v0.21.0}, {@code 0.22.0-debian}) or a chart
 * version. It decides the behaviour that changed between releases; docs/external-dns-versions.md
 * has the table.
 */
public record ExternalDnsVersion(int major, int minor, int patch)
    implements Comparable<ExternalDnsVersion> {
  private static final Pattern TAG =
      Pattern.compile("^v?(\\d+)\\.(\\d+)(?:\\.(\\d+))?(?:[-+@].*)?$");

  /** The release that added ListenerSet support and {@code --gateway-listener-sets}. */
  public static final ExternalDnsVersion LISTENER_SETS = new ExternalDnsVersion(0, 21, 0);

  /**
   * The release that reads TLSRoute v1 and defaults the annotation prefix to {@code
   * external-dns.kubernetes.io/}.
   */
  public static final ExternalDnsVersion V0_22 = new ExternalDnsVersion(0, 22, 0);

  /**
   * The release gwdns predicts when none is known: the newest release its reference describes.
   * Behaviour that exists only on external-dns's development head after it is not applied.
   */
  public static final ExternalDnsVersion DEFAULT = V0_22;

  /** The version of a tag, or null when the tag is not a version ({@code latest}, a digest). */
  public static ExternalDnsVersion parse(String tag) {
    if (tag == null) {
      return null;
    }
    Matcher m = TAG.matcher(tag.trim());
    if (!m.matches()) {
      return null;
    }
    return new ExternalDnsVersion(
        Integer.parseInt(m.group(1)),
        Integer.parseInt(m.group(2)),
        m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
  }

  /**
   * The external-dns release a chart version ships: the kubernetes-sigs chart 1.N.x carries
   * external-dns v0.N (chart 1.21.1 is v0.21.0). Null for other versions.
   */
  public static ExternalDnsVersion ofChart(String chartVersion) {
    ExternalDnsVersion chart = parse(chartVersion);
    return chart == null || chart.major != 1 ? null : new ExternalDnsVersion(0, chart.minor, 0);
  }

  public boolean isAtLeast(ExternalDnsVersion other) {
    return compareTo(other) >= 0;
  }

  /** The annotation prefix this release reads when {@code --annotation-prefix} is not given. */
  public String defaultAnnotationPrefix() {
    return isAtLeast(V0_22)
        ? ExternalDnsOptions.DEFAULT_ANNOTATION_PREFIX
        : ExternalDnsOptions.LEGACY_ANNOTATION_PREFIX;
  }

  /** Whether it can follow ListenerSet parents at all (older releases do not know the flag). */
  public boolean supportsListenerSets() {
    return isAtLeast(LISTENER_SETS);
  }

  /**
   * Whether it has what external-dns's development head added after v0.22.0 (2026-08-21/22):
   * Gateways dropped by a foreign {@code controller} annotation, ListenerSets filtered by {@code
   * --annotation-filter} and the controller annotation, and an FQDN template that fails on the
   * typed route retried on its unstructured form. gwdns expects these in the first release after
   * v0.22.0.
   */
  public boolean hasHeadChanges() {
    return compareTo(V0_22) > 0;
  }

  /** The TLSRoute API version its informer watches. */
  public String tlsRouteVersion() {
    return isAtLeast(V0_22) ? "v1" : "v1alpha2";
  }

  @Override
  public int compareTo(ExternalDnsVersion o) {
    int c = Integer.compare(major, o.major);
    if (c == 0) {
      c = Integer.compare(minor, o.minor);
    }
    return c != 0 ? c : Integer.compare(patch, o.patch);
  }

  @Override
  public String toString() {
    return "v" + major + "." + minor + "." + patch;
  }
}
