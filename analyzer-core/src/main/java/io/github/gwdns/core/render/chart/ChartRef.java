package io.github.gwdns.core.render.chart;

/**
 * Which chart a release installs, as far as the repository says.
 *
 * @param name the chart's name ({@code app-template}), or the last segment of its OCI URL; when the
 *     source is not in the repository, the source's name, which is often the chart's
 * @param repository where it comes from ({@code oci://ghcr.io/bjw-s-labs/helm/app-template}, {@code
 *     https://bjw-s-labs.github.io/helm-charts}), or {@code ""} when not known
 * @param version the version as written: exact ({@code 5.1.0}), a range ({@code 5.x}, {@code
 *     >=4.0.0}), or {@code ""} when not pinned or not known
 * @param versionOrigin where the version is written, in words, for {@code explain}
 * @param identified whether the repository says which chart it is (a chart name, or a source it
 *     holds); false when only a source's name is known
 */
public record ChartRef(
    String name, String repository, String version, String versionOrigin, boolean identified) {
  public ChartRef {
    name = name == null ? "" : name;
    repository = repository == null ? "" : repository;
    version = version == null ? "" : version.trim();
    versionOrigin = versionOrigin == null ? "" : versionOrigin;
  }

  /** A chart the repository names. */
  public ChartRef(String name, String repository, String version, String versionOrigin) {
    this(name, repository, version, versionOrigin, !(name == null || name.isEmpty()));
  }

  /** The version when it is one exact release ({@code 5.1.0}, {@code v5.1.0}), else null. */
  public SemanticVersion exactVersion() {
    return SemanticVersion.parse(version);
  }

  /** "app-template 5.1.0", or "app-template" with no known version. */
  public String display() {
    return version.isEmpty() ? name : name + " " + version;
  }
}
