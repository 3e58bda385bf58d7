package io.github.gwdns.maven;

import io.github.gwdns.core.AnalysisException;
import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.Analyzer;
import io.github.gwdns.core.config.GwdnsConfig;
import io.github.gwdns.core.load.RepositoryRoot;
import io.github.gwdns.core.predict.ExternalDnsOption;
import io.github.gwdns.core.predict.ExternalDnsOptions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every gwdns goal shares: the inputs, the config file, the external-dns options and {@code
 * skip}. Parameters only fill the core's request; there is no analysis here. Every parameter is
 * also a {@code -Dgwdns.<name>} user property.
 */
abstract class AbstractGwdnsMojo extends AbstractMojo {
  static final String SKIPPED = "gwdns: skipped";

  /**
   * Files and directories to analyze (directories recursively: *.yaml, *.yml, *.json); default: the
   * project directory.
   */
  @Parameter(property = "gwdns.paths")
  List<File> paths = new ArrayList<>();

  /** Globs of files to read in directory walks; replaces the default *.yaml, *.yml, *.json. */
  @Parameter(property = "gwdns.includes")
  List<String> includes = new ArrayList<>();

  /** Globs of files and directories to skip; the build directory is always skipped. */
  @Parameter(property = "gwdns.excludes")
  List<String> excludes = new ArrayList<>();

  /**
   * Directories to analyze as clusters, each as Flux applies a Kustomization's path; default: the
   * clusters found in the input (Flux and Argo CD entry points).
   */
  @Parameter(property = "gwdns.clusters")
  List<File> clusters = new ArrayList<>();

  /** Settings file; default: .gwdns.yaml or .gwdns.yml in the project directory, when present. */
  @Parameter(property = "gwdns.configFile")
  File configFile;

  /** Namespace of objects that set none. */
  @Parameter(property = "gwdns.defaultNamespace")
  String defaultNamespace;

  /** Where reports are written. */
  @Parameter(property = "gwdns.outputDirectory", defaultValue = "${project.build.directory}/gwdns")
  File outputDirectory;

  /** Skip gwdns. */
  @Parameter(property = "gwdns.skip", defaultValue = "false")
  boolean skip;

  /**
   * external-dns options, by the keys of {@code externalDns:} in {@code .gwdns.yaml} ({@code
   * domainFilter}, {@code source}, {@code gatewayListenerSets}, {@code externalDnsVersion}, ...:
   * the option catalog's); a list is comma-separated. Each is also the user property {@code
   * -Dgwdns.<key>}, which wins over this map.
   */
  @Parameter Map<String, String> externalDnsOptions;

  /** The user properties, for {@code -Dgwdns.<key>} of each external-dns option. */
  @Parameter(defaultValue = "${session.userProperties}", readonly = true)
  java.util.Properties userProperties;

  /**
   * Predict for this external-dns Deployment or HelmRelease ({@code namespace/name}) only; {@code
   * none} ignores them.
   */
  @Parameter(property = "gwdns.externalDns")
  String externalDns;

  /** Values for Flux ${VAR} substitutions the repository does not hold (a Secret's). */
  @Parameter Map<String, String> variables;

