package io.github.gwdns.core;

import io.github.gwdns.core.finding.Notice;
import io.github.gwdns.core.load.LoadLimits;
import io.github.gwdns.core.load.ParseCache;
import io.github.gwdns.core.load.RepositoryRoot;
import io.github.gwdns.core.load.SourceFile;
import io.github.gwdns.core.predict.ExternalDnsOptions;
import io.github.gwdns.core.rules.RuleSelection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What to analyze and how. Every default of gwdns lives here; adapters (CLI, Maven plugin) only
 * copy their options into the {@link Builder}.
 *
 * @param paths files and directories to read
 * @param sources extra in-memory inputs, e.g. standard input
 * @param baseDir findings show paths relative to this directory
 * @param includes globs that select files in directory walks (default: *.yaml, *.yml, *.json)
 * @param excludes globs of files and directories to skip in directory walks
 * @param defaultNamespace namespace of namespaced objects that set none
 * @param limits bounds on hostile input
 * @param externalDns the external-dns flags to predict with
 * @param rules which rules run, at which level
 * @param inlineSuppressions whether {@code gwdns.io/ignore} annotations suppress findings
 * @param baseline a baseline file of accepted findings, or null
 * @param accepted fingerprints of findings to report as suppressed, with why (e.g. present at the
 *     revision of {@code check --new-since})
 * @param notices notices about the inputs found before the analysis (e.g. Git entries skipped)
 * @param parseCache parse results to reuse across analyses of one run (Git history)
 * @param git a Git tree to read instead of {@code paths} on disk, or null
 * @param discoverExternalDns read the options of the external-dns instances the manifests deploy
 *     (explicit options win over them)
 * @param externalDnsInstance the instance to predict for ({@code namespace/name}), or null for all
 * @param variables values for Flux {@code ${VAR}} substitutions the repository does not hold
 *     (Secrets), from {@code --var KEY=VALUE}
 * @param whole the input is all there is (for instance a whole cluster's rendered output given as
 *     standard input): what it does not define is defined nowhere. Without it, standard input and
 *     paths that leave out the repository root are taken as part of a repository.
 * @param clusters directories to analyze as clusters, each as Flux applies a Kustomization's path
 *     ({@code --cluster}), relative to the repository root ({@code /} separated); empty to find the
 *     clusters' entry points in the input
 * @param charts chart descriptors of the repository ({@code charts:} of {@code .gwdns.yaml}), tried
 *     before the built-in chart models
 * @param stdinName the repository file (or directory) standard input was rendered from ({@code
 *     --stdin-name}), or null: origin paths of the rendered objects are resolved against it, and
 *     findings on objects that name no origin are reported at it rather than at {@code <stdin>}
 */
