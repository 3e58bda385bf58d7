package io.github.gwdns.core.load;

import io.github.gwdns.core.vocabulary.GwdnsOutput;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Recognizes the files gwdns itself writes, so that one written under the analyzed directory is not
 * read as input on the next run. YAML outputs (the plan's DNSEndpoints, the predicted status) are
 * Kubernetes objects, so they start with {@link GwdnsOutput#HEADER}; JSON has no comments, so a
 * baseline, a check, plan, diff or history report is told by its exact set of top-level keys, which
 * no Kubernetes object or other tool's file shares, and a SARIF log by its tool's name.
 */
public final class OwnOutput {
  private OwnOutput() {}

  /** True when {@code text} starts with {@link GwdnsOutput#HEADER}. */
  static boolean hasHeader(String text) {
    return text.startsWith(GwdnsOutput.HEADER);
  }

  /** The top-level keys of each JSON document gwdns writes. */
  private static final List<Set<String>> SHAPES =
      List.of(
          Set.of("version", "findings"), // --write-baseline
          Set.of("findings", "notices", "files", "summary"), // check --format json
          Set.of("endpoints", "pending", "filtered", "unresolved", "instances"), // plan json
          Set.of("base", "head", "instances", "records", "pending", "findings"), // diff json
          Set.of("findings", "timeline", "summary")); // history json

  /** True when {@code root}, the root of a file's only document, is one gwdns wrote. */
  static boolean isOwn(ManifestNode root) {
    if (!(root instanceof ManifestMap map)) {
      return false;
    }
    Set<String> keys = new TreeSet<>();
    map.entries().forEach(e -> keys.add(e.key()));
    if (SHAPES.contains(keys)) {
      return true;
    }
    return keys.contains("runs")
        && map.get("runs") instanceof ManifestList runs
        && !runs.items().isEmpty()
        && runs.items().get(0) instanceof ManifestMap run
        && run.get("tool") instanceof ManifestMap tool
        && tool.get("driver") instanceof ManifestMap driver
        && "gwdns".equals(driver.text("name"));
  }
}
