package io.github.gwdns.core;

import io.github.gwdns.core.load.LoadLimits;
import io.github.gwdns.core.load.SourceFile;
import io.github.gwdns.core.predict.ExternalDnsOptions;
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
 */
public record AnalysisRequest(
    List<Path> paths,
    List<SourceFile> sources,
    Path baseDir,
    List<String> includes,
    List<String> excludes,
    String defaultNamespace,
    LoadLimits limits,
    ExternalDnsOptions externalDns) {

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
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AnalysisRequest}; every setter is optional. */
  public static final class Builder {
    private final List<Path> paths = new ArrayList<>();
    private final List<SourceFile> sources = new ArrayList<>();
    private Path baseDir = Path.of("").toAbsolutePath();
    private final List<String> includes = new ArrayList<>();
    private final List<String> excludes = new ArrayList<>();
    private String defaultNamespace = DEFAULT_NAMESPACE;
    private LoadLimits limits = LoadLimits.DEFAULTS;
    private ExternalDnsOptions externalDns = ExternalDnsOptions.DEFAULTS;

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

    /** Paths in findings are relative to this directory (default: the working directory). */
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

    public AnalysisRequest build() {
      return new AnalysisRequest(paths, sources, baseDir, includes, excludes, defaultNamespace, limits, externalDns);
    }
  }
}
