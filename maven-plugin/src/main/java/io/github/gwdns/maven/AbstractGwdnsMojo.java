package io.github.gwdns.maven;

import io.github.gwdns.core.AnalysisException;
import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.Analyzer;
import io.github.gwdns.core.config.GwdnsConfig;
import io.github.gwdns.core.load.RepositoryRoot;
import io.github.gwdns.core.predict.ExternalDnsOptions;
import io.github.gwdns.core.predict.ExternalDnsVersion;
import io.github.gwdns.core.predict.StatusMode;
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
 * What every gwdns goal shares: the inputs, the config file, the external-dns options and
 * {@code skip}. Parameters only fill the core's request; there is no analysis here. Every
 * parameter is also a {@code -Dgwdns.<name>} user property.
 */
abstract class AbstractGwdnsMojo extends AbstractMojo {
  static final String SKIPPED = "gwdns: skipped";

  /**
   * Files and directories to analyze (directories recursively: *.yaml, *.yml, *.json); default:
   * the project directory.
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

  /** external-dns --source: gateway-httproute, gateway-grpcroute, gateway-tlsroute, gateway-tcproute, gateway-udproute. */
  @Parameter(property = "gwdns.sources")
  List<String> sources;

  /** external-dns --gateway-name. */
  @Parameter(property = "gwdns.gatewayName")
  String gatewayName;

  /** external-dns --gateway-namespace. */
  @Parameter(property = "gwdns.gatewayNamespace")
  String gatewayNamespace;

  /** external-dns --gateway-label-filter. */
  @Parameter(property = "gwdns.gatewayLabelFilter")
  String gatewayLabelFilter;

  /** external-dns --gateway-listener-sets. */
  @Parameter(property = "gwdns.gatewayListenerSets")
  Boolean gatewayListenerSets;

  /** external-dns --namespace. */
  @Parameter(property = "gwdns.namespace")
  String namespace;

  /** external-dns --label-filter. */
  @Parameter(property = "gwdns.labelFilter")
  String labelFilter;

  /** external-dns --annotation-filter. */
  @Parameter(property = "gwdns.annotationFilter")
  String annotationFilter;

  /** external-dns --annotation-prefix. */
  @Parameter(property = "gwdns.annotationPrefix")
  String annotationPrefix;

  /** external-dns --ignore-hostname-annotation. */
  @Parameter(property = "gwdns.ignoreHostnameAnnotation")
  Boolean ignoreHostnameAnnotation;

  /** external-dns --fqdn-template (repeatable). */
  @Parameter(property = "gwdns.fqdnTemplate")
  List<String> fqdnTemplate;

  /** external-dns --combine-fqdn-annotation. */
  @Parameter(property = "gwdns.combineFqdnAnnotation")
  Boolean combineFqdnAnnotation;

  /** Where route status comes from: observed, predicted or auto (default). */
  @Parameter(property = "gwdns.statusMode")
  String statusMode;

  /** external-dns --domain-filter. */
  @Parameter(property = "gwdns.domainFilters")
  List<String> domainFilters;

  /** external-dns --exclude-domains. */
  @Parameter(property = "gwdns.excludeDomains")
  List<String> excludeDomains;

  /** external-dns --regex-domain-filter. */
  @Parameter(property = "gwdns.regexDomainFilter")
  String regexDomainFilter;

  /** external-dns --regex-domain-exclusion. */
  @Parameter(property = "gwdns.regexDomainExclusion")
  String regexDomainExclusion;

  /** external-dns --managed-record-types (default A, AAAA, CNAME). */
  @Parameter(property = "gwdns.managedRecordTypes")
  List<String> managedRecordTypes;

  /** external-dns --default-targets. */
  @Parameter(property = "gwdns.defaultTargets")
  List<String> defaultTargets;

  /** external-dns --force-default-targets. */
  @Parameter(property = "gwdns.forceDefaultTargets")
  Boolean forceDefaultTargets;

  /** external-dns --provider. */
  @Parameter(property = "gwdns.provider")
  String provider;

  /** external-dns --txt-owner-id. */
  @Parameter(property = "gwdns.txtOwnerId")
  String txtOwnerId;

  /** The external-dns release to predict (v0.21.0); default: the image tag of the external-dns in the manifests. */
  @Parameter(property = "gwdns.externalDnsVersion")
  String externalDnsVersion;

  /** Predict for this external-dns Deployment or HelmRelease ({@code namespace/name}) only; {@code none} ignores them. */
  @Parameter(property = "gwdns.externalDns")
  String externalDns;

