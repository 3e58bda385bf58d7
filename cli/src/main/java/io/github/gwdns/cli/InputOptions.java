package io.github.gwdns.cli;

import io.github.gwdns.core.AnalysisException;
import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.config.GwdnsConfig;
import io.github.gwdns.core.load.LoadLimits;
import io.github.gwdns.core.load.SourceFile;
import io.github.gwdns.core.predict.ExternalDnsOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** What to read and with which settings: shared by every command that analyzes manifests. */
final class InputOptions {
  /** How standard input is shown in findings, unless --stdin-name names it. */
  static final String STDIN_NAME = SourceFile.STDIN;

  /** The description of the PATH parameters, shared by every command. */
  static final String PATHS =
      "Files or directories to analyze (directories recursively: *.yaml, *.yml, *.json), or - for"
          + " standard input. Default: the current directory.";

  @Option(
      names = "--include",
      paramLabel = "GLOB",
      description =
          "Read only files matching GLOB in directory walks (repeatable; replaces the default *.yaml, *.yml, *.json).")
  List<String> includes = new ArrayList<>();

  @Option(
      names = "--exclude",
      paramLabel = "GLOB",
      description =
          "Skip files and directories matching GLOB in directory walks (repeatable), e.g. '**/charts/**'.")
  List<String> excludes = new ArrayList<>();

  @Option(
      names = "--default-namespace",
      paramLabel = "NS",
      description =
          "Namespace of objects that set none (default: "
              + AnalysisRequest.DEFAULT_NAMESPACE
              + ").")
  String defaultNamespace;

  @Option(
      names = "--max-file-size",
      paramLabel = "SIZE",
      converter = ByteSize.class,
      description = "Refuse larger files with a finding (default: 32MiB).")
  Long maxFileSize;

  @Option(
      names = "--var",
      paramLabel = "KEY=VALUE",
      converter = Substitution.Converter.class,
      description =
          "A value for a Flux $${KEY} substitution the repository does not hold (a Secret's, say); repeatable.")
  List<Substitution> variables = new ArrayList<>();

  @Option(
      names = "--cluster",
      paramLabel = "DIR",
      description =
          "Analyze DIR as one cluster, as Flux applies a Kustomization's path (repeatable; default: the clusters"
              + " found in the input, from Flux and Argo CD entry points).")
  List<Path> clusters = new ArrayList<>();

  @Option(
      names = "--stdin-name",
      paramLabel = "PATH",
      description =
          "The repository file or directory standard input was rendered from: the kustomization of `kustomize build`"
              + " or the chart of `helm template`. Origin paths (kustomize's config.kubernetes.io/origin, Helm's `# Source:`) are"
              + " resolved against it, and objects that name no origin are reported at it instead of <stdin>.")
  String stdinName;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Settings file (default: .gwdns.yaml or .gwdns.yml in the analyzed directory, else in the current one,"
              + " or the nearest directory above it in the repository).")
  Path config;

  /**
   * A request for {@code paths}: the config file first, then the options given here, which win;
   * standard input is read when a path is {@code -}.
   */
  AnalysisRequest.Builder toRequest(List<String> paths, ExternalDnsFlags flags, InputStream stdin)
      throws IOException, AnalysisException {
    AnalysisRequest.Builder builder = AnalysisRequest.builder();
    List<String> effective = paths.isEmpty() ? List.of(".") : paths;
    ExternalDnsOptions.Builder dns = ExternalDnsOptions.builder();
    GwdnsConfig settings = settings(effective);
    if (settings != null) {
      settings.applyTo(builder);
      settings.applyTo(dns);
    }
    if (flags != null) {
      dns.origin(ExternalDnsOptions.COMMAND_LINE);
      flags.applyTo(dns);
      if ("none".equals(flags.instance)) {
        builder.discoverExternalDns(false);
      } else if (flags.instance != null) {
        builder.externalDnsInstance(flags.instance);
      }
    }
    builder.externalDns(dns.build());
    variables.forEach(v -> builder.variable(v.key(), v.value()));
    LoadLimits limits =
        maxFileSize == null
            ? LoadLimits.DEFAULTS
            : LoadLimits.DEFAULTS.withMaxFileBytes(maxFileSize);
    builder.limits(limits);
    // Globs given on the command line add to those of the config file.
    if (!includes.isEmpty()) {
      builder.includes(includes);
    }
    if (!excludes.isEmpty()) {
      builder.excludes(excludes);
    }
    if (defaultNamespace != null) {
      builder.defaultNamespace(defaultNamespace);
    }
    if (!clusters.isEmpty()) {
      builder.clusters(clusters); // the command line wins over the settings file
    }
    boolean stdinRead = false;
    for (String path : effective) {
      if (path.equals("-")) {
        if (!stdinRead) {
          builder
              .addSource(SourceFile.ofBytes(STDIN_NAME, readAll(stdin, limits.maxFileBytes())))
              .stdinName(stdinName);
          stdinRead = true;
        }
      } else {
        builder.addPath(Path.of(path));
      }
    }
    return builder;
  }

  private GwdnsConfig settings(List<String> paths) throws AnalysisException {
    if (config != null) {
      if (!Files.isRegularFile(config)) {
        throw new AnalysisException("config file '" + config + "' does not exist");
      }
      return GwdnsConfig.load(config);
    }
    Path dir =
        paths.size() == 1 && !paths.get(0).equals("-") && Files.isDirectory(Path.of(paths.get(0)))
            ? Path.of(paths.get(0))
            : Path.of("");
    Path found = GwdnsConfig.discover(dir);
    return found == null ? null : GwdnsConfig.load(found);
  }

  /** Reads at most one byte more than the limit, so an oversized stdin is refused, not buffered. */
  private static byte[] readAll(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    byte[] chunk = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(chunk)) > 0) {
      total += n;
      buffer.write(chunk, 0, n);
      if (total > limit) {
        break;
      }
    }
    return buffer.toByteArray();
  }
}
