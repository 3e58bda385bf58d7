package io.github.gwdns.core.rules;

import io.github.gwdns.core.attach.Attachments;
import io.github.gwdns.core.attach.Check;
import io.github.gwdns.core.attach.CheckKind;
import io.github.gwdns.core.attach.ListenerCheck;
import io.github.gwdns.core.attach.ListenerReadiness;
import io.github.gwdns.core.attach.ParentResolution;
import io.github.gwdns.core.model.ParentReference;
import io.github.gwdns.core.model.Route;
import io.github.gwdns.core.predict.DnsPlan;
import io.github.gwdns.core.predict.ListenerMatch;
import io.github.gwdns.core.predict.ParentStep;
import io.github.gwdns.core.predict.ParentTrace;
import io.github.gwdns.core.predict.RouteTrace;
import io.github.gwdns.core.predict.StatusOrigin;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Assigns each route parentRef that yields no DNS record exactly one {@link Cause}, computed once
 * from the controller's decisions and external-dns's trace, so that every rule reads the same
 * verdict and no parentRef is reported twice.
 *
 * <p>With predicted status the controller decides first: a parentRef it rejects is reported with
 * its reason (for listener rejections, the listener that came closest). A parentRef it accepts can
 * still be dropped by external-dns (a filtered Gateway, external-dns's own listener match); that is
 * reported with external-dns's reason. With observed status, the status written in the manifest is
 * what external-dns follows; the simulation only explains it.
 */
public final class Causes {
  private final List<ParentCause> all = new ArrayList<>();
  private final Map<Cause, List<ParentCause>> byCause = new EnumMap<>(Cause.class);

  private final Attachments attachments;

  public Causes(Attachments attachments, DnsPlan plan) {
    this.attachments = attachments;
    for (RouteTrace trace : plan.traces()) {
      if (trace.filteredBy() == null && trace.error() == null) {
        classify(trace, attachments.of(trace.route()));
      }
    }
    for (ParentCause c : all) {
      byCause.computeIfAbsent(c.cause(), k -> new ArrayList<>()).add(c);
    }
  }

  /** Every cause, route by route. */
  public List<ParentCause> all() {
    return Collections.unmodifiableList(all);
  }

  /** The causes of one kind. */
  public List<ParentCause> of(Cause cause) {
    return byCause.getOrDefault(cause, List.of());
  }

  private void classify(RouteTrace trace, List<ParentResolution> resolutions) {
    Route route = trace.route();
    if (route.parentRefs().isEmpty()) {
      all.add(new ParentCause(Cause.PARENT_NOT_FOUND, route, null, null, null, null, null));
      return;
    }
    for (ParentResolution r : resolutions) {
      if (r.gateway() != null && r.gateway().meshOnly()) {
        continue; // a route on a mesh waypoint asks for no DNS name
      }
      ParentTrace p = traceOf(trace, r.parentRef());
      boolean predicted = trace.statusOrigin() == StatusOrigin.PREDICTED;
      Cause fromController = null;
      Cause fromExternalDns = null;
      if (predicted) {
        if (!r.accepted()) {
          fromController = controller(r, attachments);
        } else if (p != null && !p.used()) {
          fromExternalDns = externalDns(p, trace);
        }
      } else if (p == null) {
        // The written status has no entry for this parentRef: explain with the simulation.
        fromController = r.accepted() ? Cause.ROUTE_NOT_ACCEPTED : controller(r, attachments);
      } else if (!p.used()) {
        if (p.failedStep() == ParentStep.ACCEPTED && !r.accepted()) {
          fromController = controller(r, attachments);
        } else {
          fromExternalDns = externalDns(p, trace);
        }
      }
      if (fromController != null) {
        all.add(new ParentCause(fromController, route, r.parentRef(), r, p, r.closest(), null));
      } else if (fromExternalDns != null) {
        ListenerMatch closest = p.failedStep() == ParentStep.LISTENERS ? closest(p) : null;
        all.add(new ParentCause(fromExternalDns, route, r.parentRef(), r, p, null, closest));
      }
    }
    // Status parents that are no longer in spec.parentRefs: a stale status.
    for (ParentTrace p : trace.parents()) {
      if (p.failedStep() == ParentStep.IN_SPEC) {
        all.add(new ParentCause(Cause.ROUTE_NOT_ACCEPTED, route, null, null, p, null, null));
      }
    }
  }

  /**
   * The status parent external-dns followed for a spec parentRef: same object, same section and
   * port preferred.
   */
  private static ParentTrace traceOf(RouteTrace trace, ParentReference ref) {
    ParentTrace sameObject = null;
    for (ParentTrace p : trace.parents()) {
      ParentReference s = p.status().parentRef();
      if (p.failedStep() == ParentStep.IN_SPEC || !sameObjectDefaulted(s, ref)) {
        continue;
      }
      if (Objects.equals(s.sectionName(), ref.sectionName())
          && Objects.equals(s.port(), ref.port())) {
        return p;
      }
      if (sameObject == null) {
        sameObject = p;
      }
    }
    return sameObject;
  }

  private static boolean sameObjectDefaulted(ParentReference status, ParentReference spec) {
    String group = status.group().isEmpty() ? spec.group() : status.group();
    String kind = status.kind().isEmpty() ? spec.kind() : status.kind();
    return group.equals(spec.group())
        && kind.equals(spec.kind())
        && status.namespace().equals(spec.namespace())
        && status.name().equals(spec.name());
  }

  /** The cause of a controller rejection. */
  static Cause controller(ParentResolution r, Attachments attachments) {
    return switch (r.outcome()) {
      case ACCEPTED -> null;
      case PARENT_NOT_FOUND -> Cause.PARENT_NOT_FOUND;
      case PARENT_UNSUPPORTED_KIND -> Cause.PARENT_UNSUPPORTED_KIND;
      case GATEWAYCLASS_NOT_FOUND -> Cause.GATEWAYCLASS_NOT_FOUND;
      case LISTENERSET_NOT_ALLOWED -> Cause.LISTENERSET_NOT_ALLOWED;
      case SECTION_NOT_FOUND -> Cause.SECTION_NOT_FOUND;
      case PORT_MISMATCH -> Cause.PORT_MISMATCH;
      case NO_MATCHING_LISTENER_HOSTNAME -> Cause.HOSTNAME_MISMATCH;
      case LISTENER_CONFLICTED -> Cause.LISTENER_CONFLICT;
      case ROUTE_UNSUPPORTED, KIND_NOT_WATCHED -> Cause.ROUTE_NOT_ACCEPTED;
      case NO_READY_LISTENERS -> {
        // The listener that would take the route is not ready: reported by the rule of what keeps
        // it so.
        ListenerCheck closest = r.closest();
        ListenerReadiness.Problem problem =
            closest == null
                ? null
                : ListenerReadiness.problem(closest.listener(), attachments.view(r.gateway()));
        yield problem == ListenerReadiness.Problem.INVALID_KINDS
            ? Cause.KIND_NOT_ALLOWED
            : problem == ListenerReadiness.Problem.UNSUPPORTED_PROTOCOL
                ? Cause.PROTOCOL_MISMATCH
                : Cause.LISTENER_CONFLICT;
      }
      case NOT_ALLOWED_BY_LISTENERS -> {
        ListenerCheck closest = r.closest();
        yield switch (closest == null
            ? io.github.gwdns.core.attach.ListenerVerdict.PROTOCOL_MISMATCH
            : closest.verdict()) {
          case KIND_NOT_ALLOWED -> Cause.KIND_NOT_ALLOWED;
          case NAMESPACE_NOT_ALLOWED -> Cause.NAMESPACE_NOT_ALLOWED;
          default -> Cause.PROTOCOL_MISMATCH;
        };
      }
    };
  }

  /** The cause of an entry external-dns skipped. */
  static Cause externalDns(ParentTrace p, RouteTrace trace) {
    return switch (p.failedStep()) {
      case IN_SPEC, ACCEPTED -> Cause.ROUTE_NOT_ACCEPTED;
      case SUPPORTED_KIND -> Cause.PARENT_UNSUPPORTED_KIND;
      case FOUND -> p.parent() == null ? Cause.PARENT_NOT_FOUND : Cause.GATEWAY_FILTERED;
      case GATEWAY_NAME -> Cause.GATEWAY_FILTERED;
      case LISTENERSET_ATTACHED -> Cause.LISTENERSET_NOT_ALLOWED;
      case SECTION -> Cause.SECTION_NOT_FOUND;
      case LISTENERS -> listeners(p, trace);
    };
  }

  private static Cause listeners(ParentTrace p, RouteTrace trace) {
    ListenerMatch closest = closest(p);
    if (closest == null) {
      return Cause.LISTENERSET_NOT_ALLOWED;
    }
    Check failed = closest.failed();
    return switch (failed.kind()) {
      case PROTOCOL -> Cause.PROTOCOL_MISMATCH;
      case PORT -> Cause.PORT_MISMATCH;
      case NAMESPACES -> Cause.NAMESPACE_NOT_ALLOWED;
      case KINDS -> Cause.KIND_NOT_ALLOWED;
      case HOSTNAMES, CONFLICTS, READY ->
          noHostname(p, trace) ? Cause.NO_HOSTNAME : Cause.HOSTNAME_MISMATCH;
    };
  }

  /**
   * No hostname candidate but "", and every listener that passed all but the hostname check has no
   * hostname.
   */
  private static boolean noHostname(ParentTrace p, RouteTrace trace) {
    if (!trace.candidates().stream().allMatch(String::isEmpty)) {
      return false;
    }
    for (ListenerMatch m : p.listeners()) {
      Check failed = m.failed();
      if (failed != null
          && failed.kind() == CheckKind.HOSTNAMES
          && m.listener().listener().hostname() != null) {
        return false;
      }
    }
    return true;
  }

  /** The external-dns listener that passed the most checks, in order. */
  static ListenerMatch closest(ParentTrace p) {
    return p.listeners().stream()
        .max(Comparator.comparingLong(m -> m.checks().stream().takeWhile(Check::passed).count()))
        .orElse(null);
  }
}
