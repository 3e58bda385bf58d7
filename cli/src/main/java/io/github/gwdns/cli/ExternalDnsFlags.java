package io.github.gwdns.cli;

import io.github.gwdns.core.predict.ExternalDnsOptions;
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
    } catch (IllegalArgumentException e) {
      throw new Options.UsageException(e.getMessage());
    }
  }
}
