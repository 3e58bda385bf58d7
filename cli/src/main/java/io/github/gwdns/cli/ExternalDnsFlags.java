package io.github.gwdns.cli;

import io.github.gwdns.core.predict.ExternalDnsOptions;
import io.github.gwdns.core.predict.ExternalDnsVersion;
import io.github.gwdns.core.predict.StatusMode;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * external-dns's own flags, with its names and meaning, so users can paste their Helm values; and
 * {@code --status-mode}. An option not given keeps the value of {@code .gwdns.yaml}, else
 * external-dns's default.
 */
final class ExternalDnsFlags {
  @Option(names = "--source", paramLabel = "SOURCE", split = ",",
      description = "external-dns source to enable (repeatable): gateway-httproute, gateway-grpcroute, gateway-tlsroute,"
          + " gateway-tcproute, gateway-udproute. Default: all five.")
  List<String> sources;

  @Option(names = "--gateway-name", paramLabel = "NAME",
      description = "Only parents whose Gateway has this name, in any namespace.")
  String gatewayName;

  @Option(names = "--gateway-namespace", paramLabel = "NS", description = "Only Gateways of this namespace.")
  String gatewayNamespace;

  @Option(names = "--gateway-label-filter", paramLabel = "SELECTOR",
      description = "Only Gateways whose labels match this selector.")
  String gatewayLabelFilter;

  @Option(names = "--gateway-listener-sets", arity = "0..1", fallbackValue = "true", description = "Follow ListenerSet parents.")
  Boolean gatewayListenerSets;

  @Option(names = "--namespace", paramLabel = "NS", description = "Only routes of this namespace.")
  String namespace;

  @Option(names = "--label-filter", paramLabel = "SELECTOR", description = "Only routes whose labels match this selector.")
  String labelFilter;

  @Option(names = "--annotation-filter", paramLabel = "SELECTOR",
      description = "Only routes whose annotations match this selector.")
  String annotationFilter;

  @Option(names = "--annotation-prefix", paramLabel = "PREFIX",
      description = "Prefix of external-dns annotations (default: " + ExternalDnsOptions.DEFAULT_ANNOTATION_PREFIX
          + "; before v0.22.0: " + ExternalDnsOptions.LEGACY_ANNOTATION_PREFIX + ").")
  String annotationPrefix;

  @Option(names = "--ignore-hostname-annotation", arity = "0..1", fallbackValue = "true",
      description = "Ignore the hostname annotation.")
  Boolean ignoreHostnameAnnotation;

  @Option(names = "--fqdn-template", paramLabel = "TEMPLATE",
      description = "Go template for hostnames, e.g. '{{.Name}}.{{.Namespace}}.example.com' (repeatable).")
  List<String> fqdnTemplates;

  @Option(names = "--combine-fqdn-annotation", arity = "0..1", fallbackValue = "true",
      description = "Add FQDN template names to spec.hostnames instead of using them only when there are none.")
  Boolean combineFqdnAnnotation;

  @Option(names = "--status-mode", paramLabel = "MODE",
      description = "observed: route status as written (a route without status is unattached); predicted: gwdns's"
          + " controller simulation; auto: observed where a status block exists, else predicted (default: auto).")
  String statusMode;

  @Option(names = "--domain-filter", paramLabel = "DOMAIN",
      description = "Only names in this domain reach the DNS provider (repeatable); the others are listed as filtered.")
  List<String> domainFilters;

  @Option(names = "--exclude-domains", paramLabel = "DOMAIN", description = "Names in this domain never reach the provider (repeatable).")
  List<String> excludeDomains;

  @Option(names = "--regex-domain-filter", paramLabel = "REGEX", description = "Only names matching REGEX (replaces --domain-filter).")
  String regexDomainFilter;

  @Option(names = "--regex-domain-exclusion", paramLabel = "REGEX", description = "Never names matching REGEX.")
  String regexDomainExclusion;

