package io.github.gwdns.core.finding;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One problem, reported at the most precise node that explains it.
 *
 * @param ruleId stable kebab-case rule id, e.g. {@code namespace-not-allowed}
 * @param severity the level after configuration was applied
 * @param message what is wrong, on which object and field, and the fix
 * @param location primary location
 * @param object the object the finding is about, or {@code null} when the input could not be read
 *     as an object (e.g. a file that does not parse)
 * @param related other locations that explain the finding
 * @param fingerprint stable identity built from the rule and the object, not from line numbers
 * @param suppression why the finding does not count, or null when it does
 * @param cluster the clusters the finding is true in, comma-separated, when the input holds several
 *     ({@code ""} otherwise); the message then starts with them
 */
public record Finding(
    String ruleId,
    Severity severity,
    String message,
    SourceRange location,
    ObjectRef object,
    List<RelatedLocation> related,
    String fingerprint,
    Suppression suppression,
    String cluster)
    implements Comparable<Finding> {

  /** A finding of the only cluster. */
  public Finding(
      String ruleId,
      Severity severity,
      String message,
      SourceRange location,
      ObjectRef object,
      List<RelatedLocation> related,
      String fingerprint,
      Suppression suppression) {
    this(ruleId, severity, message, location, object, related, fingerprint, suppression, "");
  }

  /** The order users see: by file, position, rule, then message. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::location)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::message)
          .thenComparing(Finding::fingerprint);

  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(fingerprint, "fingerprint");
    related = List.copyOf(related);
    cluster = cluster == null ? "" : cluster;
    // A message is one line in every report: a line break taken from a manifest (a hostname, an
    // annotation) would forge a line of its own in a text report or a log.
    message = oneLine(message);
  }

  /** {@code text} with CR and LF written as {@code \}{@code u000d} and {@code \}{@code u000a}. */
  static String oneLine(String text) {
    return text.indexOf('\n') < 0 && text.indexOf('\r') < 0
        ? text
        : text.replace("\r", "\\u000d").replace("\n", "\\u000a");
  }

  /** Where a message's fix begins: every rule ends its message with the fix, after this. */
  public static final String FIX = " Fix: ";

  /**
   * The fix the message ends with (the text after {@link #FIX}), or {@code ""} when the message
   * names none (a YAML syntax error, a note that only informs).
   */
  public String fix() {
    int at = message.lastIndexOf(FIX);
    return at < 0 ? "" : message.substring(at + FIX.length());
  }

  /** This finding with another level. */
  public Finding withSeverity(Severity level) {
    return new Finding(
        ruleId, level, message, location, object, related, fingerprint, suppression, cluster);
  }

  /** This finding, suppressed. */
  public Finding suppressed(Suppression why) {
    return new Finding(
        ruleId, severity, message, location, object, related, fingerprint, why, cluster);
  }

  /**
   * This finding, true in {@code clusters} (of several): the message says so first, and the
   * fingerprint tells it from the same finding in other clusters.
   */
  public Finding inClusters(List<String> clusters) {
    String names = String.join(", ", clusters);
    String prefix = (clusters.size() == 1 ? "In cluster " : "In clusters ") + names + ": ";
    return new Finding(
        ruleId,
        severity,
        prefix + message,
        location,
        object,
        related,
        Fingerprints.of(fingerprint, names),
        suppression,
        names);
  }

  /** True when the finding counts (not suppressed). */
  public boolean active() {
    return suppression == null;
  }

  /** The object as {@code Kind/namespace/name}, or the empty string when there is none. */
  public String resource() {
    return object == null ? "" : object.display();
  }

  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }
}
