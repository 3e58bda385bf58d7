package io.github.gwdns.core.predict;

import io.github.gwdns.core.model.RouteKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The catalog of external-dns options gwdns models: each declared once, with external-dns's flag
 * name, its type, default and meaning. The command line's flags, the keys of {@code externalDns:}
 * in {@code .gwdns.yaml}, the Maven plugin's parameters, the flags read from an external-dns
 * Deployment, {@code explain}'s listing and the README's table are all made from it, so an option
 * has one spelling everywhere: the flag ({@code --domain-filter}), camelCased as a key ({@code
 * domainFilter}).
 *
 * <p>Adding an option is one constant here plus a field of {@link ExternalDnsOptions} and the
 * behaviour that reads it (docs/architecture.md walks through an example).
 */
@SuppressWarnings("ImmutableEnumChecker") // the setters and getters are stateless method references
public enum ExternalDnsOption {
  SOURCE(
      "source",
      Type.LIST,
      "SOURCE",
      "all five",
      "external-dns source to enable: gateway-httproute, gateway-grpcroute, gateway-tlsroute, gateway-tcproute,"
          + " gateway-udproute (repeatable; comma-separated on the command line).",
      (b, v) -> b.sources(v),
      o -> o.sources().stream().map(RouteKind::source).toList()) {
    @Override
    void copy(ExternalDnsOptions from, ExternalDnsOptions.Builder to) {
      to.sourceKinds(from.sources()); // may be empty: an instance that runs no Gateway source
    }
  },
  GATEWAY_NAME(
      "gateway-name",
      Type.TEXT,
      "NAME",
      "any",
      "Only parents whose Gateway has this name, in any namespace.",
      (b, v) -> b.gatewayName(last(v)),
      o -> text(o.gatewayName())),
  GATEWAY_NAMESPACE(
      "gateway-namespace",
      Type.TEXT,
      "NS",
      "all",
      "Only Gateways of this namespace (the others look missing).",
      (b, v) -> b.gatewayNamespace(last(v)),
      o -> text(o.gatewayNamespace())),
  GATEWAY_LABEL_FILTER(
      "gateway-label-filter",
      Type.TEXT,
      "SELECTOR",
      "all",
      "Only Gateways whose labels match this selector.",
      (b, v) -> b.gatewayLabelFilter(last(v)),
      o -> text(o.gatewayLabelFilter())),
  GATEWAY_LISTENER_SETS(
      "gateway-listener-sets",
      Type.BOOLEAN,
      null,
      "off",
      "Follow ListenerSet parents.",
      (b, v) -> b.gatewayListenerSets(bool(v)),
      o -> flag(o.gatewayListenerSets())),
  NAMESPACE(
      "namespace",
      Type.TEXT,
      "NS",
      "all",
      "Only routes of this namespace.",
      (b, v) -> b.namespace(last(v)),
      o -> text(o.namespace())),
  LABEL_FILTER(
      "label-filter",
      Type.TEXT,
      "SELECTOR",
      "all",
      "Only routes whose labels match this selector.",
      (b, v) -> b.labelFilter(last(v)),
      o -> text(o.labelFilter())),
  ANNOTATION_FILTER(
      "annotation-filter",
      Type.TEXT,
      "SELECTOR",
      "all",
      "Only routes whose annotations match this selector.",
      (b, v) -> b.annotationFilter(last(v)),
      o -> text(o.annotationFilter())),
  ANNOTATION_PREFIX(
      "annotation-prefix",
      Type.TEXT,
      "PREFIX",
      "`" + ExternalDnsOptions.DEFAULT_ANNOTATION_PREFIX + "`",
      "Prefix of every external-dns annotation (before v0.22.0 the default was `"
          + ExternalDnsOptions.LEGACY_ANNOTATION_PREFIX
          + "`).",
      (b, v) -> b.annotationPrefix(last(v)),
      o -> text(o.annotationPrefix())),
  IGNORE_HOSTNAME_ANNOTATION(
      "ignore-hostname-annotation",
      Type.BOOLEAN,
      null,
      "off",
      "Ignore the hostname annotation.",
      (b, v) -> b.ignoreHostnameAnnotation(bool(v)),
      o -> flag(o.ignoreHostnameAnnotation())),
  FQDN_TEMPLATE(
      "fqdn-template",
      Type.LIST,
      "TEMPLATE",
      "none",
      "Go template for hostnames, e.g. `{{.Name}}.{{.Namespace}}.example.com`; runs when a route has no"
          + " spec.hostnames (repeatable).",
      (b, v) -> b.fqdnTemplates(v),
      ExternalDnsOptions::fqdnTemplates) {
    @Override
    List<String> split(String text) {
      return List.of(text); // external-dns joins templates with ",": one value may hold several
    }
  },
  COMBINE_FQDN_ANNOTATION(
      "combine-fqdn-annotation",
      Type.BOOLEAN,
      null,
      "off",
      "Run the FQDN template for routes with spec.hostnames too, adding its names.",
      (b, v) -> b.combineFqdnAnnotation(bool(v)),
      o -> flag(o.combineFqdnAnnotation())),
  DOMAIN_FILTER(
      "domain-filter",
      Type.LIST,
      "DOMAIN",
      "all",
      "Only names in this domain reach the DNS provider (repeatable); plan lists the others as filtered.",
      (b, v) -> b.domainFilters(v),
      ExternalDnsOptions::domainFilters),
  EXCLUDE_DOMAINS(
      "exclude-domains",
      Type.LIST,
      "DOMAIN",
      "none",
      "Names in this domain never reach the provider (repeatable).",
      (b, v) -> b.excludeDomains(v),
      ExternalDnsOptions::excludeDomains),
  REGEX_DOMAIN_FILTER(
      "regex-domain-filter",
      Type.TEXT,
      "REGEX",
      "none",
      "Only names matching REGEX reach the provider (replaces --domain-filter).",
      (b, v) -> b.regexDomainFilter(last(v)),
      o -> text(o.regexDomainFilter())),
  REGEX_DOMAIN_EXCLUSION(
      "regex-domain-exclusion",
      Type.TEXT,
      "REGEX",
      "none",
      "Names matching REGEX never reach the provider.",
      (b, v) -> b.regexDomainExclusion(last(v)),
      o -> text(o.regexDomainExclusion())),
  MANAGED_RECORD_TYPES(
      "managed-record-types",
      Type.LIST,
      "TYPE",
      "A, AAAA, CNAME",
      "Record types external-dns manages, compared as written, as external-dns does (repeatable); plan lists the"
          + " others as filtered.",
      (b, v) -> b.managedRecordTypes(v),
      ExternalDnsOptions::managedRecordTypes),
  EXCLUDE_RECORD_TYPES(
      "exclude-record-types",
      Type.LIST,
      "TYPE",
      "none",
      "Record types external-dns never manages, even when --managed-record-types lists them (repeatable); plan"
          + " lists them as filtered.",
      (b, v) -> b.excludeRecordTypes(v),
      ExternalDnsOptions::excludeRecordTypes),
  DEFAULT_TARGETS(
      "default-targets",
      Type.LIST,
      "TARGET",
      "none",
      "Targets external-dns's wrapper gives endpoints (repeatable): with --force-default-targets (or before"
          + " v0.18.0) every endpoint of a route gets them instead of its Gateway's; without it they change no"
          + " route's record.",
      (b, v) -> b.defaultTargets(v),
      ExternalDnsOptions::defaultTargets),
  FORCE_DEFAULT_TARGETS(
      "force-default-targets",
      Type.BOOLEAN,
      null,
      "off",
      "Apply --default-targets to every endpoint.",
      (b, v) -> b.forceDefaultTargets(bool(v)),
      o -> flag(o.forceDefaultTargets())),
  PROVIDER(
      "provider",
      Type.TEXT,
      "NAME",
      "unknown",
      "The DNS provider (aws, cloudflare, ...): Cloudflare flattens a CNAME at the apex, Route 53 aliases it.",
      (b, v) -> b.provider(last(v)),
      o -> text(o.provider())),
  TXT_OWNER_ID(
      "txt-owner-id",
      Type.TEXT,
      "ID",
      "none",
      "The TXT registry's owner id; shown by explain, not used in predictions.",
      (b, v) -> b.txtOwnerId(last(v)),
      o -> text(o.txtOwnerId())),
  STATUS_MODE(
      "status-mode",
      Type.TEXT,
      "MODE",
      "auto",
      "gwdns's own: where route status comes from. observed: as written (a route without status is unattached);"
          + " predicted: gwdns's controller simulation; auto: observed where a status block exists, else predicted.",
      (b, v) -> b.statusMode(StatusMode.parse(last(v))),
      o -> List.of(o.statusMode().id())) {
    @Override
    public boolean externalDnsFlag() {
      return false;
    }
  },
  EXTERNAL_DNS_VERSION(
      "external-dns-version",
      Type.TEXT,
      "VERSION",
      "the image's, else " + ExternalDnsVersion.DEFAULT,
      "gwdns's own: the external-dns release to predict, e.g. v0.21.0 (annotation prefix default, ListenerSets,"
          + " TLSRoute version; see docs/external-dns-versions.md).",
      (b, v) -> b.version(version(last(v))),
      o -> o.version() == null ? List.of() : List.of(o.version().toString())) {
    @Override
    public boolean externalDnsFlag() {
      return false;
    }
  };

