package io.github.gwdns.core.deploy;

import io.github.gwdns.core.predict.ExternalDnsVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The command-line flags of each external-dns release gwdns models ({@code external-dns-flags.tsv}
 * beside this class, read from each release's {@code pkg/apis/externaldns/types.go}), with their
 * kingpin types: what decides whether a command line parses, and how.
 */
final class ExternalDnsFlags {
  /**
   * The releases whose flags are listed, oldest first; {@code head} stands for every version after
   * v0.22.0.
   */
  static final List<String> RELEASES = List.of("0.19", "0.20", "0.21", "0.22", "head");

  /** A kingpin flag type. */
  enum Type {
    BOOL,
    STRING,
    STRINGS,
    INT,
    INT64,
    DURATION,
    ENUM,
    ENUMS,
    REGEXP,
    STRING_MAP;

    /** Whether the flag may be given more than once (kingpin's cumulative values). */
    boolean repeatable() {
      return this == STRINGS || this == ENUMS || this == STRING_MAP;
    }
  }

  /** One flag of one release. */
  record Flag(String name, Type type, boolean required) {
    /**
     * The environment variable kingpin reads it from ({@code --txt-owner-id}: {@code
     * EXTERNAL_DNS_TXT_OWNER_ID}).
     */
    String envar() {
      return "EXTERNAL_DNS_" + name.replaceAll("[^a-zA-Z0-9_]+", "_").toUpperCase(Locale.ROOT);
    }
  }

  /** A row of the table: a flag with one type over a run of releases. */
  private record Row(Flag flag, int first, int last) {}

  private static final List<Row> ROWS = load();

  private final String release;
  private final Map<String, Flag> byName = new HashMap<>();
  private final Map<String, Flag> byEnvar = new HashMap<>();

  private ExternalDnsFlags(String release) {
    this.release = release;
    int index = RELEASES.indexOf(release);
    for (Row r : ROWS) {
      if (r.first <= index && index <= r.last) {
        byName.put(r.flag.name(), r.flag);
        byEnvar.put(r.flag.envar(), r.flag);
      }
    }
  }

  /**
   * The flags of {@code version}: of its minor release ({@code v0.21.2} has v0.21.0's), of the
   * development head after v0.22.0, or null for a release older than v0.19.0, whose flags gwdns
   * does not list.
   */
  static ExternalDnsFlags of(ExternalDnsVersion version) {
    String key = key(version);
    return key == null ? null : new ExternalDnsFlags(key);
  }

  private static String key(ExternalDnsVersion v) {
    if (v.major() > 0 || v.minor() > 22 || v.compareTo(ExternalDnsVersion.V0_22) > 0) {
      return "head";
    }
    return v.minor() < 19 ? null : "0." + v.minor();
  }

  /** {@code 0.21} or {@code head}: the key of the release in {@link #RELEASES}. */
  String key() {
    return release;
  }

  /** The position of the release in {@link #RELEASES}. */
  int index() {
    return RELEASES.indexOf(release);
  }

  /** The flags of the newest release listed. */
  static ExternalDnsFlags newest() {
    return new ExternalDnsFlags(RELEASES.get(RELEASES.size() - 1));
  }

  /** The flags of the oldest release listed, for reading the command line of an older one. */
  static ExternalDnsFlags oldest() {
    return new ExternalDnsFlags(RELEASES.get(0));
  }

  /** The flags of each release listed, oldest first. */
  static List<ExternalDnsFlags> everyRelease() {
    return RELEASES.stream().map(ExternalDnsFlags::new).toList();
  }

  /** {@code v0.21} or {@code the development head}: the flag list this is. */
  String release() {
    return release.equals("head") ? "the development head after v0.22.0" : "v" + release + ".0";
  }

  /** The flag, or null when this release has none of that name. */
  Flag flag(String name) {
    return byName.get(name);
  }

  /** The flag read from environment variable {@code name}, or null. */
  Flag byEnvar(String name) {
    return byEnvar.get(name);
  }

  /** Every flag. */
  java.util.Collection<Flag> all() {
    return byName.values();
  }

  /**
   * The release that first has flag {@code name} when it came after the oldest listed one ({@code
   * v0.21.0} for {@code gateway-listener-sets}), else null: a release older than the oldest listed
   * lacks it for sure.
   */
  static String addedAfterOldest(String name) {
    int first =
        ROWS.stream().filter(r -> r.flag.name().equals(name)).mapToInt(Row::first).min().orElse(0);
    return first > 0 ? "v" + RELEASES.get(first) + ".0" : null;
  }

  /**
   * The first release after {@code version}'s that has flag {@code name}, for a fix ("upgrade to
   * v0.21.0"); null when none.
   */
  static String firstReleaseWith(String name, ExternalDnsVersion version) {
    String key = key(version);
    int from = key == null ? 0 : RELEASES.indexOf(key);
    for (Row r : ROWS) {
      if (r.flag.name().equals(name) && r.last >= from) {
        int at = Math.max(r.first, from);
        return RELEASES.get(at).equals("head")
            ? "a release after v0.22.0"
            : "v" + RELEASES.get(at) + ".0";
      }
    }
    return null;
  }

  /**
   * The last release that has flag {@code name}, when this one no longer does ({@code v0.21.0});
   * else null.
   */
  String lastReleaseWith(String name) {
    int index = RELEASES.indexOf(release);
    int last =
        ROWS.stream()
            .filter(r -> r.flag.name().equals(name) && r.last < index)
            .mapToInt(Row::last)
            .max()
            .orElse(-1);
    return last < 0 ? null : "v" + RELEASES.get(last) + ".0";
  }

  private static List<Row> load() {
    try (InputStream in = ExternalDnsFlags.class.getResourceAsStream("external-dns-flags.tsv")) {
      if (in == null) {
        throw new IllegalStateException("external-dns-flags.tsv is missing from the gwdns jar");
      }
      List<Row> rows = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        Type type =
            Type.valueOf(f[1].replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
        rows.add(
            new Row(
                new Flag(f[0], type, f.length > 4 && f[4].equals("required")),
                RELEASES.indexOf(f[2]),
                RELEASES.indexOf(f[3])));
      }
      return List.copyOf(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
