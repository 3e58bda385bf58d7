package io.github.gwdns.core.rules.externaldns;

import io.github.gwdns.core.attach.ServedVersions;
import io.github.gwdns.core.deploy.ExternalDnsInstance;
import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.model.GenericObject;
import io.github.gwdns.core.model.KubeObject;
import io.github.gwdns.core.model.RouteKind;
import io.github.gwdns.core.predict.ExternalDnsOption;
import io.github.gwdns.core.predict.ExternalDnsOptions;
import io.github.gwdns.core.predict.ExternalDnsVersion;
import io.github.gwdns.core.rules.Rule;
import io.github.gwdns.core.rules.RuleContext;
import io.github.gwdns.core.rules.RuleInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@RuleInfo(
    id = "crd-version-mismatch",
    severity = Severity.ERROR,
    summary = "The Gateway API CRDs in the manifests do not serve the version external-dns reads",
    description =
        "Each external-dns source watches one API version: Gateways, HTTPRoutes, GRPCRoutes and ListenerSets"
            + " v1, TCPRoutes and UDPRoutes v1alpha2, TLSRoutes v1alpha2 before external-dns v0.22.0 and v1 since. When the"
            + " CustomResourceDefinition in the manifests does not serve that version (or the CRD is missing while the"
            + " others are there), the informer never syncs, external-dns times out at startup (`failed to sync"
            + " *v1alpha2.TLSRoute: context deadline exceeded`) and publishes nothing at all. Checked only when the"
            + " manifests contain Gateway API CRDs.",
    remediation =
        "Install CRDs that serve the version (the experimental channel serves v1alpha2), upgrade"
            + " external-dns (v0.22.0 reads TLSRoute v1), or drop the source",
    tags = {"external-dns", "deployment", "crd"})
public final class CrdVersionMismatchRule implements Rule {
  @Override
  public void check(RuleContext ctx) {
    ServedVersions crds = ctx.attachments().servedVersions();
    if (!crds.any()) {
      return;
    }
    ExternalDnsInstance instance = ctx.input().instance();
    ExternalDnsOptions options = ctx.options();
    if (instance == null && !options.isSet(ExternalDnsOption.SOURCE)) {
      return; // no external-dns in the manifests and no --source: gwdns's defaults are no
      // deployment to check
    }
    ExternalDnsVersion version = options.version();
    Map<String, String> reads = new LinkedHashMap<>();
    // Gateways and HTTPRoutes are read at v1 from v0.21.0 on, at v1beta1 in v0.19.0 and v0.20.0
    // (GRPCRoutes at v1 in all three); older releases are not judged.
    boolean v1Reads = version == null || version.isAtLeast(new ExternalDnsVersion(0, 21, 0));
    boolean known = v1Reads || version.isAtLeast(new ExternalDnsVersion(0, 19, 0));
    if (!options.sources().isEmpty() && known) {
      reads.put("gateways", v1Reads ? "v1" : "v1beta1");
    }
    for (RouteKind kind : options.sources()) {
      String plural = kind.kind().toLowerCase(Locale.ROOT) + "s";
      switch (kind) {
        case HTTP -> {
          if (known) {
            reads.put(plural, v1Reads ? "v1" : "v1beta1");
          }
        }
        case GRPC -> {
          if (known) {
            reads.put(plural, "v1");
          }
        }
        case TLS -> reads.put(plural, version == null ? "v1" : version.tlsRouteVersion());
        case TCP, UDP -> reads.put(plural, "v1alpha2");
      }
    }
    if (options.gatewayListenerSets() && (version == null || version.supportsListenerSets())) {
      reads.put("listenersets", "v1");
    }
    String who =
        instance == null
            ? "external-dns" + (version == null ? "" : " " + version)
            : instance.label() + (version == null ? "" : " (external-dns " + version + ")");
    for (Map.Entry<String, String> e : reads.entrySet()) {
      String name = e.getKey() + ".gateway.networking.k8s.io";
      GenericObject crd = crds.crd(e.getKey());
      String message;
      FieldPath at;
      KubeObject where;
      if (crd == null) {
        message =
            "the manifests install Gateway API CRDs but not "
                + name
                + ", which "
                + who
                + " watches at "
                + e.getValue();
        // The fix is to the external-dns (or the CRD set): report at the external-dns when there is
        // one.
        where = instance != null ? instance.object() : crds.first();
        at = instance != null ? instance.at() : FieldPath.root();
      } else {
        where = crd;
        List<String> served = crds.served(e.getKey());
        if (served.contains(e.getValue())) {
          continue;
        }
        message =
            "CRD "
                + name
                + " serves "
                + (served.isEmpty() ? "no version" : String.join(", ", served))
                + ", but "
                + who
                + " watches "
                + e.getKey()
                + " at "
                + e.getValue();
        at = FieldPath.parse("spec.versions");
      }
      var report =
          ctx.report(
                  where,
                  at,
                  message
                      + ": its informer never syncs, external-dns fails at startup and publishes no"
                      + " record at all. Fix: serve "
                      + e.getValue()
                      + (e.getValue().equals("v1alpha2")
                          ? " (the experimental channel CRDs do)"
                          : "")
                      + ", or "
                      + (e.getKey().equals("tlsroutes") && e.getValue().equals("v1alpha2")
                          ? "upgrade external-dns to v0.22.0, which reads TLSRoute v1, or "
                          : e.getValue().equals("v1beta1")
                              ? "upgrade external-dns to v0.21.0 or later, which reads "
                                  + e.getKey()
                                  + " at v1, or "
                              : "")
                      + "drop the source.")
              .lead(
                  "external-dns publishes no DNS record at all: it watches a Gateway API resource in"
                      + " a version this cluster's Gateway API does not provide, and fails as it starts.")
              .key(e.getKey(), e.getValue());
      if (instance != null && where != instance.object()) {
        report.related(instance.object(), instance.at(), "the external-dns that watches it");
      }
      report.add();
    }
  }
}
