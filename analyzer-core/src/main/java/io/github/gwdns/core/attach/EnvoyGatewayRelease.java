package io.github.gwdns.core.attach;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Envoy Gateway release, and where gwdns read it. Envoy Gateway changed how it decides route
 * acceptance between v1.6 and v1.9 (docs/implementations.md, "Envoy Gateway releases"); the {@link
 * ControllerProfile} asks this record which band applies.
 *
 * @param source where the release was read ({@code chart version v1.8.1 of HelmRelease
 *     network/envoy-gateway (apps/eg.yaml)}), or why none was (then {@link #pinned()} is false and
 *     the version is {@link #DEFAULT})
 * @param pinned whether the manifests pin this release
 */
public record EnvoyGatewayRelease(int major, int minor, int patch, String source, boolean pinned) {
  private static final Pattern VERSION =
      Pattern.compile("^v?(\\d+)\\.(\\d+)\\.(\\d+)(?:[-+@].*)?$");

  /** What gwdns predicts when the manifests pin no release: the newest it models. */
  public static EnvoyGatewayRelease unpinned(String why) {
    return new EnvoyGatewayRelease(1, 9, 0, why, false);
  }

  /** The behaviour of {@link #unpinned}: v1.9.0. */
  public static final EnvoyGatewayRelease DEFAULT =
      unpinned("the manifests pin no Envoy Gateway release");

  /**
   * The release a chart version or image tag names: {@code v1.8.2}, {@code 1.8.2}, {@code
   * v1.9.0-rc.1} (the release it leads to), {@code v1.8.2@sha256:...}; {@code 0.0.0-latest} and
   * {@code latest} are the development head, which gwdns models as v1.9.0. Null for anything else
   * (a range, a digest alone).
   */
  public static EnvoyGatewayRelease parse(String version, String source) {
    if (version == null) {
      return null;
    }
    String v = version.trim();
    if (v.equals("0.0.0-latest") || v.equals("latest")) {
      return new EnvoyGatewayRelease(
          1, 9, 0, source + " (the development head, modeled as v1.9.0)", true);
    }
    Matcher m = VERSION.matcher(v);
    if (!m.matches()) {
      return null;
    }
    return new EnvoyGatewayRelease(
        Integer.parseInt(m.group(1)),
        Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)),
        source,
        true);
  }

  /** Whether this release is older than {@code major.minor.patch}. */
  public boolean isBefore(int major, int minor, int patch) {
    if (this.major != major) {
      return this.major < major;
    }
    if (this.minor != minor) {
      return this.minor < minor;
    }
    return this.patch < patch;
  }

  /** Same numbers, ignoring where they were read. */
  public boolean sameVersion(EnvoyGatewayRelease other) {
    return major == other.major && minor == other.minor && patch == other.patch;
  }

  /** {@code v1.8.1}. */
  public String version() {
    return "v" + major + "." + minor + "." + patch;
  }

  /** {@code Envoy Gateway v1.8.1}, for messages; {@link #describe()} says where it was read. */
  public String name() {
    return "Envoy Gateway " + version();
  }

  /** For explain: {@code Envoy Gateway v1.8.1, from <source>}, or the assumption and why. */
  public String describe() {
    return pinned
        ? "Envoy Gateway " + version() + ", from " + source
        : "Envoy Gateway " + version() + " assumed: " + source;
  }
}