  /** How an option's values are given. */
  public enum Type {
    /** One value; given several times, the last wins, as in external-dns. */
    TEXT,
    /** {@code true} or {@code false}; a bare flag means true. */
    BOOLEAN,
    /** Repeatable: every value counts. */
    LIST
  }

  private final String flag;
  private final String key;
  private final Type type;
  private final String paramLabel;
  private final String defaultText;
  private final String description;
  private final BiConsumer<ExternalDnsOptions.Builder, List<String>> setter;
  private final Function<ExternalDnsOptions, List<String>> values;

  ExternalDnsOption(
      String flag,
      Type type,
      String paramLabel,
      String defaultText,
      String description,
      BiConsumer<ExternalDnsOptions.Builder, List<String>> setter,
      Function<ExternalDnsOptions, List<String>> values) {
    this.flag = flag;
    this.key = camelCase(flag);
    this.type = type;
    this.paramLabel = paramLabel;
    this.defaultText = defaultText;
    this.description = description;
    this.setter = setter;
    this.values = values;
  }

  /** The flag's name without dashes, as external-dns spells it: {@code domain-filter}. */
  public String flag() {
    return flag;
  }

  /** The command-line option: {@code --domain-filter}. */
  public String option() {
    return "--" + flag;
  }

  /**
   * The key in {@code .gwdns.yaml}'s {@code externalDns:}, the Maven parameter and {@code
   * explain}'s listing: the flag camelCased, {@code domainFilter}.
   */
  public String key() {
    return key;
  }

