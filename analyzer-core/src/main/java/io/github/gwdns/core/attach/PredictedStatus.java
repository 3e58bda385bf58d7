package io.github.gwdns.core.attach;

import io.github.gwdns.core.model.Condition;
import io.github.gwdns.core.model.Gateway;
import io.github.gwdns.core.model.Listener;
import io.github.gwdns.core.model.ListenerSet;
import io.github.gwdns.core.model.ListenerSetStatus;
import io.github.gwdns.core.model.ListenerStatus;
import io.github.gwdns.core.model.Route;
import io.github.gwdns.core.model.RouteGroupKind;
import io.github.gwdns.core.model.RouteKind;
import io.github.gwdns.core.model.RouteParentStatus;
import io.github.gwdns.core.model.RouteStatus;
import io.github.gwdns.core.vocabulary.GatewayApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The status a conformant controller would write, built from the {@link Attachments}: a route's
 * {@code status.parents} (one entry per parentRef the controller reconciles), a ListenerSet's
 * conditions, and each listener's {@code attachedRoutes}, {@code supportedKinds} and conditions.
 */
public final class PredictedStatus {
  private PredictedStatus() {}

  /** The route's predicted {@code status}; parentRefs no controller reconciles get no entry. */
  public static RouteStatus routeStatus(Route route, Attachments attachments) {
    List<RouteParentStatus> parents = new ArrayList<>();
    for (ParentResolution r : attachments.of(route)) {
      if (!r.outcome().hasStatus()) {
        continue;
      }
      GatewayView view = attachments.view(r.gateway());
      if (r.outcome() == AttachmentOutcome.LISTENERSET_NOT_ALLOWED
          && !view.profile().writesStatusForUnadmittedListenerSet()) {
        continue;
      }
      boolean accepted = r.accepted();
      List<Condition> conditions =
          List.of(
              new Condition(
                  "Accepted",
                  accepted ? "True" : "False",
                  r.outcome().reason(),
                  statusMessage(r, attachments)),
              new Condition(
                  "ResolvedRefs",
                  "True",
                  "ResolvedRefs",
                  "gwdns does not check backend references"));
      parents.add(
          new RouteParentStatus(parents.size(), r.parentRef(), view.controllerName(), conditions));
    }
    return new RouteStatus(parents);
  }

  private static String statusMessage(ParentResolution r, Attachments attachments) {
    if (!r.accepted()) {
      return r.message();
    }
    List<Attachments.RouteKindContest> contests = attachments.contests(r);
    if (contests.isEmpty()) {
      for (Attachments.Layer4Contest c : attachments.layer4Contests()) {
        if (c.resolution() == r) {
          return "Route is accepted unless "
              + c.rivals().stream()
                  .map(x -> x.kind() + " " + x.ref().namespacedName())
                  .collect(java.util.stream.Collectors.joining(", "))
              + (c.more() ? " and others" : "")
              + " is older (or first by namespace/name): "
              + c.listener().display()
              + " takes one "
              + r.route().kind();
        }
      }
      return "Route is accepted";
    }
    // gwdns does not pick the winner: the status says that it may be the other route.
    Attachments.RouteKindContest c = contests.get(0);
    return "Route is accepted unless "
        + c.rivals().stream()
            .map(x -> x.kind() + " " + x.ref().namespacedName())
            .collect(java.util.stream.Collectors.joining(", "))
        + (c.more() ? " and others" : "")
        + " is older (or first by namespace/name): it shares hostnames with this route on "
        + c.listener().display()
        + ", where the controller accepts only one of an HTTPRoute and a GRPCRoute";
  }

