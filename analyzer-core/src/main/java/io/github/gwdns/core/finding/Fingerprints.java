package io.github.gwdns.core.finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Builds the stable identity of a finding from the rule and what it is about, never from line
 * numbers, so that a finding keeps its identity when YAML is reformatted or lines move.
 */
public final class Fingerprints {
  private Fingerprints() {}

  /**
   * A hex SHA-256 prefix over the parts, joined with a separator that cannot occur in them.
   *
   * @param parts rule id first, then object identity, field path and key arguments
   */
  public static String of(String... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String part : parts) {
        digest.update((part == null ? "" : part).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
