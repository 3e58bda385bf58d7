package io.github.gwdns.core.rules.attachment;

import io.github.gwdns.core.finding.ObjectRef;
import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.finding.SourceRange;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.model.Gateway;
import io.github.gwdns.core.render.NamespaceSource;
import io.github.gwdns.core.rules.Cause;
import io.github.gwdns.core.rules.ParentCause;
import io.github.gwdns.core.rules.Rule;
import io.github.gwdns.core.rules.RuleContext;
import io.github.gwdns.core.rules.RuleInfo;
import io.github.gwdns.core.rules.Wording;

@RuleInfo(
    id = "parent-not-found",
    severity = Severity.ERROR,
    otherLevels = {Severity.NOTE},
    summary = "A route names a Gateway or ListenerSet that does not exist, or no parent at all",
    description =
        "The parentRef's Gateway (or ListenerSet) is not in the manifests. An unset parentRef"
            + " namespace means the route's own namespace, never the Gateway's. No controller attaches the"
            + " route, it gets no status, and external-dns, which follows only route status, publishes nothing.",
    remediation =
        "Fix the parentRef's name and namespace (set namespace when the Gateway lives elsewhere),"
            + " or add the missing Gateway",
    tags = {"attachment"})
public final class ParentNotFoundRule implements Rule {
  /**
   * A Gateway of the wanted name whose namespace gwdns only assumed (no metadata.namespace and no
   * kustomize or Flux namespace): applied with {@code -n}, it may be exactly the missing parent.
   */
  private static Gateway unplacedNamesake(RuleContext ctx, ParentCause c) {
    if (!"Gateway".equals(c.ref().kind())) {
      return null;
    }
    return ctx.inventory().gatewaysNamed(c.ref().name()).stream()
        .filter(g -> g.metadata().namespaceSource() == NamespaceSource.DEFAULT)
        .findFirst()
        .orElse(null);
  }

  @Override
  public void check(RuleContext ctx) {
    for (ParentCause c : ctx.causes().of(Cause.PARENT_NOT_FOUND)) {
      if (c.ref() == null) {
        ctx.report(
                c.route(),
                FieldPath.parse("spec"),
                Wording.object(c.route())
                    + " has no spec.parentRefs; external-dns follows only routes that name"
                    + " their parents, so it publishes nothing for it. Fix: add spec.parentRefs naming the Gateway.")
            .lead(Wording.noRecordLead(c.route(), true, "it names no Gateway to attach to"))
            .key("no-parent-refs")
            .add();
        continue;
      }
      if (io.github.gwdns.core.render.Variables.hasVariable(c.ref().name())
          || io.github.gwdns.core.render.Variables.hasVariable(c.ref().namespace())) {
        // Flux fills the parent in later: unresolved-variable says so; gwdns cannot tell the
        // parent.
        continue;
      }
      SourceRange rejected =
          ctx.inventory()
              .manifests()
              .rejected(
                  new ObjectRef(
                      c.ref().group(), c.ref().kind(), c.ref().namespace(), c.ref().name()));
      String message =
          Wording.object(c.route())
              + ": parentRefs["
              + c.ref().index()
              + "] names "
              + c.ref().kind()
              + " "
              + c.ref().namespace()
              + "/"
              + c.ref().name()
              + ", which does not exist"
              + (rejected == null
                  ? ""
                  : " (it is defined at "
                      + rejected.display()
                      + ", but the API server rejects it: see the"
                      + " invalid-manifest finding there)")
              + (c.resolution() != null && c.resolution().listenerSet() != null
                  ? " (" + c.resolution().message() + ")"
                  : "")
              + "; no controller attaches the route and "
              + Wording.noRecord(c.route())
              + "."
              + (c.resolution() != null ? Wording.fix(c.resolution(), ctx.inventory()) : "");
      Gateway unplaced = unplacedNamesake(ctx, c);
      io.github.gwdns.core.render.RestOfRepository elsewhere = ctx.input().elsewhere();
      String definedAt =
          elsewhere == null || rejected != null || unplaced != null
              ? null
              : elsewhere.definition(c.ref().kind(), c.ref().name());
      boolean hedged =
          unplaced != null
              || definedAt != null
              || (elsewhere != null && elsewhere.unknown() && rejected == null);
      if (unplaced == null && hedged) {
        message =
            "Cannot tell: the analyzed input is part of a repository, and "
                + c.ref().kind()
                + " "
                + c.ref().namespace()
                + "/"
                + c.ref().name()
                + " may be defined in the rest of it"
                + (definedAt != null
                    ? " ("
                        + definedAt
                        + " defines a "
                        + c.ref().kind()
                        + " named `"
                        + c.ref().name()
                        + "`)"
                    : " (standard input holds only what was piped)")
                + ". Analyze the whole repository (`gwdns check .`), or the directory of the cluster that applies both with"
                + " --cluster DIR, to check this parentRef. "
                + message;
      }
      if (unplaced != null) {
        message =
            "Cannot tell: Gateway `"
                + unplaced.metadata().name()
                + "` at "
                + unplaced.provenance().range().display()
                + " sets no metadata.namespace, so it lands in whatever namespace it is applied to (gwdns assumed `"
                + unplaced.metadata().namespace()
                + "`); applied to namespace `"
                + c.ref().namespace()
                + "` (kubectl apply -n), it is the parent this route names. "
                + message;
      }
      ctx.report(c.route(), Wording.parentRef(c.ref()), message)
          .lead(
              Wording.noRecordLead(
                  c.route(),
                  !hedged,
                  "the "
                      + Wording.parentName(c.ref())
                      + " it names "
                      + (rejected == null ? "does not exist" : "is rejected by the API server")))
          .severity(hedged ? Severity.NOTE : ctx.severityDefault())
          .key(c.ref().identity())
          .add();
    }
  }
}