  /**
   * A ListenerSet's predicted status: accepted when its Gateway admits it and a listener is free of
   * conflicts.
   */
  public static ListenerSetStatus listenerSetStatus(
      ListenerSet set, Attachments attachments, GatewayView view) {
    GatewayView.ListenerSetAdmission admission = view == null ? null : view.admission(set);
    List<ListenerStatus> listeners = new ArrayList<>();
    boolean anyFree = false;
    for (Listener l : set.listeners()) {
      OwnedListener owned = new OwnedListener(set, l);
      ListenerStatus status =
          listenerStatus(owned, attachments, view, admission != null && admission.allowed());
      anyFree |= status.conditions().get(0).isTrue("Accepted");
      listeners.add(status);
    }
    Condition accepted;
    if (view == null) {
      accepted = new Condition("Accepted", "False", "NoMatchingParent", "parent Gateway not found");
    } else if (admission == null || !admission.allowed()) {
      accepted =
          new Condition(
              "Accepted", "False", "NotAllowed", admission == null ? "" : admission.reason());
    } else if (!anyFree) {
      accepted =
          new Condition("Accepted", "False", "ListenersNotValid", "every listener conflicts");
    } else {
      accepted = new Condition("Accepted", "True", "Accepted", "ListenerSet is accepted");
    }
    return new ListenerSetStatus(List.of(accepted), listeners);
  }

  /**
   * The Gateway's {@code status.attachedListenerSets}: its ListenerSets that are attached, meaning
   * admitted by {@code allowedListeners}, naming the Gateway as parent, and {@code Accepted=True}.
   */
  public static int attachedListenerSets(Attachments attachments, GatewayView view) {
    int attached = 0;
    for (GatewayView.ListenerSetAdmission a : view.listenerSets()) {
      if (a.allowed()
          && listenerSetStatus(a.listenerSet(), attachments, view)
              .conditions()
              .get(0)
              .isTrue("Accepted")) {
        attached++;
      }
    }
    return attached;
  }

  /** The predicted status of each of the Gateway's own listeners. */
  public static List<ListenerStatus> gatewayListeners(
      Gateway gateway, Attachments attachments, GatewayView view) {
    List<ListenerStatus> listeners = new ArrayList<>();
    for (Listener l : gateway.listeners()) {
      listeners.add(listenerStatus(new OwnedListener(gateway, l), attachments, view, true));
    }
    return listeners;
  }

  private static ListenerStatus listenerStatus(
      OwnedListener owned, Attachments attachments, GatewayView view, boolean admitted) {
    Listener l = owned.listener();
    ControllerProfile profile = view == null ? ControllerProfile.SPEC : view.profile();
    Set<RouteKind> supported = profile.supportedKinds(l);
    List<RouteGroupKind> kinds = new ArrayList<>();
    List<RouteGroupKind> invalid = ListenerReadiness.invalidKinds(l, supported);
    boolean invalidKinds = !invalid.isEmpty();
    if (l.allowedRoutes().kinds().isEmpty()) {
      supported.forEach(k -> kinds.add(new RouteGroupKind(GatewayApi.GROUP, k.kind())));
    } else {
      l.allowedRoutes().kinds().stream().filter(k -> !invalid.contains(k)).forEach(kinds::add);
    }
    GatewayView.Conflict conflict = view == null ? null : view.conflict(owned);
    List<Condition> conditions = new ArrayList<>();
    if (!admitted) {
      conditions.add(
          new Condition(
              "Accepted", "False", "NotAllowed", "the Gateway does not admit this ListenerSet"));
    } else if (conflict != null) {
      conditions.add(
          new Condition(
              "Accepted",
              "False",
              conflict.reason(),
              "conflicts with " + conflict.with().display()));
    } else if (supported.isEmpty()) {
      conditions.add(
          new Condition(
              "Accepted",
              "False",
              "UnsupportedProtocol",
              "protocol " + l.protocol() + " is not supported"));
    } else {
      conditions.add(new Condition("Accepted", "True", "Accepted", "Listener is accepted"));
    }
    conditions.add(
        conflict == null
            ? new Condition("Conflicted", "False", "NoConflicts", "No conflicts")
            : new Condition(
                "Conflicted",
                "True",
                conflict.reason(),
                "conflicts with " + conflict.with().display()));
    conditions.add(
        invalidKinds
            ? new Condition(
                "ResolvedRefs",
                "False",
                "InvalidRouteKinds",
                "some allowedRoutes.kinds are not supported by protocol " + l.protocol())
            : new Condition(
                "ResolvedRefs", "True", "ResolvedRefs", "Resolved all the Object references"));
    return new ListenerStatus(l.name(), attachments.attachedRoutes(owned), kinds, conditions);
  }
}
