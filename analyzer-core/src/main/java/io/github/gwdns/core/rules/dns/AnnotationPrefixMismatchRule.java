package io.github.gwdns.core.rules.dns;

import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.model.KubeObject;
import io.github.gwdns.core.predict.ExternalDnsAnnotations;
import io.github.gwdns.core.predict.ExternalDnsOption;
import io.github.gwdns.core.predict.ExternalDnsOptions;
import io.github.gwdns.core.rules.Rule;
import io.github.gwdns.core.rules.RuleContext;
import io.github.gwdns.core.rules.RuleInfo;
import io.github.gwdns.core.rules.Wording;
import java.util.ArrayList;
import java.util.List;

@RuleInfo(
    id = "annotation-prefix-mismatch",
    severity = Severity.WARNING,
    otherLevels = {Severity.ERROR},
    summary = "external-dns annotations use a prefix external-dns does not read",
    description =
        "external-dns reads its annotations under one prefix, --annotation-prefix. v0.22.0 changed"
            + " the default from external-dns.alpha.kubernetes.io/ to external-dns.kubernetes.io/, so hostname,"
            + " ttl and target annotations written for older versions are silently ignored by newer ones (and"
            + " the other way round). When the prefix in force is known (set, or the default of the external-dns"
            + " version deployed in the manifests) and the annotation is a hostname or target, the record is"
            + " certainly lost: an error. Otherwise a warning, which says which versions read the legacy prefix.",
    remediation =
        "Rename the annotations to the prefix in force, or run external-dns with"
            + " --annotation-prefix set to the prefix the manifests use",
    tags = {"external-dns", "annotations"})
public final class AnnotationPrefixMismatchRule implements Rule {
  private static final List<String> KNOWN_PREFIXES =
      List.of(
          ExternalDnsOptions.DEFAULT_ANNOTATION_PREFIX,
          ExternalDnsOptions.LEGACY_ANNOTATION_PREFIX);

  /**
   * The annotations whose loss takes a name or its target away: an error when the loss is certain.
   */
  private static final java.util.Set<String> DECIDES_RECORDS =
      java.util.Set.of(ExternalDnsAnnotations.HOSTNAME, ExternalDnsAnnotations.TARGET);

  /**
   * True when the prefix in force is known rather than assumed: set explicitly, or the default of
   * an external-dns version read from the manifests or given. With gwdns's own default (the version
   * unknown), an older external-dns may still read the legacy prefix.
   */
  private static boolean certain(ExternalDnsOptions options) {
    return options.isSet(ExternalDnsOption.ANNOTATION_PREFIX) || options.version() != null;
  }

  @Override
  public void check(RuleContext ctx) {
    String inForce = ctx.options().annotationPrefix();
    List<KubeObject> objects = new ArrayList<>();
    objects.addAll(ctx.inventory().routes());
    objects.addAll(ctx.inventory().manifests().gateways());
    objects.addAll(ctx.inventory().manifests().listenerSets());
    for (KubeObject o : objects) {
      for (String key : o.metadata().annotations().keySet()) {
        for (String prefix : KNOWN_PREFIXES) {
          if (prefix.equals(inForce) || !key.startsWith(prefix)) {
            continue;
          }
          String name = key.substring(prefix.length());
          if (!ExternalDnsAnnotations.isRouteEndpointAnnotation(name)
              && !name.equals(ExternalDnsAnnotations.TARGET)) {
            continue;
          }
          ctx.report(
                  o,
                  FieldPath.root().field("metadata").field("annotations").field(key),
                  Wording.object(o)
                      + ": annotation `"
                      + key
                      + "` "
                      + reason(prefix, ctx.options(), name))
              .lead(
                  Wording.object(o)
                      + ": external-dns may not read annotation `"
                      + key
                      + "`, because it does not start with the prefix external-dns is set to read.")
              .severity(
                  certain(ctx.options()) && DECIDES_RECORDS.contains(name)
                      ? Severity.ERROR
                      : ctx.severityDefault())
              .key(key)
              .add();
        }
      }
    }
  }

  /**
   * Why the annotation is ignored. gwdns cannot see which external-dns version runs, so with the
   * default prefix the message says which versions read the legacy one instead of claiming it is
   * ignored everywhere.
   */
  private static String reason(String prefix, ExternalDnsOptions options, String name) {
    String inForce = options.annotationPrefix();
    String renamed = "`" + inForce + name + "`";
    if ((options.version() != null && !options.isSet(ExternalDnsOption.ANNOTATION_PREFIX))
        || options.isVersionDefault(ExternalDnsOption.ANNOTATION_PREFIX)) {
      return "uses the prefix `"
          + prefix
          + "`, but external-dns "
          + options.version()
          + " ("
          + options.origin(ExternalDnsOption.EXTERNAL_DNS_VERSION)
          + ") reads `"
          + inForce
          + "`, its default, so it ignores this "
          + name
          + ". Fix: rename it to "
          + renamed
          + ", or run external-dns with --annotation-prefix="
          + prefix
          + ".";
    }
    if (inForce.equals(ExternalDnsOptions.DEFAULT_ANNOTATION_PREFIX)
        && prefix.equals(ExternalDnsOptions.LEGACY_ANNOTATION_PREFIX)) {
      return "uses the prefix `"
          + prefix
          + "`, which external-dns reads by default only before v0.22.0: v0.22.0 and later read `"
          + inForce
          + "` and ignore this "
          + name
          + ", so an upgrade silently changes the records. Fix: rename it to "
          + renamed
          + "; or, if external-dns runs with --annotation-prefix="
          + prefix
          + ", pass the same option to gwdns.";
    }
    return "uses the prefix `"
        + prefix
        + "`, but external-dns reads `"
        + inForce
        + "` (--annotation-prefix"
        + (inForce.equals(ExternalDnsOptions.DEFAULT_ANNOTATION_PREFIX)
            ? ", the default since v0.22.0"
            : " as configured")
        + "), so it ignores this "
        + name
        + ". Fix: rename it to "
        + renamed
        + ", or run external-dns with --annotation-prefix="
        + prefix
        + ".";
  }
}
