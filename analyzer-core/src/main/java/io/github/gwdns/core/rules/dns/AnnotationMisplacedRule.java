package io.github.gwdns.core.rules.dns;

import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.model.Gateway;
import io.github.gwdns.core.model.KubeObject;
import io.github.gwdns.core.model.Route;
import io.github.gwdns.core.predict.ExternalDnsAnnotations;
import io.github.gwdns.core.rules.Rule;
import io.github.gwdns.core.rules.RuleContext;
import io.github.gwdns.core.rules.RuleInfo;
import io.github.gwdns.core.rules.Wording;
import java.util.ArrayList;
import java.util.List;

@RuleInfo(
    id = "annotation-misplaced",
    severity = Severity.WARNING,
    summary =
        "An external-dns annotation sits on an object where external-dns ignores it, or holds an empty target",
    description =
        "For Gateway API sources, external-dns reads only the target annotation from Gateways (and"
            + " ListenerSets), and every other annotation (hostname, ttl, set-identifier, provider-specific"
            + " ones such as cloudflare-proxied) only from routes. A target on a route, or a ttl on a Gateway,"
            + " has no effect. A target annotation with an empty item (a stray comma) gives every name on the"
            + " Gateway an empty CNAME target, since external-dns keeps empty items.",
    remediation = "Move the annotation: target to the Gateway, the others to the routes",
    tags = {"external-dns", "annotations"})
public final class AnnotationMisplacedRule implements Rule {
  /**
   * The annotation keys the {@code --annotation-filter} of any external-dns of the cluster (or the
   * one given) selects on: a route carries such an annotation to be picked, wherever external-dns
   * reads its value.
   */
  private static java.util.Set<String> filterKeys(RuleContext ctx) {
    java.util.Set<String> keys = new java.util.HashSet<>();
    List<String> filters = new ArrayList<>();
    filters.add(ctx.options().annotationFilter());
    ctx.input().instances().forEach(i -> filters.add(i.options().annotationFilter()));
    for (String filter : filters) {
      if (filter == null || filter.isBlank()) {
        continue;
      }
      try {
        io.github.gwdns.core.model.LabelSelector selector =
            io.github.gwdns.core.predict.SelectorParser.parse(filter);
        keys.addAll(selector.matchLabels().keySet());
        selector.matchExpressions().forEach(r -> keys.add(r.key()));
      } catch (IllegalArgumentException e) {
        // an invalid filter is reported where it is read
      }
    }
    return keys;
  }

  @Override
  public void check(RuleContext ctx) {
    String prefix = ctx.options().annotationPrefix();
    java.util.Set<String> filterKeys = filterKeys(ctx);
    List<KubeObject> objects = new ArrayList<>(ctx.inventory().routes());
    objects.addAll(ctx.inventory().manifests().gateways());
    objects.addAll(ctx.inventory().manifests().listenerSets());
    for (KubeObject o : objects) {
      for (String key : o.metadata().annotations().keySet()) {
        if (!key.startsWith(prefix) || filterKeys.contains(key)) {
          // A key an --annotation-filter selects on is how the route asks to be published.
          continue;
        }
        String name = key.substring(prefix.length());
        String message = null;
        if (o instanceof Route && name.equals(ExternalDnsAnnotations.TARGET)) {
          message =
              "external-dns reads `target` from the Gateway, never from a route; this route's records point"
                  + " at its Gateway's address. Fix: move the annotation to the Gateway (it then applies to every route on it)"
                  + ", or remove it.";
        } else if (!(o instanceof Route)
            && name.equals(ExternalDnsAnnotations.TARGET)
            && ExternalDnsAnnotations.targets(o.metadata().annotation(key)).contains("")) {
          String value = o.metadata().annotation(key);
          message =
              "`"
                  + value
                  + "` has an empty item"
                  + (value.isBlank() ? " (it is only spaces)" : "")
                  + ". external-dns keeps empty items as targets, and a non-empty annotation never falls back to"
                  + " status.addresses, so every name on this "
                  + o.kind()
                  + " gets a CNAME whose target is empty."
                  + " Fix: remove the stray comma"
                  + (value.isBlank() ? ", or the annotation" : "")
                  + ".";
        } else if (o instanceof Gateway
            && ExternalDnsAnnotations.isRouteEndpointAnnotation(name)
            && !name.equals(ExternalDnsAnnotations.CONTROLLER)) {
          message =
              "external-dns reads `"
                  + name
                  + "` from routes, never from a Gateway, so it has no effect here."
                  + " Fix: set it on the routes attached to the Gateway.";
        }
        if (message != null) {
          ctx.report(
                  o,
                  FieldPath.root().field("metadata").field("annotations").field(key),
                  Wording.object(o) + ": annotation `" + key + "`: " + message)
              .lead(
                  Wording.object(o)
                      + ": annotation `"
                      + key
                      + "` does not do what it seems to here"
                      + (name.equals(ExternalDnsAnnotations.TARGET) && !(o instanceof Route)
                          ? ": it gives the records an empty target."
                          : ": external-dns ignores it on " + Wording.article(o.kind()) + "."))
              .key(key)
              .add();
        }
      }
    }
  }
}