  /** Values for Flux ${VAR} substitutions the repository does not hold (a Secret's). */
  @Parameter
  Map<String, String> variables;

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
      throw new MojoExecutionException("gwdns: cannot write reports to " + outputDirectory + ": " + e.getMessage(), e);
    }
  }

  /**
   * Fails the build as an execution error when an input could not be read, or a bug in gwdns was
   * met on part of it: the reports cover the rest, but a check must not pass on what it never saw.
   */
  static void failOnUnreadable(AnalysisResult result) throws MojoExecutionException {
    if (!result.internalErrors().isEmpty()) {
      var first = result.internalErrors().get(0);
      throw new MojoExecutionException("gwdns: internal error: " + first.describe()
          + (result.internalErrors().size() > 1 ? " (and " + (result.internalErrors().size() - 1) + " more)" : "")
          + "; the reports cover the rest (please report it)", first.cause());
    }
    if (!result.unreadable().isEmpty()) {
      throw new MojoExecutionException("gwdns: the analysis is incomplete: cannot read " + String.join("; ", result.unreadable()));
    }
  }

  /** Writes the goal's reports and decides the build's outcome. */
  abstract void report(AnalysisResult result) throws IOException, MojoFailureException, MojoExecutionException;

  /** The request: the config file first, then the parameters, which win. */
  AnalysisRequest.Builder toRequest() throws AnalysisException, MojoExecutionException {
    AnalysisRequest.Builder request = AnalysisRequest.builder().baseDir(RepositoryRoot.of(basedir.toPath()));
    ExternalDnsOptions.Builder dns = ExternalDnsOptions.builder();
    GwdnsConfig config = config();
    if (config != null) {
      config.applyTo(request);
      config.applyTo(dns);
    }
    dns.origin("Maven parameter");
    try {
      applyExternalDns(dns);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("gwdns: " + e.getMessage(), e);
    }
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

  private void applyExternalDns(ExternalDnsOptions.Builder dns) {
    if (sources != null && !sources.isEmpty()) {
      dns.sources(sources);
    }
    if (gatewayName != null) {
      dns.gatewayName(gatewayName);
    }
    if (gatewayNamespace != null) {
      dns.gatewayNamespace(gatewayNamespace);
    }
    if (gatewayLabelFilter != null) {
      dns.gatewayLabelFilter(gatewayLabelFilter);
    }
    if (gatewayListenerSets != null) {
      dns.gatewayListenerSets(gatewayListenerSets);
    }
    if (namespace != null) {
      dns.namespace(namespace);
    }
    if (labelFilter != null) {
      dns.labelFilter(labelFilter);
    }
    if (annotationFilter != null) {
      dns.annotationFilter(annotationFilter);
    }
    if (annotationPrefix != null) {
      dns.annotationPrefix(annotationPrefix);
    }
    if (ignoreHostnameAnnotation != null) {
      dns.ignoreHostnameAnnotation(ignoreHostnameAnnotation);
    }
    if (fqdnTemplate != null && !fqdnTemplate.isEmpty()) {
      dns.fqdnTemplates(fqdnTemplate);
    }
    if (combineFqdnAnnotation != null) {
      dns.combineFqdnAnnotation(combineFqdnAnnotation);
    }
    if (statusMode != null) {
      dns.statusMode(StatusMode.parse(statusMode));
    }
    if (domainFilters != null && !domainFilters.isEmpty()) {
      dns.domainFilters(domainFilters);
    }
    if (excludeDomains != null && !excludeDomains.isEmpty()) {
      dns.excludeDomains(excludeDomains);
    }
    if (regexDomainFilter != null) {
      dns.regexDomainFilter(regexDomainFilter);
    }
    if (regexDomainExclusion != null) {
      dns.regexDomainExclusion(regexDomainExclusion);
    }
    if (managedRecordTypes != null && !managedRecordTypes.isEmpty()) {
      dns.managedRecordTypes(managedRecordTypes);
    }
    if (defaultTargets != null && !defaultTargets.isEmpty()) {
      dns.defaultTargets(defaultTargets);
    }
    if (forceDefaultTargets != null) {
      dns.forceDefaultTargets(forceDefaultTargets);
    }
    if (provider != null) {
      dns.provider(provider);
    }
    if (txtOwnerId != null) {
      dns.txtOwnerId(txtOwnerId);
    }
    if (externalDnsVersion != null) {
      ExternalDnsVersion version = ExternalDnsVersion.parse(externalDnsVersion);
      if (version == null) {
        throw new IllegalArgumentException("externalDnsVersion '" + externalDnsVersion + "' is not a version like v0.21.0");
      }
      dns.version(version);
    }
  }
}
