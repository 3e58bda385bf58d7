package io.github.gwdns.core.render.chart;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chart version, {@code major.minor.patch} with an optional pre-release, ordered as semver orders
 * them (a pre-release before its release).
 */
public record SemanticVersion(int major, int minor, int patch, String preRelease)
    implements Comparable<SemanticVersion> {
  private static final Pattern EXACT =
      Pattern.compile("v?(\\d+)\\.(\\d+)\\.(\\d+)(?:-([0-9A-Za-z.-]+))?(?:\\+[0-9A-Za-z.-]+)?");

  /** The version, or null when {@code text} is not one exact version (a range, a digest, empty). */
  public static SemanticVersion parse(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = EXACT.matcher(text.trim());
    if (!m.matches()) {
      return null;
    }
    try {
      return new SemanticVersion(
          Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)),
          m.group(4) == null ? "" : m.group(4));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** {@code major.minor.patch}. */
  public static SemanticVersion of(int major, int minor, int patch) {
    return new SemanticVersion(major, minor, patch, "");
  }

  /** True when this version is {@code other} or later. */
  public boolean atLeast(SemanticVersion other) {
    return compareTo(other) >= 0;
  }

  /** True when this version is {@code major.minor.patch} or later. */
  public boolean atLeast(int major, int minor, int patch) {
    return atLeast(of(major, minor, patch));
  }

  @Override
  public int compareTo(SemanticVersion o) {
    int c = Integer.compare(major, o.major);
    c = c != 0 ? c : Integer.compare(minor, o.minor);
    c = c != 0 ? c : Integer.compare(patch, o.patch);
    if (c != 0 || preRelease.equals(o.preRelease)) {
      return c;
    }
    if (preRelease.isEmpty() || o.preRelease.isEmpty()) {
      return preRelease.isEmpty() ? 1 : -1;
    }
    return preRelease.compareTo(o.preRelease);
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch + (preRelease.isEmpty() ? "" : "-" + preRelease);
  }
}
