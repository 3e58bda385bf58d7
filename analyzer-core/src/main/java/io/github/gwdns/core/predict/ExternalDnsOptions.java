package io.github.gwdns.core.predict;

import io.github.gwdns.core.model.RouteKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The external-dns flags that change what the Gateway API sources publish, named and defaulted as
 * external-dns names them (v0.22.0), plus gwdns's own {@code statusMode}.
 *
 * @param sources enabled {@code --source} values as route kinds (default: all five)
 * @param gatewayName {@code --gateway-name}: only parents whose Gateway has this name, in any
 *     namespace ("" for all)
 * @param gatewayNamespace {@code --gateway-namespace}: only Gateways of this namespace ("" for all)
 * @param gatewayLabelFilter {@code --gateway-label-filter}, label-selector syntax ("" for all)
 * @param gatewayListenerSets {@code --gateway-listener-sets}: follow ListenerSet parents
 * @param namespace {@code --namespace}: only routes of this namespace ("" for all)
 * @param labelFilter {@code --label-filter} on routes
 * @param annotationFilter {@code --annotation-filter} on routes, label-selector syntax over
 *     annotations
 * @param annotationPrefix {@code --annotation-prefix} of every external-dns annotation
 * @param ignoreHostnameAnnotation {@code --ignore-hostname-annotation}
 * @param fqdnTemplates {@code --fqdn-template} values (repeatable; joined with ",")
 * @param combineFqdnAnnotation {@code --combine-fqdn-annotation}
 * @param statusMode where route and Gateway status comes from
 */
