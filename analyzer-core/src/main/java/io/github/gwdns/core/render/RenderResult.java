package io.github.gwdns.core.render;

import io.github.gwdns.core.finding.Notice;
import io.github.gwdns.core.load.ManifestLoader;
import java.util.List;
import java.util.Map;

/**
 * What the render stage found: the clusters and what each applies, the role of every file read, and
 * notices about what it could not follow.
 *
 * @param clusters one or more clusters, sorted by name
 * @param roles the role of each file read, by path
 * @param notices what could not be followed, and what is not analyzed
 * @param extraFiles files read beyond the analyzed paths (bases, components, values)
 * @param explicitEntries whether the clusters come from entry points (so files no cluster applies
 *     are not analyzed), or the input is analyzed as one cluster
 */
public record RenderResult(
    List<Cluster> clusters,
    Map<String, FileRole> roles,
    List<Notice> notices,
    List<ManifestLoader.FileResult> extraFiles,
    boolean explicitEntries) {
  public RenderResult {
    clusters = List.copyOf(clusters);
    roles = Map.copyOf(roles);
    notices = List.copyOf(notices);
    extraFiles = List.copyOf(extraFiles);
  }
}