  /** The project directory, for the default config file and repository-relative paths. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir;

  /** The build directory, never analyzed (it holds copies of resources and gwdns's own reports). */
  @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
  File buildDirectory;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info(SKIPPED);
      return;
    }
    AnalysisResult result;
    try {
      result = Analyzer.run(toRequest().build());
    } catch (AnalysisException e) {
      throw new MojoExecutionException("gwdns: " + e.getMessage(), e);
    }
    try {
      Files.createDirectories(outputDirectory.toPath());
      report(result);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "gwdns: cannot write reports to " + outputDirectory + ": " + e.getMessage(), e);
    }
  }

  /**
   * Fails the build as an execution error when an input could not be read, or a bug in gwdns was
   * met on part of it: the reports cover the rest, but a check must not pass on what it never saw.
   */
  static void failOnUnreadable(AnalysisResult result) throws MojoExecutionException {
    if (!result.internalErrors().isEmpty()) {
      var first = result.internalErrors().get(0);
      throw new MojoExecutionException(
          "gwdns: internal error: "
              + first.describe()
              + (result.internalErrors().size() > 1
                  ? " (and " + (result.internalErrors().size() - 1) + " more)"
                  : "")
              + "; the reports cover the rest (please report it)",
          first.cause());
    }
    if (!result.unreadable().isEmpty()) {
      throw new MojoExecutionException(
          "gwdns: the analysis is incomplete: cannot read "
              + String.join("; ", result.unreadable()));
    }
  }

  /** Writes the goal's reports and decides the build's outcome. */
  abstract void report(AnalysisResult result)
      throws IOException, MojoFailureException, MojoExecutionException;

  /** The request: the config file first, then the parameters, which win. */
  AnalysisRequest.Builder toRequest() throws AnalysisException, MojoExecutionException {
    AnalysisRequest.Builder request =
        AnalysisRequest.builder().baseDir(RepositoryRoot.of(basedir.toPath()));
    ExternalDnsOptions.Builder dns = ExternalDnsOptions.builder();
    GwdnsConfig config = config();
    if (config != null) {
      config.applyTo(request);
      config.applyTo(dns);
    }
    dns.origin("Maven parameter");
    applyExternalDns(dns);
    request.externalDns(dns.build());
    if ("none".equals(externalDns)) {
      request.discoverExternalDns(false);
    } else if (externalDns != null) {
      request.externalDnsInstance(externalDns);
    }
    if (variables != null) {
      variables.forEach(request::variable);
    }
    request.includes(includes).excludes(excludes);
    if (!clusters.isEmpty()) {
      request.clusters(clusters.stream().map(File::toPath).toList());
    }
    if (defaultNamespace != null) {
      request.defaultNamespace(defaultNamespace);
    }
    for (File path : paths == null || paths.isEmpty() ? List.of(basedir) : paths) {
      request.addPath(path.toPath());
      String buildGlob = buildDirectoryGlob(path.toPath());
      if (buildGlob != null) {
        request.excludes(List.of(buildGlob));
      }
    }
    return request;
  }

  private GwdnsConfig config() throws AnalysisException {
    if (configFile != null) {
      if (!configFile.isFile()) {
        throw new AnalysisException("config file '" + configFile + "' does not exist");
      }
      return GwdnsConfig.load(configFile.toPath());
    }
    Path found = GwdnsConfig.discover(basedir.toPath());
    return found == null ? null : GwdnsConfig.load(found);
  }

  /** A glob that skips the build directory when it lies inside {@code path}, else null. */
  String buildDirectoryGlob(Path path) {
    Path root = path.toAbsolutePath().normalize();
    Path build = buildDirectory.toPath().toAbsolutePath().normalize();
    if (!build.startsWith(root) || build.equals(root)) {
      return null;
    }
    return root.relativize(build).toString().replace(File.separatorChar, '/') + "/**";
  }

  /**
   * The options of {@link #externalDnsOptions}, then the {@code -Dgwdns.<key>} properties over
   * them.
   */
  private void applyExternalDns(ExternalDnsOptions.Builder dns) throws MojoExecutionException {
    Map<String, String> given =
        new java.util.TreeMap<>(externalDnsOptions == null ? Map.of() : externalDnsOptions);
    for (String key : given.keySet()) {
      if (ExternalDnsOption.ofKey(key) == null) {
        throw new MojoExecutionException(
            "gwdns: unknown external-dns option `"
                + key
                + "` in externalDnsOptions (known: "
                + String.join(
                    ", ",
                    java.util.Arrays.stream(ExternalDnsOption.values())
                        .map(ExternalDnsOption::key)
                        .toList())
                + ")");
      }
    }
    for (ExternalDnsOption option : ExternalDnsOption.values()) {
      String property =
          userProperties == null ? null : userProperties.getProperty("gwdns." + option.key());
      String text = property != null ? property : given.get(option.key());
      if (text == null) {
        continue;
      }
      try {
        option.applyText(dns, text);
      } catch (IllegalArgumentException e) {
        throw new MojoExecutionException(
            "gwdns: "
                + (property != null ? "-Dgwdns." : "externalDnsOptions.")
                + option.key()
                + ": "
                + e.getMessage(),
            e);
      }
    }
  }
}
