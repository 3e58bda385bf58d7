package io.github.gwdns.core.history;

import io.github.gwdns.core.AnalysisException;
import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.Analyzer;
import io.github.gwdns.core.TreeInput;
import io.github.gwdns.core.change.FindingDiff;
import io.github.gwdns.core.change.PlanChanges;
import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.git.GitRepository;
import io.github.gwdns.core.git.TreeSnapshot;
import io.github.gwdns.core.load.PathFilter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Walks first-parent history oldest to newest and analyzes each commit as cheaply as the change
 * allows: the file list is updated from a tree diff with the previous commit instead of listed
 * again, a commit that changes no manifest under the paths reuses the previous analysis, and every
 * blob is parsed once per run and path (the request's {@link
 * io.github.gwdns.core.load.ParseCache}).
 */
public final class HistoryWalker {
  /** Told after each commit; the CLI shows commits per second on a terminal. */
  public interface Progress {
    void commitDone(int done, int total);
  }

  private HistoryWalker() {}

  /**
   * What is kept of an analysis: the records each external-dns instance publishes, and the findings
   * that count.
   */
  private record State(
      List<PlanChanges.Side> plans, List<Finding> findings, Set<String> fingerprints) {
    static State of(AnalysisResult r) {
      List<Finding> active = r.findings().stream().filter(Finding::active).toList();
      return new State(
          r.plans().stream().map(PlanChanges.Side::of).toList(),
          active,
          active.stream().map(Finding::fingerprint).collect(Collectors.toSet()));
    }
  }

  /**
   * Analyzes each first-parent commit from the oldest kept to {@code head}.
   *
   * @param template the options; its Git input is replaced commit by commit
   * @param roots repository-relative paths to analyze, {@code ""} for the whole tree
   * @param max at most this many commits (0: all)
   * @param since only commits at or after this time (null: all)
   */
  public static History walk(
      GitRepository repository,
      RevCommit head,
      AnalysisRequest template,
      List<String> roots,
      int max,
      Instant since,
      Progress progress)
      throws AnalysisException {
    List<RevCommit> commits = new ArrayList<>(repository.firstParentHistory(head, max, since));
    Collections.reverse(commits);
    Map<String, TreeSnapshot.Entry> files = new TreeMap<>();
    PathFilter filter;
    try {
      filter = new PathFilter(template.includes(), template.excludes());
    } catch (IllegalArgumentException e) {
      throw new AnalysisException(e.getMessage(), e);
    }
    List<State> states = new ArrayList<>();
    List<CommitInfo> infos = new ArrayList<>();
    int analyses = 0;
    RevCommit previous = null;
    for (int i = 0; i < commits.size(); i++) {
      RevCommit commit = commits.get(i);
      boolean relevant;
      if (previous == null) {
        repository.tree(commit).entries().forEach(e -> files.put(e.path(), e));
        relevant = true;
      } else {
        relevant = applyChanges(repository, previous, commit, files, roots, filter);
      }
      State state;
      if (relevant) {
        TreeSnapshot tree =
            new TreeSnapshot(
                repository, commit.abbreviate(12).name(), new ArrayList<>(files.values()));
        state = State.of(Analyzer.run(template.withGit(new TreeInput(tree, roots, false))));
        analyses++;
      } else {
        state = states.get(states.size() - 1);
      }
      states.add(state);
      infos.add(CommitInfo.of(commit));
      previous = commit;
      if (progress != null) {
        progress.commitDone(i + 1, commits.size());
      }
    }
    RevCommit oldest = commits.isEmpty() ? null : commits.get(0);
    boolean truncated = oldest != null && repository.historyContinuesBefore(oldest);
    return new History(
        reversed(infos),
        introductions(states, infos, truncated),
        timeline(states, infos, truncated),
        truncated,
        analyses,
        template.parseCache().parses());
  }

  /**
   * Applies the tree diff from {@code from} to {@code to} to {@code files}; true when a path under
   * one of the roots changed.
   */
  private static boolean applyChanges(
      GitRepository repository,
      RevCommit from,
      RevCommit to,
      Map<String, TreeSnapshot.Entry> files,
      List<String> roots,
      PathFilter filter)
      throws AnalysisException {
    boolean relevant = false;
    for (GitRepository.Change change : repository.changes(from, to)) {
      if (change.entry() == null) {
        files.remove(change.path());
      } else {
        files.put(change.path(), change.entry());
      }
      relevant |= read(change.path(), roots, filter);
    }
    return relevant;
  }

  /** True when an analysis of {@code roots} reads the file at {@code path}. */
  private static boolean read(String path, List<String> roots, PathFilter filter) {
    for (String root : roots) {
      if (path.equals(root)) {
        return true;
      }
      if (root.isEmpty() || path.startsWith(root + "/")) {
        String relative = root.isEmpty() ? path : path.substring(root.length() + 1);
        if (filter.acceptsFile(Path.of(relative))) {
          return true;
        }
      }
    }
    return false;
  }

  /** For each finding at the newest commit, the oldest commit of the unbroken run that has it. */
  private static List<History.Introduced> introductions(
      List<State> states, List<CommitInfo> infos, boolean truncated) {
    List<History.Introduced> result = new ArrayList<>();
    if (states.isEmpty()) {
      return result;
    }
    State newest = states.get(states.size() - 1);
    for (Finding f : newest.findings()) {
      int first = states.size() - 1;
      while (first > 0 && states.get(first - 1).fingerprints().contains(f.fingerprint())) {
        first--;
      }
      result.add(new History.Introduced(f, infos.get(first), first == 0 && truncated));
    }
    return result;
  }

  private static List<History.Step> timeline(
      List<State> states, List<CommitInfo> infos, boolean truncated) {
    List<History.Step> steps = new ArrayList<>();
    for (int i = 0; i < states.size(); i++) {
      State before = i == 0 ? null : states.get(i - 1);
      State after = states.get(i);
      if (before == null && truncated) {
        continue; // the walk starts mid-history: the oldest commit is the baseline, not a change
      }
      if (before == after) {
        continue;
      }
      // The first commit of the repository: every instance's records are new, not the instance
      // itself.
      PlanChanges plan =
          PlanChanges.of(before == null ? empty(after.plans()) : before.plans(), after.plans());
      FindingDiff findings =
          FindingDiff.between(before == null ? List.of() : before.findings(), after.findings());
      if (!plan.isEmpty() || !findings.introduced().isEmpty() || !findings.fixed().isEmpty()) {
        steps.add(new History.Step(infos.get(i), plan, findings));
      }
    }
    return steps;
  }

  private static List<PlanChanges.Side> empty(List<PlanChanges.Side> plans) {
    return plans.stream()
        .map(p -> new PlanChanges.Side(p.name(), p.label(), List.of(), List.of()))
        .toList();
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }
}
