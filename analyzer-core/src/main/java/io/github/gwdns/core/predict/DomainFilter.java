package io.github.gwdns.core.predict;

import io.github.gwdns.core.render.Variables;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * external-dns's domain and record-type filters, which act after the sources, in the plan: a name
 * outside {@code --domain-filter}, inside {@code --exclude-domains}, or of a type outside {@code
 * --managed-record-types} (or inside {@code --exclude-record-types}) never reaches the provider. A
 * filter {@code example.com} matches the name itself and every name below it; {@code .example.com}
 * only the names below it. A regex filter replaces the domain lists.
 */
public final class DomainFilter {
  private final ExternalDnsOptions options;
  private final Pattern include;
  private final Pattern exclude;
  private final boolean typesFromDefaultTargets;

  public DomainFilter(ExternalDnsOptions options) {
    this.options = options;
    this.typesFromDefaultTargets = new DefaultTargets(options).replaces();
    this.include = compile(ExternalDnsOption.REGEX_DOMAIN_FILTER, options.regexDomainFilter());
    this.exclude =
        compile(ExternalDnsOption.REGEX_DOMAIN_EXCLUSION, options.regexDomainExclusion());
  }

  private static Pattern compile(ExternalDnsOption option, String regex) {
    if (regex.isEmpty()) {
      return null;
    }
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new InvalidOptionException(
          option,
          option.option() + " '" + regex + "' is not a regular expression: " + e.getDescription(),
          e);
    }
  }

  /** True when no filter is set: every name and the default record types pass. */
  public boolean isOpen() {
    return include == null
        && exclude == null
        && options.domainFilters().isEmpty()
        && options.excludeDomains().isEmpty()
        && options.managedRecordTypes().equals(ExternalDnsOptions.DEFAULT_MANAGED_RECORD_TYPES)
        && options.excludeRecordTypes().isEmpty();
  }

  /** Why external-dns's plan drops {@code endpoint}, or null when it keeps it. */
  public String reason(Endpoint endpoint) {
    // plan.IsManagedRecord: an excluded type loses even when it is also managed.
    if (options.excludeRecordTypes().contains(endpoint.recordType())) {
      return "record type "
          + endpoint.recordType()
          + " is in --exclude-record-types ("
          + String.join(", ", options.excludeRecordTypes())
          + ")";
    }
    if (!options.managedRecordTypes().contains(endpoint.recordType())) {
      return "record type "
          + endpoint.recordType()
          + (typesFromDefaultTargets ? " (of --default-targets)" : "")
          + " is not in --managed-record-types ("
          + String.join(", ", options.managedRecordTypes())
          + ")";
    }
    return reason(endpoint.dnsName());
  }

  /**
   * Why the domain filters drop {@code name}, or null when they keep it or cannot tell: a name that
   * still holds an unresolved variable ({@code ${SECRET_DOMAIN}}) is never judged.
   */
  public String reason(String name) {
    if (Variables.hasVariable(name)) {
      return null;
    }
    String domain = name.toLowerCase(Locale.ROOT);
    if (domain.endsWith(".")) {
      domain = domain.substring(0, domain.length() - 1);
    }
    if (include != null || exclude != null) {
      if (exclude != null && exclude.matcher(domain).find()) {
        return "`" + name + "` matches --regex-domain-exclusion " + exclude.pattern();
      }
      if (include != null && !include.matcher(domain).find()) {
        return "`" + name + "` does not match --regex-domain-filter " + include.pattern();
      }
      return null;
    }
    String excluded = firstMatch(domain, options.excludeDomains());
    if (excluded != null) {
      return "`" + name + "` is inside --exclude-domains " + excluded;
    }
    if (!options.domainFilters().isEmpty() && firstMatch(domain, options.domainFilters()) == null) {
      return "`"
          + name
          + "` is outside --domain-filter "
          + String.join(",", options.domainFilters());
    }
    return null;
  }

  private static String firstMatch(String domain, List<String> filters) {
    for (String raw : filters) {
      String filter = raw.trim().toLowerCase(Locale.ROOT);
      if (filter.endsWith(".")) {
        filter = filter.substring(0, filter.length() - 1);
      }
      if (filter.isEmpty()) {
        continue;
      }
      if (filter.startsWith(".")
          ? domain.endsWith(filter)
          : domain.equals(filter) || domain.endsWith("." + filter)) {
        return raw.trim();
      }
    }
    return null;
  }
}
