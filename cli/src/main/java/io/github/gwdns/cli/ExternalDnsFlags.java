package io.github.gwdns.cli;

import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.predict.ExternalDnsOptions;
import io.github.gwdns.core.predict.StatusMode;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * external-dns's own flags, with its names and meaning, so users can paste their Helm values; and
 * {@code --status-mode}.
 */
final class ExternalDnsFlags {
  @Option(names = "--source", paramLabel = "SOURCE", split = ",",
      description = "external-dns source to enable (repeatable): gateway-httproute, gateway-grpcroute, gateway-tlsroute,"
          + " gateway-tcproute, gateway-udproute. Default: all five.")
  List<String> sources = new ArrayList<>();

  @Option(names = "--gateway-name", paramLabel = "NAME", defaultValue = "",
      description = "Only parents whose Gateway has this name, in any namespace.")
  String gatewayName;

  @Option(names = "--gateway-namespace", paramLabel = "NS", defaultValue = "",
      description = "Only Gateways of this namespace.")
  String gatewayNamespace;

  @Option(names = "--gateway-label-filter", paramLabel = "SELECTOR", defaultValue = "",
      description = "Only Gateways whose labels match this selector.")
  String gatewayLabelFilter;

  @Option(names = "--gateway-listener-sets", arity = "0..1", fallbackValue = "true", defaultValue = "false",
      description = "Follow ListenerSet parents.")
  boolean gatewayListenerSets;

  @Option(names = "--namespace", paramLabel = "NS", defaultValue = "",
      description = "Only routes of this namespace.")
  String namespace;

  @Option(names = "--label-filter", paramLabel = "SELECTOR", defaultValue = "",
      description = "Only routes whose labels match this selector.")
  String labelFilter;

  @Option(names = "--annotation-filter", paramLabel = "SELECTOR", defaultValue = "",
      description = "Only routes whose annotations match this selector.")
  String annotationFilter;

  @Option(names = "--annotation-prefix", paramLabel = "PREFIX", defaultValue = ExternalDnsOptions.DEFAULT_ANNOTATION_PREFIX,
      description = "Prefix of external-dns annotations (default: ${DEFAULT-VALUE}; before v0.22.0: "
          + ExternalDnsOptions.LEGACY_ANNOTATION_PREFIX + ").")
  String annotationPrefix;

  @Option(names = "--ignore-hostname-annotation", arity = "0..1", fallbackValue = "true", defaultValue = "false",
      description = "Ignore the hostname annotation.")
  boolean ignoreHostnameAnnotation;

  @Option(names = "--fqdn-template", paramLabel = "TEMPLATE",
      description = "Go template for hostnames, e.g. '{{.Name}}.{{.Namespace}}.example.com' (repeatable).")
  List<String> fqdnTemplates = new ArrayList<>();

  @Option(names = "--combine-fqdn-annotation", arity = "0..1", fallbackValue = "true", defaultValue = "false",
      description = "Add FQDN template names to spec.hostnames instead of using them only when there are none.")
  boolean combineFqdnAnnotation;

  @Option(names = "--status-mode", paramLabel = "MODE", defaultValue = "auto",
      description = "observed: route status as written (a route without status is unattached); predicted: gwdns's"
          + " controller simulation; auto: observed where a status block exists, else predicted (default: ${DEFAULT-VALUE}).")
  String statusMode;

  /** Copies the flags into {@code request}. */
  void applyTo(AnalysisRequest.Builder request) {
    try {
      request.externalDns(
          ExternalDnsOptions.builder()
              .sources(sources)
              .gatewayName(gatewayName)
              .gatewayNamespace(gatewayNamespace)
              .gatewayLabelFilter(gatewayLabelFilter)
              .gatewayListenerSets(gatewayListenerSets)
              .namespace(namespace)
              .labelFilter(labelFilter)
              .annotationFilter(annotationFilter)
              .annotationPrefix(annotationPrefix)
              .ignoreHostnameAnnotation(ignoreHostnameAnnotation)
              .fqdnTemplates(fqdnTemplates)
              .combineFqdnAnnotation(combineFqdnAnnotation)
              .statusMode(StatusMode.parse(statusMode))
              .build());
    } catch (IllegalArgumentException e) {
      throw new Options.UsageException(e.getMessage());
    }
  }
}