  @Option(names = "--managed-record-types", paramLabel = "TYPE",
      description = "Record types external-dns manages (repeatable; default: A, AAAA, CNAME).")
  List<String> managedRecordTypes;

  @Option(names = "--default-targets", paramLabel = "TARGET", description = "external-dns --default-targets (repeatable).")
  List<String> defaultTargets;

  @Option(names = "--force-default-targets", arity = "0..1", fallbackValue = "true",
      description = "external-dns --force-default-targets.")
  Boolean forceDefaultTargets;

  @Option(names = "--provider", paramLabel = "NAME", description = "The DNS provider external-dns runs with (aws, cloudflare, ...).")
  String provider;

  @Option(names = "--txt-owner-id", paramLabel = "ID", description = "external-dns --txt-owner-id.")
  String txtOwnerId;

  @Option(names = "--external-dns-version", paramLabel = "VERSION",
      description = "The external-dns release to predict (e.g. v0.21.0); default: the image tag of the external-dns in the manifests, else v0.22.0.")
  String version;

  @Option(names = "--external-dns", paramLabel = "NS/NAME",
      description = "Predict for this external-dns Deployment or HelmRelease of the manifests only (default: each one found; none: ignore them).")
  String instance;

  /** Copies the options given on the command line over {@code options}. */
  void applyTo(ExternalDnsOptions.Builder options) {
    try {
      if (sources != null) {
        options.sources(sources);
      }
      if (gatewayName != null) {
        options.gatewayName(gatewayName);
      }
      if (gatewayNamespace != null) {
        options.gatewayNamespace(gatewayNamespace);
      }
      if (gatewayLabelFilter != null) {
        options.gatewayLabelFilter(gatewayLabelFilter);
      }
      if (gatewayListenerSets != null) {
        options.gatewayListenerSets(gatewayListenerSets);
      }
      if (namespace != null) {
        options.namespace(namespace);
      }
      if (labelFilter != null) {
        options.labelFilter(labelFilter);
      }
      if (annotationFilter != null) {
        options.annotationFilter(annotationFilter);
      }
      if (annotationPrefix != null) {
        options.annotationPrefix(annotationPrefix);
      }
      if (ignoreHostnameAnnotation != null) {
        options.ignoreHostnameAnnotation(ignoreHostnameAnnotation);
      }
      if (fqdnTemplates != null) {
        options.fqdnTemplates(fqdnTemplates);
      }
      if (combineFqdnAnnotation != null) {
        options.combineFqdnAnnotation(combineFqdnAnnotation);
      }
      if (statusMode != null) {
        options.statusMode(StatusMode.parse(statusMode));
      }
      if (domainFilters != null) {
        options.domainFilters(domainFilters);
      }
      if (excludeDomains != null) {
        options.excludeDomains(excludeDomains);
      }
      if (regexDomainFilter != null) {
        options.regexDomainFilter(regexDomainFilter);
      }
      if (regexDomainExclusion != null) {
        options.regexDomainExclusion(regexDomainExclusion);
      }
      if (managedRecordTypes != null) {
        options.managedRecordTypes(managedRecordTypes.stream().map(t -> t.toUpperCase(java.util.Locale.ROOT)).toList());
      }
      if (defaultTargets != null) {
        options.defaultTargets(defaultTargets);
      }
      if (forceDefaultTargets != null) {
        options.forceDefaultTargets(forceDefaultTargets);
      }
      if (provider != null) {
        options.provider(provider);
      }
      if (txtOwnerId != null) {
        options.txtOwnerId(txtOwnerId);
      }
      if (version != null) {
        ExternalDnsVersion parsed = ExternalDnsVersion.parse(version);
        if (parsed == null) {
          throw new IllegalArgumentException("--external-dns-version '" + version + "' is not a version like v0.21.0");
        }
        options.version(parsed);
      }
    } catch (IllegalArgumentException e) {
      throw new Options.UsageException(e.getMessage());
    }
  }
}
