package io.github.gwdns.core.rules;

import io.github.gwdns.core.rules.attachment.HostnameMismatchRule;
import io.github.gwdns.core.rules.attachment.KindNotAllowedRule;
import io.github.gwdns.core.rules.attachment.ListenerConflictRule;
import io.github.gwdns.core.rules.attachment.ListenerSetNotAllowedRule;
import io.github.gwdns.core.rules.attachment.NamespaceNotAllowedRule;
import io.github.gwdns.core.rules.attachment.NoHostnameRule;
import io.github.gwdns.core.rules.attachment.ParentNotFoundRule;
import io.github.gwdns.core.rules.attachment.ParentUnsupportedKindRule;
import io.github.gwdns.core.rules.attachment.PortMismatchRule;
import io.github.gwdns.core.rules.attachment.ProtocolMismatchRule;
import io.github.gwdns.core.rules.attachment.RouteNotAcceptedRule;
import io.github.gwdns.core.rules.attachment.SectionNotFoundRule;
import io.github.gwdns.core.rules.chart.HelmRenderFailsRule;
import io.github.gwdns.core.rules.chart.HelmRouteUnmodeledRule;
import io.github.gwdns.core.rules.chart.HelmValueNotTemplatedRule;
import io.github.gwdns.core.rules.chart.HelmValueUnresolvedRule;
import io.github.gwdns.core.rules.dns.AnnotationMisplacedRule;
import io.github.gwdns.core.rules.dns.AnnotationPrefixMismatchRule;
import io.github.gwdns.core.rules.dns.DnsConflictRule;
import io.github.gwdns.core.rules.dns.RouteFilteredRule;
import io.github.gwdns.core.rules.dns.UnresolvedVariableRule;
import io.github.gwdns.core.rules.externaldns.CnameAtApexRule;
import io.github.gwdns.core.rules.externaldns.CrdVersionMismatchRule;
import io.github.gwdns.core.rules.externaldns.DefaultTargetsIgnoredRule;
import io.github.gwdns.core.rules.externaldns.DomainFilteredRule;
import io.github.gwdns.core.rules.externaldns.ExternaldnsRbacMissingRule;
import io.github.gwdns.core.rules.externaldns.ExternaldnsSourceMissingRule;
import io.github.gwdns.core.rules.externaldns.ExternaldnsWillNotStartRule;
import io.github.gwdns.core.rules.gateway.GatewayClassNotFoundRule;
import io.github.gwdns.core.rules.gateway.GatewayFilteredRule;
import io.github.gwdns.core.rules.gateway.GatewayNoAddressRule;
import io.github.gwdns.core.rules.manifest.InvalidManifestRule;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every rule gwdns ships, in id order. Shipping a rule means adding one line here; there is no
 * classpath scanning.
 */
public final class BuiltInRules {
  private BuiltInRules() {}

  /** Every rule, sorted by id (the order users see in catalogs and SARIF). */
  public static final List<Rule> ALL =
      Stream.of(
              new AnnotationMisplacedRule(),
              new AnnotationPrefixMismatchRule(),
              new DnsConflictRule(),
              new GatewayClassNotFoundRule(),
              new GatewayFilteredRule(),
              new GatewayNoAddressRule(),
              new HostnameMismatchRule(),
              new InvalidManifestRule(),
              new io.github.gwdns.core.rules.manifest.NoObjectsRule(),
              new KindNotAllowedRule(),
              new ListenerConflictRule(),
              new ListenerSetNotAllowedRule(),
              new NamespaceNotAllowedRule(),
              new NoHostnameRule(),
              new ParentNotFoundRule(),
              new ParentUnsupportedKindRule(),
              new PortMismatchRule(),
              new ProtocolMismatchRule(),
              new RouteFilteredRule(),
              new RouteNotAcceptedRule(),
              new SectionNotFoundRule(),
              new ExternaldnsSourceMissingRule(),
              new ExternaldnsRbacMissingRule(),
              new ExternaldnsWillNotStartRule(),
              new DomainFilteredRule(),
              new CnameAtApexRule(),
              new CrdVersionMismatchRule(),
              new DefaultTargetsIgnoredRule(),
              new UnresolvedVariableRule(),
              new HelmRenderFailsRule(),
              new HelmRouteUnmodeledRule(),
              new HelmValueNotTemplatedRule(),
              new HelmValueUnresolvedRule())
          .sorted(Comparator.comparing(r -> r.descriptor().id()))
          .toList();

  /** The descriptors of every rule, in id order. */
  public static List<RuleDescriptor> descriptors() {
    return ALL.stream().map(Rule::descriptor).toList();
  }

  /** Every rule's id, in order. */
  public static List<String> ids() {
    return ALL.stream().map(r -> r.descriptor().id()).toList();
  }

  /** The rule with {@code id}, or null. */
  public static Rule byId(String id) {
    for (Rule r : ALL) {
      if (r.descriptor().id().equals(id)) {
        return r;
      }
    }
    return null;
  }
}
