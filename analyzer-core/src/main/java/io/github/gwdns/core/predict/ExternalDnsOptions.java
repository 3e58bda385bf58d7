package io.github.gwdns.core.predict;

import io.github.gwdns.core.model.RouteKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The external-dns flags that change what the Gateway API sources publish, named and defaulted as
 * external-dns names them (v0.22.0), plus gwdns's own {@code statusMode}, and where each value came
 * from.
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
 * @param domainFilters {@code --domain-filter}: only names in these domains reach the provider
 *     (empty: all)
 * @param excludeDomains {@code --exclude-domains}: names in these domains never do
 * @param regexDomainFilter {@code --regex-domain-filter} ("" for none); replaces the domain filters
 * @param regexDomainExclusion {@code --regex-domain-exclusion} ("" for none)
 * @param managedRecordTypes {@code --managed-record-types} (default A, AAAA, CNAME)
 * @param excludeRecordTypes {@code --exclude-record-types}: never managed, whatever the above says
 * @param defaultTargets {@code --default-targets}
 * @param forceDefaultTargets {@code --force-default-targets}: default targets replace every
 *     endpoint's targets, not only missing ones
 * @param provider {@code --provider} ("" when unknown)
 * @param txtOwnerId {@code --txt-owner-id} ("" when unknown)
 * @param version the external-dns release, or null when unknown (then gwdns predicts {@link
 *     ExternalDnsVersion#DEFAULT}, v0.22.0: see {@link #effectiveVersion()})
 * @param origins where each option that was set came from ({@code command line}, {@code
 *     .gwdns.yaml}, {@code Deployment infra/external-dns}); options missing here have
 *     external-dns's defaults
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
    StatusMode statusMode,
    List<String> domainFilters,
    List<String> excludeDomains,
    String regexDomainFilter,
    String regexDomainExclusion,
    List<String> managedRecordTypes,
    List<String> excludeRecordTypes,
    List<String> defaultTargets,
    boolean forceDefaultTargets,
    String provider,
    String txtOwnerId,
    ExternalDnsVersion version,
    Map<ExternalDnsOption, String> origins) {

  /** The annotation prefix since external-dns v0.22.0. */
  public static final String DEFAULT_ANNOTATION_PREFIX = "external-dns.kubernetes.io/";

  /** The prefix before v0.22.0, still common in repositories. */
  public static final String LEGACY_ANNOTATION_PREFIX = "external-dns.alpha.kubernetes.io/";

  public static final StatusMode DEFAULT_STATUS_MODE = StatusMode.AUTO;

  /** external-dns's default {@code --managed-record-types}. */
  public static final List<String> DEFAULT_MANAGED_RECORD_TYPES = List.of("A", "AAAA", "CNAME");

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
    domainFilters = List.copyOf(domainFilters);
    excludeDomains = List.copyOf(excludeDomains);
    Objects.requireNonNull(regexDomainFilter);
    Objects.requireNonNull(regexDomainExclusion);
    managedRecordTypes = List.copyOf(managedRecordTypes);
    excludeRecordTypes = List.copyOf(excludeRecordTypes);
    defaultTargets = List.copyOf(defaultTargets);
    Objects.requireNonNull(provider);
    Objects.requireNonNull(txtOwnerId);
    Map<ExternalDnsOption, String> byOption = new java.util.EnumMap<>(ExternalDnsOption.class);
    byOption.putAll(origins);
    origins = java.util.Collections.unmodifiableMap(byOption);
  }

  /**
   * The release predicted: {@link #version()}, or {@link ExternalDnsVersion#DEFAULT} when unknown.
   */
  public ExternalDnsVersion effectiveVersion() {
    return version == null ? ExternalDnsVersion.DEFAULT : version;
  }

  /**
   * The full key of annotation {@code name} under the prefix in force, e.g. {@code
   * external-dns.kubernetes.io/hostname}.
   */
  public String annotation(String name) {
    return annotationPrefix + name;
  }

  /** The FQDN template as external-dns sees it: the values joined with ",", or "" when none. */
  public String fqdnTemplate() {
    return String.join(",", fqdnTemplates);
  }

  /** The origin of an option the user gave on the command line: the default origin. */
  public static final String COMMAND_LINE = "command line";

  /** Where {@code option} came from: its origin, or "default". */
  public String origin(ExternalDnsOption option) {
    return origins.getOrDefault(option, "default");
  }

  /** True when {@code option} was set rather than defaulted. */
  public boolean isSet(ExternalDnsOption option) {
    return origins.containsKey(option);
  }

  /**
   * True when {@code option} holds the default of {@link #version()}, which differs from the
   * default of the release gwdns predicts when it knows none ({@link #withVersionDefaults()}).
   */
  public boolean isVersionDefault(ExternalDnsOption option) {
    return version != null && versionDefaultOrigin(version).equals(origins.get(option));
  }

  private static String versionDefaultOrigin(ExternalDnsVersion version) {
    return "default of external-dns " + version;
  }

  /**
   * These options on top of {@code base}: every option set here wins, the others keep {@code
   * base}'s value and origin. Explicit options (command line, {@code .gwdns.yaml}) over the options
   * read from an external-dns Deployment.
   */
  public ExternalDnsOptions over(ExternalDnsOptions base) {
    Builder b = base.toBuilder();
    for (Map.Entry<ExternalDnsOption, String> e : origins.entrySet()) {
      b.origin(e.getValue());
      e.getKey().copy(this, b);
    }
    return b.build();
  }

  /**
   * The options with the defaults of {@link #version()} filled in where nothing was set: the
   * annotation prefix before v0.22.0 was {@code external-dns.alpha.kubernetes.io/}.
   */
  public ExternalDnsOptions withVersionDefaults() {
    if (version == null
        || isSet(ExternalDnsOption.ANNOTATION_PREFIX)
        || version.defaultAnnotationPrefix().equals(annotationPrefix)) {
      return this;
    }
    return toBuilder()
        .origin(versionDefaultOrigin(version))
        .annotationPrefix(version.defaultAnnotationPrefix())
        .build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these values and origins. */
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
    b.domainFilters = new ArrayList<>(domainFilters);
    b.excludeDomains = new ArrayList<>(excludeDomains);
    b.regexDomainFilter = regexDomainFilter;
    b.regexDomainExclusion = regexDomainExclusion;
    b.managedRecordTypes = new ArrayList<>(managedRecordTypes);
    b.excludeRecordTypes = new ArrayList<>(excludeRecordTypes);
    b.defaultTargets = new ArrayList<>(defaultTargets);
    b.forceDefaultTargets = forceDefaultTargets;
    b.provider = provider;
    b.txtOwnerId = txtOwnerId;
    b.version = version;
    b.origins.putAll(origins);
    return b;
  }

  /**
   * Builds {@link ExternalDnsOptions}; unset values keep external-dns's defaults. Each setter
   * records the current {@link #origin(String)} for its option.
   */
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
    private List<String> domainFilters = new ArrayList<>();
    private List<String> excludeDomains = new ArrayList<>();
    private String regexDomainFilter = "";
    private String regexDomainExclusion = "";
    private List<String> managedRecordTypes = new ArrayList<>(DEFAULT_MANAGED_RECORD_TYPES);
    private List<String> excludeRecordTypes = new ArrayList<>();
    private List<String> defaultTargets = new ArrayList<>();
    private boolean forceDefaultTargets;
    private String provider = "";
    private String txtOwnerId = "";
    private ExternalDnsVersion version;
    private final Map<ExternalDnsOption, String> origins =
        new java.util.EnumMap<>(ExternalDnsOption.class);
    private String origin = COMMAND_LINE;

    private Builder() {}

    /**
     * Where the values set from now on come from, e.g. {@code .gwdns.yaml} (default: command line).
     */
    public Builder origin(String label) {
      this.origin = Objects.requireNonNull(label);
      return this;
    }

    private Builder set(ExternalDnsOption option) {
      origins.put(option, origin);
      return this;
    }

    /**
     * The enabled sources by external-dns name ({@code gateway-httproute}...); an empty list keeps
     * the default (all five). Other external-dns sources ({@code service}, {@code ingress}) are
     * ignored: they publish no Gateway API records.
     *
     * @throws IllegalArgumentException for a {@code gateway-*} name that is not a route source
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
              "unknown source '"
                  + name
                  + "'; gwdns models gateway-httproute, gateway-grpcroute,"
                  + " gateway-tlsroute, gateway-tcproute, gateway-udproute");
        }
        kinds.add(kind);
      }
      this.sources = kinds;
      return set(ExternalDnsOption.SOURCE);
    }

    /**
     * The enabled sources as route kinds; may be empty (an instance that runs no Gateway source).
     */
    public Builder sourceKinds(Set<RouteKind> kinds) {
      this.sources = kinds.isEmpty() ? EnumSet.noneOf(RouteKind.class) : EnumSet.copyOf(kinds);
      return set(ExternalDnsOption.SOURCE);
    }

    public Builder gatewayName(String value) {
      this.gatewayName = Objects.requireNonNull(value);
      return set(ExternalDnsOption.GATEWAY_NAME);
    }

    public Builder gatewayNamespace(String value) {
      this.gatewayNamespace = Objects.requireNonNull(value);
      return set(ExternalDnsOption.GATEWAY_NAMESPACE);
    }

    public Builder gatewayLabelFilter(String value) {
      this.gatewayLabelFilter = Objects.requireNonNull(value);
      return set(ExternalDnsOption.GATEWAY_LABEL_FILTER);
    }

    public Builder gatewayListenerSets(boolean value) {
      this.gatewayListenerSets = value;
      return set(ExternalDnsOption.GATEWAY_LISTENER_SETS);
    }

    public Builder namespace(String value) {
      this.namespace = Objects.requireNonNull(value);
      return set(ExternalDnsOption.NAMESPACE);
    }

    public Builder labelFilter(String value) {
      this.labelFilter = Objects.requireNonNull(value);
      return set(ExternalDnsOption.LABEL_FILTER);
    }

    public Builder annotationFilter(String value) {
      this.annotationFilter = Objects.requireNonNull(value);
      return set(ExternalDnsOption.ANNOTATION_FILTER);
    }

    public Builder annotationPrefix(String value) {
      this.annotationPrefix = Objects.requireNonNull(value);
      return set(ExternalDnsOption.ANNOTATION_PREFIX);
    }

    public Builder ignoreHostnameAnnotation(boolean value) {
      this.ignoreHostnameAnnotation = value;
      return set(ExternalDnsOption.IGNORE_HOSTNAME_ANNOTATION);
    }

    public Builder fqdnTemplates(List<String> values) {
      this.fqdnTemplates = new ArrayList<>(values);
      return set(ExternalDnsOption.FQDN_TEMPLATE);
    }

    public Builder combineFqdnAnnotation(boolean value) {
      this.combineFqdnAnnotation = value;
      return set(ExternalDnsOption.COMBINE_FQDN_ANNOTATION);
    }

    public Builder statusMode(StatusMode value) {
      this.statusMode = Objects.requireNonNull(value);
      return set(ExternalDnsOption.STATUS_MODE);
    }

    public Builder domainFilters(List<String> values) {
      this.domainFilters = new ArrayList<>(values);
      return set(ExternalDnsOption.DOMAIN_FILTER);
    }

    public Builder excludeDomains(List<String> values) {
      this.excludeDomains = new ArrayList<>(values);
      return set(ExternalDnsOption.EXCLUDE_DOMAINS);
    }

    public Builder regexDomainFilter(String value) {
      this.regexDomainFilter = Objects.requireNonNull(value);
      return set(ExternalDnsOption.REGEX_DOMAIN_FILTER);
    }

    public Builder regexDomainExclusion(String value) {
      this.regexDomainExclusion = Objects.requireNonNull(value);
      return set(ExternalDnsOption.REGEX_DOMAIN_EXCLUSION);
    }

    public Builder managedRecordTypes(List<String> values) {
      this.managedRecordTypes = new ArrayList<>(values);
      return set(ExternalDnsOption.MANAGED_RECORD_TYPES);
    }

    public Builder excludeRecordTypes(List<String> values) {
      this.excludeRecordTypes = new ArrayList<>(values);
      return set(ExternalDnsOption.EXCLUDE_RECORD_TYPES);
    }

    public Builder defaultTargets(List<String> values) {
      this.defaultTargets = new ArrayList<>(values);
      return set(ExternalDnsOption.DEFAULT_TARGETS);
    }

    public Builder forceDefaultTargets(boolean value) {
      this.forceDefaultTargets = value;
      return set(ExternalDnsOption.FORCE_DEFAULT_TARGETS);
    }

    public Builder provider(String value) {
      this.provider = Objects.requireNonNull(value);
      return set(ExternalDnsOption.PROVIDER);
    }

    public Builder txtOwnerId(String value) {
      this.txtOwnerId = Objects.requireNonNull(value);
      return set(ExternalDnsOption.TXT_OWNER_ID);
    }

    /** The external-dns release; null for unknown. */
    public Builder version(ExternalDnsVersion value) {
      this.version = value;
      return value == null ? this : set(ExternalDnsOption.EXTERNAL_DNS_VERSION);
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
          statusMode,
          domainFilters,
          excludeDomains,
          regexDomainFilter,
          regexDomainExclusion,
          managedRecordTypes,
          excludeRecordTypes,
          defaultTargets,
          forceDefaultTargets,
          provider,
          txtOwnerId,
          version,
          origins);
    }
  }
}
