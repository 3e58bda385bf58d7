package io.github.gwdns.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** gwdns's own version, as built. */
public final class Version {
  private static final String VERSION = load();

  private Version() {}

  /** e.g. {@code 0.1.0}; {@code unknown} when run from classes without the build's resources. */
  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = Version.class.getResourceAsStream("gwdns-version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
