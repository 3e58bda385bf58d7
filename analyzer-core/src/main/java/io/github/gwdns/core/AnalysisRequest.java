package io.github.gwdns.core;

import io.github.gwdns.core.load.LoadLimits;
import io.github.gwdns.core.load.RepositoryRoot;
import io.github.gwdns.core.load.SourceFile;
import io.github.gwdns.core.predict.ExternalDnsOptions;
import io.github.gwdns.core.rules.RuleSelection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What to analyze and how. Every default of gwdns lives here; adapters (CLI, Maven plugin) only copy
 * their options into the {@link Builder}.
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
    Path baseline) {

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
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AnalysisRequest}; every setter is optional. */
  public static final class Builder {
    private final List<Path> paths = new ArrayList<>();
    private final List<SourceFile> sources = new ArrayList<>();
    private Path baseDir = RepositoryRoot.of(Path.of(""));
    private final List<String> includes = new ArrayList<>();
    private final List<String> excludes = new ArrayList<>();
    private String defaultNamespace = DEFAULT_NAMESPACE;
    private LoadLimits limits = LoadLimits.DEFAULTS;
    private ExternalDnsOptions externalDns = ExternalDnsOptions.DEFAULTS;
    private RuleSelection rules = RuleSelection.defaults();
    private boolean inlineSuppressions = true;
    private Path baseline;

    private Builder() {}

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
     * Paths in findings are relative to this directory (default: the root of the Git work tree the
     * working directory is in, else the working directory).
     */
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

    public AnalysisRequest build() {
      return new AnalysisRequest(
          paths, sources, baseDir, includes, excludes, defaultNamespace, limits, externalDns, rules, inlineSuppressions, baseline);
    }
  }
}
