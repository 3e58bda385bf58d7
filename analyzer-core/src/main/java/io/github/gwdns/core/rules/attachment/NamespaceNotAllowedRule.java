package io.github.gwdns.core.rules.attachment;

import io.github.gwdns.core.attach.NamespacePolicy;
import io.github.gwdns.core.attach.OwnedListener;
import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.model.AllowedRoutes;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.model.FromNamespaces;
import io.github.gwdns.core.rules.Cause;
import io.github.gwdns.core.rules.ParentCause;
import io.github.gwdns.core.rules.RuleContext;
import io.github.gwdns.core.rules.RuleInfo;
import io.github.gwdns.core.rules.Wording;

@RuleInfo(
    id = "namespace-not-allowed",
    severity = Severity.ERROR,
    otherLevels = {Severity.NOTE},
    summary = "No listener of the parent admits routes from the route's namespace",
    description =
        "A listener admits routes only from the namespaces its allowedRoutes.namespaces names;"
            + " without allowedRoutes that is Same, the Gateway's own namespace. A Selector matches the"
            + " Namespace's labels, including kubernetes.io/metadata.name that the API server adds. A"
            + " cross-namespace route that no listener admits is NotAllowedByListeners: no status Accepted, no DNS."
            + " When the route's Namespace is not in the manifests, a Selector cannot be judged: a note says which"
            + " labels would admit it.",
    remediation =
        "Add allowedRoutes.namespaces.from: All to the listener, or a Selector that matches the"
            + " route's namespace, or move the route",
    tags = {"attachment", "cross-namespace"})
public final class NamespaceNotAllowedRule extends ListenerRejectionRule {
  @Override
  String plainWhy(ParentCause c) {
    return Wording.parentName(c.ref())
        + " does not accept routes from namespace `"
        + c.route().metadata().namespace()
        + "`";
  }

  @Override
  Cause cause() {
    return Cause.NAMESPACE_NOT_ALLOWED;
  }

  @Override
  FieldPath listenerField(OwnedListener listener) {
    return listener.path().field("allowedRoutes");
  }

  /**
   * A Selector can only be judged on labels gwdns sees: without the route's Namespace manifest it
   * knows just {@code kubernetes.io/metadata.name}, and the namespace may well carry the label.
   */
  @Override
  String uncertainty(RuleContext ctx, ParentCause c, OwnedListener listener) {
    AllowedRoutes allowed = listener.listener().allowedRoutes();
    String namespace = c.route().metadata().namespace();
    if (allowed.from() != FromNamespaces.SELECTOR
        || allowed.selector() == null
        || ctx.inventory().namespace(namespace) != null) {
      return null;
    }
    return "Cannot tell: the manifests do not define Namespace `"
        + namespace
        + "`, so gwdns sees only its"
        + " kubernetes.io/metadata.name label; if the namespace carries labels matching Selector "
        + NamespacePolicy.describe(allowed.selector())
        + ", the route is admitted. ";
  }

  @Override
  String externalDnsFix(ParentCause c) {
    return "add `allowedRoutes.namespaces.from: All` to "
        + c.externalDnsListener().listener().display()
        + ", or a Selector that matches namespace `"
        + c.route().metadata().namespace()
        + "`";
  }
}
