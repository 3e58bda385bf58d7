package io.github.gwdns.core.change;

import io.github.gwdns.core.finding.Finding;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Findings a change introduces, fixes and leaves, matched by fingerprint (rule and object identity,
 * never line numbers), so moving a manifest does not count as fixing and introducing. Only findings
 * that count (not suppressed) take part.
 *
 * @param introduced at the head, not at the base: what a pull request gate looks at
 * @param fixed at the base, gone at the head
 * @param unchanged at both; the head's copy, with its current position
 */
public record FindingDiff(List<Finding> introduced, List<Finding> fixed, List<Finding> unchanged) {

  public FindingDiff {
    introduced = List.copyOf(introduced);
    fixed = List.copyOf(fixed);
    unchanged = List.copyOf(unchanged);
  }

  /** The difference from {@code before} to {@code after}. */
  public static FindingDiff between(List<Finding> before, List<Finding> after) {
    Set<String> old = fingerprints(before);
    Set<String> now = fingerprints(after);
    List<Finding> introduced =
        after.stream().filter(Finding::active).filter(f -> !old.contains(f.fingerprint())).toList();
    List<Finding> unchanged =
        after.stream().filter(Finding::active).filter(f -> old.contains(f.fingerprint())).toList();
    List<Finding> fixed =
        before.stream()
            .filter(Finding::active)
            .filter(f -> !now.contains(f.fingerprint()))
            .toList();
    return new FindingDiff(introduced, fixed, unchanged);
  }

  private static Set<String> fingerprints(List<Finding> findings) {
    return findings.stream()
        .filter(Finding::active)
        .map(Finding::fingerprint)
        .collect(Collectors.toSet());
  }
}