  private static String camelCase(String flag) {
    StringBuilder key = new StringBuilder();
    boolean upper = false;
    for (int i = 0; i < flag.length(); i++) {
      char c = flag.charAt(i);
      if (c == '-') {
        upper = true;
      } else {
        key.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return key.toString();
  }

  public Type type() {
    return type;
  }

  /** The value's placeholder in help texts ({@code DOMAIN}); null for a boolean. */
  public String paramLabel() {
    return paramLabel;
  }

  /** The default, in words. */
  public String defaultText() {
    return defaultText;
  }

  /** What the option does, in one or two sentences (command-line help, README). */
  public String description() {
    return description;
  }

  /** False for gwdns's own options, which no external-dns command line holds. */
  public boolean externalDnsFlag() {
    return true;
  }

  /**
   * Sets the option from its values as text: every value of a list, else the last one.
   *
   * @throws IllegalArgumentException for a value the option does not take, with the reason
   */
  public void apply(ExternalDnsOptions.Builder builder, List<String> texts) {
    if (texts.isEmpty() && type != Type.LIST) {
      throw new IllegalArgumentException("needs a value");
    }
    setter.accept(builder, texts);
  }

  /**
   * Sets the option from one piece of text, as a Maven parameter or a {@code -D} property gives it:
   * a list is comma-separated.
   */
  public void applyText(ExternalDnsOptions.Builder builder, String text) {
    apply(builder, type == Type.LIST ? split(text) : List.of(text));
  }

  /** The values of a comma-separated list. */
  List<String> split(String text) {
    List<String> values = new ArrayList<>();
    for (String v : text.split(",", -1)) {
      if (!v.isBlank()) {
        values.add(v.trim());
      }
    }
    return values;
  }

  /** This option's values in {@code options}, as text. */
  public List<String> values(ExternalDnsOptions options) {
    return values.apply(options);
  }

  /**
   * The value as {@code explain} shows it: list values joined with ",", an empty list as (none).
   */
  public String shown(ExternalDnsOptions options) {
    List<String> v = values(options);
    return v.isEmpty() && type == Type.LIST ? "(none)" : String.join(",", v);
  }

  /** Copies this option's value from {@code from} to {@code to}. */
  void copy(ExternalDnsOptions from, ExternalDnsOptions.Builder to) {
    setter.accept(to, values(from));
  }

  /** The option of a key ({@code domainFilter}), or null. */
  public static ExternalDnsOption ofKey(String key) {
    for (ExternalDnsOption o : values()) {
      if (o.key().equals(key)) {
        return o;
      }
    }
    return null;
  }

  /** The option of an external-dns flag name ({@code domain-filter}), or null. */
  public static ExternalDnsOption ofFlag(String flag) {
    for (ExternalDnsOption o : values()) {
      if (o.flag.equals(flag)) {
        return o;
      }
    }
    return null;
  }

  /** The README's table of options: one row per option, in catalog order. */
  public static String markdownTable() {
    StringBuilder table =
        new StringBuilder("| Option | Key | Default | Meaning |\n|---|---|---|---|\n");
    for (ExternalDnsOption o : values()) {
      table
          .append("| `")
          .append(o.option())
          .append(o.paramLabel == null ? "" : " " + o.paramLabel)
          .append("` | `")
          .append(o.key())
          .append("` | ")
          .append(o.defaultText)
          .append(" | ")
          .append(o.description.replace("|", "\\|"))
          .append(" |\n");
    }
    return table.toString();
  }

  private static String last(List<String> values) {
    return values.get(values.size() - 1);
  }

  private static boolean bool(List<String> values) {
    String v = last(values).toLowerCase(Locale.ROOT);
    if (!v.equals("true") && !v.equals("false")) {
      throw new IllegalArgumentException("must be true or false, not '" + last(values) + "'");
    }
    return v.equals("true");
  }

  private static ExternalDnsVersion version(String text) {
    ExternalDnsVersion v = ExternalDnsVersion.parse(text);
    if (v == null) {
      throw new IllegalArgumentException("'" + text + "' is not a version like v0.21.0");
    }
    return v;
  }

  private static List<String> text(String value) {
    return List.of(value);
  }

  private static List<String> flag(boolean value) {
    return List.of(Boolean.toString(value));
  }
}
