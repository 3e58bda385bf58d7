package io.github.gwdns.core.model;

/** Splits {@code apiVersion} into group and version. */
public final class ApiVersions {
  private ApiVersions() {}

  /**
   * {@code gateway.networking.k8s.io/v1} gives {@code gateway.networking.k8s.io}; {@code v1} gives
   * {@code ""}.
   */
  public static String group(String apiVersion) {
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  /** {@code gateway.networking.k8s.io/v1} gives {@code v1}. */
  public static String version(String apiVersion) {
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? apiVersion : apiVersion.substring(slash + 1);
  }
}