public record ExternalDnsOptions(
    Set<RouteKind> sources,
    String gatewayName,
    String gatewayNamespace,
    String gatewayLabelFilter,
    boolean gatewayListenerSets,
    String namespace,
    String labelFilter,
    String annotationFilter,
    String annotationPrefix,
    boolean ignoreHostnameAnnotation,
    List<String> fqdnTemplates,
    boolean combineFqdnAnnotation,
    StatusMode statusMode) {

  /** The annotation prefix since external-dns v0.22.0. */
  public static final String DEFAULT_ANNOTATION_PREFIX = "external-dns.kubernetes.io/";

  /** The prefix before v0.22.0, still common in repositories. */
  public static final String LEGACY_ANNOTATION_PREFIX = "external-dns.alpha.kubernetes.io/";

  public static final StatusMode DEFAULT_STATUS_MODE = StatusMode.AUTO;

  /** Every default: all five sources, no filters, the v0.22.0 prefix, status mode auto. */
  public static final ExternalDnsOptions DEFAULTS = builder().build();

  public ExternalDnsOptions {
    sources = sources.isEmpty() ? EnumSet.noneOf(RouteKind.class) : EnumSet.copyOf(sources);
    Objects.requireNonNull(gatewayName);
    Objects.requireNonNull(gatewayNamespace);
    Objects.requireNonNull(gatewayLabelFilter);
    Objects.requireNonNull(namespace);
    Objects.requireNonNull(labelFilter);
    Objects.requireNonNull(annotationFilter);
    Objects.requireNonNull(annotationPrefix);
    fqdnTemplates = List.copyOf(fqdnTemplates);
    Objects.requireNonNull(statusMode);
  }

  /** The full key of annotation {@code name} under the prefix in force, e.g. {@code external-dns.kubernetes.io/hostname}. */
  public String annotation(String name) {
    return annotationPrefix + name;
  }

  /** The FQDN template as external-dns sees it: the values joined with ",", or "" when none. */
  public String fqdnTemplate() {
    return String.join(",", fqdnTemplates);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder whose values start as {@link #DEFAULTS}. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.sources = EnumSet.noneOf(RouteKind.class);
    b.sources.addAll(sources);
    b.gatewayName = gatewayName;
    b.gatewayNamespace = gatewayNamespace;
    b.gatewayLabelFilter = gatewayLabelFilter;
    b.gatewayListenerSets = gatewayListenerSets;
    b.namespace = namespace;
    b.labelFilter = labelFilter;
    b.annotationFilter = annotationFilter;
    b.annotationPrefix = annotationPrefix;
    b.ignoreHostnameAnnotation = ignoreHostnameAnnotation;
    b.fqdnTemplates = new ArrayList<>(fqdnTemplates);
    b.combineFqdnAnnotation = combineFqdnAnnotation;
    b.statusMode = statusMode;
    return b;
  }

  /** Builds {@link ExternalDnsOptions}; unset values keep external-dns's defaults. */
  public static final class Builder {
    private Set<RouteKind> sources = EnumSet.allOf(RouteKind.class);
    private String gatewayName = "";
    private String gatewayNamespace = "";
    private String gatewayLabelFilter = "";
    private boolean gatewayListenerSets;
    private String namespace = "";
    private String labelFilter = "";
    private String annotationFilter = "";
    private String annotationPrefix = DEFAULT_ANNOTATION_PREFIX;
    private boolean ignoreHostnameAnnotation;
    private List<String> fqdnTemplates = new ArrayList<>();
    private boolean combineFqdnAnnotation;
    private StatusMode statusMode = DEFAULT_STATUS_MODE;

    private Builder() {}

    /**
     * The enabled sources by external-dns name ({@code gateway-httproute}...); an empty list keeps
     * the default (all five).
     *
     * @throws IllegalArgumentException for a name that is not a Gateway API route source
     */
    public Builder sources(List<String> names) {
      if (names.isEmpty()) {
        return this;
      }
      Set<RouteKind> kinds = EnumSet.noneOf(RouteKind.class);
      for (String name : names) {
        RouteKind kind = RouteKind.ofSource(name.trim());
        if (kind == null) {
          throw new IllegalArgumentException(
              "unknown source '" + name + "'; gwdns models gateway-httproute, gateway-grpcroute,"
                  + " gateway-tlsroute, gateway-tcproute, gateway-udproute");
        }
        kinds.add(kind);
      }
      this.sources = kinds;
      return this;
    }

    public Builder gatewayName(String value) {
      this.gatewayName = Objects.requireNonNull(value);
      return this;
    }

    public Builder gatewayNamespace(String value) {
      this.gatewayNamespace = Objects.requireNonNull(value);
      return this;
    }

    public Builder gatewayLabelFilter(String value) {
      this.gatewayLabelFilter = Objects.requireNonNull(value);
      return this;
    }

    public Builder gatewayListenerSets(boolean value) {
      this.gatewayListenerSets = value;
      return this;
    }

    public Builder namespace(String value) {
      this.namespace = Objects.requireNonNull(value);
      return this;
    }

    public Builder labelFilter(String value) {
      this.labelFilter = Objects.requireNonNull(value);
      return this;
    }

    public Builder annotationFilter(String value) {
      this.annotationFilter = Objects.requireNonNull(value);
      return this;
    }

    public Builder annotationPrefix(String value) {
      this.annotationPrefix = Objects.requireNonNull(value);
      return this;
    }

    public Builder ignoreHostnameAnnotation(boolean value) {
      this.ignoreHostnameAnnotation = value;
      return this;
    }

    public Builder fqdnTemplates(List<String> values) {
      this.fqdnTemplates = new ArrayList<>(values);
      return this;
    }

    public Builder combineFqdnAnnotation(boolean value) {
      this.combineFqdnAnnotation = value;
      return this;
    }

    public Builder statusMode(StatusMode value) {
      this.statusMode = Objects.requireNonNull(value);
      return this;
    }

    public ExternalDnsOptions build() {
      return new ExternalDnsOptions(
          sources,
          gatewayName,
          gatewayNamespace,
          gatewayLabelFilter,
          gatewayListenerSets,
          namespace,
          labelFilter,
          annotationFilter,
          annotationPrefix,
          ignoreHostnameAnnotation,
          fqdnTemplates,
          combineFqdnAnnotation,
          statusMode);
    }
  }
}
