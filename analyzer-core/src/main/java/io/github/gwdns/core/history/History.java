package io.github.gwdns.core.history;

import io.github.gwdns.core.change.FindingDiff;
import io.github.gwdns.core.change.PlanChanges;
import io.github.gwdns.core.finding.Finding;
import java.util.List;

/**
 * What first-parent history says about the manifests: when each finding present now started, and
 * how the DNS plan changed commit by commit (the repository's DNS log).
 *
 * @param commits the commits walked, newest first
 * @param current the findings at the newest commit that count, each with the commit that introduced
 *     it
 * @param timeline the commits that changed the plan or the findings, oldest first
 * @param truncated true when the walk stopped before the first commit (--max-count, --since, a
 *     shallow clone): a finding present in the oldest commit walked may be older
 * @param analyses how many commits were analyzed; the others changed no manifest under the paths
 * @param parses how many blobs were parsed; each once per run and path, however many commits hold
 *     it
 */
public record History(
    List<CommitInfo> commits,
    List<Introduced> current,
    List<Step> timeline,
    boolean truncated,
    int analyses,
    int parses) {

  public History {
    commits = List.copyOf(commits);
    current = List.copyOf(current);
    timeline = List.copyOf(timeline);
  }

  /**
   * A finding at the newest commit and where it started.
   *
   * @param orEarlier the finding is already in the oldest commit walked, and history goes further
   */
  public record Introduced(Finding finding, CommitInfo commit, boolean orEarlier) {}

  /** What one commit changed: the plan of each external-dns instance, and the findings. */
  public record Step(CommitInfo commit, PlanChanges plan, FindingDiff findings) {}
}