public record AnalysisRequest(
    List<Path> paths,
    List<SourceFile> sources,
    Path baseDir,
    List<String> includes,
    List<String> excludes,
    String defaultNamespace,
    LoadLimits limits,
    ExternalDnsOptions externalDns,
    RuleSelection rules,
    boolean inlineSuppressions,
    Path baseline,
    Map<String, String> accepted,
    List<Notice> notices,
    ParseCache parseCache,
    TreeInput git,
    boolean discoverExternalDns,
    String externalDnsInstance,
    Map<String, String> variables,
    boolean whole,
    List<String> clusters,
    List<io.github.gwdns.core.render.chart.ChartDescriptor> charts,
    String stdinName) {

  /** The namespace {@code kubectl apply} uses when a manifest sets none. */
  public static final String DEFAULT_NAMESPACE = "default";

  public AnalysisRequest {
    paths = List.copyOf(paths);
    sources = List.copyOf(sources);
    Objects.requireNonNull(baseDir, "baseDir");
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
    Objects.requireNonNull(defaultNamespace, "defaultNamespace");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(externalDns, "externalDns");
    Objects.requireNonNull(rules, "rules");
    accepted = Map.copyOf(accepted);
    notices = List.copyOf(notices);
    Objects.requireNonNull(parseCache, "parseCache");
    variables = Map.copyOf(variables);
    clusters = List.copyOf(clusters);
    charts = List.copyOf(charts);
  }

  /** This request reading {@code input} from Git, with everything else the same. */
  public AnalysisRequest withGit(TreeInput input) {
    return new AnalysisRequest(
        paths,
        sources,
        baseDir,
        includes,
        excludes,
        defaultNamespace,
        limits,
        externalDns,
        rules,
        inlineSuppressions,
        baseline,
        accepted,
        notices,
        parseCache,
        input,
        discoverExternalDns,
        externalDnsInstance,
        variables,
        whole,
        clusters,
        charts,
        stdinName);
  }

  /**
   * This request with findings of {@code fingerprints} reported as suppressed, because {@code why}.
   */
  public AnalysisRequest withAccepted(java.util.Set<String> fingerprints, String why) {
    Map<String, String> all = new HashMap<>(accepted);
    fingerprints.forEach(f -> all.putIfAbsent(f, why));
    return new AnalysisRequest(
        paths,
        sources,
        baseDir,
        includes,
        excludes,
        defaultNamespace,
        limits,
        externalDns,
        rules,
        inlineSuppressions,
        baseline,
        all,
        notices,
        parseCache,
        git,
        discoverExternalDns,
        externalDnsInstance,
        variables,
        whole,
        clusters,
        charts,
        stdinName);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AnalysisRequest}; every setter is optional. */
  public static final class Builder {
    private final List<Path> paths = new ArrayList<>();
    private final List<SourceFile> sources = new ArrayList<>();
    private Path baseDir;
    private final List<String> includes = new ArrayList<>();
    private final List<String> excludes = new ArrayList<>();
    private String defaultNamespace = DEFAULT_NAMESPACE;
    private LoadLimits limits = LoadLimits.DEFAULTS;
    private ExternalDnsOptions externalDns = ExternalDnsOptions.DEFAULTS;
    private RuleSelection rules = RuleSelection.defaults();
    private boolean inlineSuppressions = true;
    private Path baseline;
    private final Map<String, String> accepted = new HashMap<>();
    private final List<Notice> notices = new ArrayList<>();
    private ParseCache parseCache = new ParseCache();
    private TreeInput git;
    private boolean discoverExternalDns = true;
    private String externalDnsInstance;
    private final Map<String, String> variables = new java.util.TreeMap<>();
    private final List<Path> clusterDirs = new ArrayList<>();
    private List<String> clusterRoots;
    private boolean whole;
    private final List<io.github.gwdns.core.render.chart.ChartDescriptor> charts =
        new ArrayList<>();

    private String stdinName;

    /**
     * The repository file or directory standard input was rendered from (a kustomization, a chart),
     * as the user gave it: relative to the working directory or absolute (inside the base
     * directory, it is shown relative to it); null or blank for none.
     */
    public Builder stdinName(String name) {
      this.stdinName = name == null || name.isBlank() ? null : name.replace('\\', '/');
      return this;
    }

    /**
     * Chart descriptors ({@code charts:} of {@code .gwdns.yaml}), tried before the built-in models.
     */
    public Builder charts(List<io.github.gwdns.core.render.chart.ChartDescriptor> descriptors) {
      charts.addAll(descriptors);
      return this;
    }

    /**
     * The input is all there is: what it does not define is defined nowhere (see {@link
     * AnalysisRequest#whole()}).
     */
    public Builder whole(boolean all) {
      this.whole = all;
      return this;
    }

    private Builder() {}

    /**
     * A directory to analyze as one cluster, as Flux applies a Kustomization's path (repeatable);
     * without any, gwdns finds the clusters' entry points (Flux, Argo CD) in the input.
     */
    public Builder cluster(Path dir) {
      clusterDirs.add(Objects.requireNonNull(dir));
      return this;
    }

    /**
     * The directories to analyze as clusters, replacing any given before (settings, then the
     * command line).
     */
    public Builder clusters(List<Path> dirs) {
      clusterDirs.clear();
      dirs.forEach(this::cluster);
      return this;
    }

    /**
     * The cluster directories as repository-relative paths (of a Git tree), replacing those given
     * as paths.
     */
    public Builder clusterRoots(List<String> roots) {
      this.clusterRoots = List.copyOf(roots);
      return this;
    }

    /** The directories given with {@link #cluster(Path)}. */
    public List<Path> clusters() {
      return List.copyOf(clusterDirs);
    }

    private List<String> clusterRootsOnDisk() {
      if (clusterRoots != null) {
        return clusterRoots;
      }
      List<String> roots = new ArrayList<>();
      for (Path p : clusterDirs) {
        String relative =
            baseDir().relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
        roots.add(relative.equals(".") || relative.isEmpty() ? "" : relative);
      }
      return roots;
    }

    /** A value for the Flux variable {@code name}, used where the repository gives none. */
    public Builder variable(String name, String value) {
      variables.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
      return this;
    }

    /**
     * Whether the options of external-dns Deployments and HelmReleases in the manifests are used
     * (default true).
     */
    public Builder discoverExternalDns(boolean enabled) {
      this.discoverExternalDns = enabled;
      return this;
    }

    /** Predict for this external-dns instance ({@code namespace/name}) only. */
    public Builder externalDnsInstance(String name) {
      this.externalDnsInstance = name;
      return this;
    }

    /** A file or directory to analyze. */
    public Builder addPath(Path path) {
      paths.add(Objects.requireNonNull(path));
      return this;
    }

    /** In-memory content to analyze, e.g. standard input. */
    public Builder addSource(SourceFile source) {
      sources.add(Objects.requireNonNull(source));
      return this;
    }

    /**
     * The directory findings' paths are relative to, and repository paths (Argo CD {@code path},
     * Flux {@code spec.path}) are resolved against. Default, in this order: the root of the Git
     * work tree the working directory is in, when it holds every path; the one Git work tree that
     * holds every path, so {@code gwdns check ~/src/home-ops} run from anywhere reads the
     * repository from its own root; the working directory, when it holds every path; a single path
     * outside it (or its directory); else the working directory's work tree (or itself).
     */
    public Path baseDir() {
      if (baseDir != null) {
        return baseDir;
      }
      Path here = RepositoryRoot.of(Path.of(""));
      List<Path> absolute = paths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
      if (java.nio.file.Files.exists(here.resolve(".git"))
          && absolute.stream().allMatch(p -> p.startsWith(here))) {
        return here;
      }
      java.util.Set<Path> roots = new java.util.HashSet<>();
      for (Path p : absolute) {
        roots.add(RepositoryRoot.of(directoryOf(p)));
      }
      if (roots.size() == 1
          && java.nio.file.Files.exists(roots.iterator().next().resolve(".git"))) {
        return roots.iterator().next();
      }
      // Outside any work tree, `here` is the working directory itself; a directory in none is not
      // taken for a whole repository, so what it leaves undefined may be defined elsewhere.
      return here;
    }

    private static Path directoryOf(Path path) {
      return java.nio.file.Files.isDirectory(path) || path.getParent() == null
          ? path
          : path.getParent();
    }

    public Builder baseDir(Path dir) {
      this.baseDir = dir.toAbsolutePath().normalize();
      return this;
    }

    public Builder includes(List<String> globs) {
      includes.addAll(globs);
      return this;
    }

    public Builder excludes(List<String> globs) {
      excludes.addAll(globs);
      return this;
    }

    public Builder defaultNamespace(String namespace) {
      this.defaultNamespace = Objects.requireNonNull(namespace);
      return this;
    }

    public Builder limits(LoadLimits limits) {
      this.limits = Objects.requireNonNull(limits);
      return this;
    }

    /** The external-dns flags (default: external-dns's own defaults, all five route sources). */
    public Builder externalDns(ExternalDnsOptions options) {
      this.externalDns = Objects.requireNonNull(options);
      return this;
    }

    /** Which rules run, and at which level. */
    public Builder rules(RuleSelection selection) {
      this.rules = Objects.requireNonNull(selection);
      return this;
    }

    /** The current rule selection, for adapters that change one rule at a time. */
    public RuleSelection rules() {
      return rules;
    }

    /** Whether {@code gwdns.io/ignore} annotations suppress findings (default true). */
    public Builder inlineSuppressions(boolean enabled) {
      this.inlineSuppressions = enabled;
      return this;
    }

    /** A baseline file; its findings are reported as suppressed. */
    public Builder baseline(Path file) {
      this.baseline = file;
      return this;
    }

    /** Findings with these fingerprints are reported as suppressed, with {@code why}. */
    public Builder accept(Set<String> fingerprints, String why) {
      fingerprints.forEach(f -> accepted.put(f, why));
      return this;
    }

    /** A notice about the inputs, shown with the analysis's own. */
    public Builder addNotice(Notice notice) {
      notices.add(Objects.requireNonNull(notice));
      return this;
    }

    /** Parse results shared with other analyses of this run (default: a cache of its own). */
    public Builder parseCache(ParseCache cache) {
      this.parseCache = Objects.requireNonNull(cache);
      return this;
    }

    /** Read the manifests from a Git tree (a revision, the index) instead of the disk. */
    public Builder git(TreeInput input) {
      this.git = input;
      return this;
    }

    private String stdinNameInBaseDir() {
      if (stdinName == null) {
        return null;
      }
      try {
        Path absolute = Path.of(stdinName).toAbsolutePath().normalize();
        Path root = baseDir().toAbsolutePath().normalize();
        String relative = root.relativize(absolute).toString().replace('\\', '/');
        return absolute.startsWith(root) && !relative.isEmpty() ? relative : stdinName;
      } catch (IllegalArgumentException e) { // an invalid path, or one on another file system root
        return stdinName;
      }
    }

    public AnalysisRequest build() {
      return new AnalysisRequest(
          paths,
          sources,
          baseDir(),
          includes,
          excludes,
          defaultNamespace,
          limits,
          externalDns,
          rules,
          inlineSuppressions,
          baseline,
          accepted,
          notices,
          parseCache,
          git,
          discoverExternalDns,
          externalDnsInstance,
          variables,
          whole,
          clusterRootsOnDisk(),
          charts,
          stdinNameInBaseDir());
    }
  }
}
