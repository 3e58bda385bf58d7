package io.github.gwdns.core.predict;

import io.github.gwdns.core.attach.Attachments;
import io.github.gwdns.core.attach.PredictedStatus;
import io.github.gwdns.core.model.Gateway;
import io.github.gwdns.core.model.GatewayAddress;
import io.github.gwdns.core.model.ListenerSet;
import io.github.gwdns.core.model.ListenerSetStatus;
import io.github.gwdns.core.model.Route;
import io.github.gwdns.core.model.RouteParentStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * The status external-dns reads, per {@link StatusMode}: written in the manifests (observed) or
 * predicted by the controller simulation. Gateway addresses are never predicted: without a status
 * block they are unknown (predicted and auto modes) or absent (observed mode).
 */
final class StatusSource {
  private final StatusMode mode;
  private final Attachments attachments;

  StatusSource(StatusMode mode, Attachments attachments) {
    this.mode = mode;
    this.attachments = attachments;
  }

  StatusOrigin origin(Route route) {
    return mode == StatusMode.OBSERVED || (mode == StatusMode.AUTO && route.status() != null)
        ? StatusOrigin.OBSERVED
        : StatusOrigin.PREDICTED;
  }

  /** The route's {@code status.parents} as external-dns sees them. */
  List<RouteParentStatus> parents(Route route) {
    if (origin(route) == StatusOrigin.OBSERVED) {
      return route.status() == null ? List.of() : route.status().parents();
    }
    return PredictedStatus.routeStatus(route, attachments).parents();
  }

  /** The Gateway's status addresses, or null when they are not known yet. */
  List<String> addresses(Gateway gateway) {
    if (gateway.status() == null) {
      return mode == StatusMode.OBSERVED ? List.of() : null;
    }
    List<String> values = new ArrayList<>();
    for (GatewayAddress a : gateway.status().addresses()) {
      if (a.value() != null && !a.value().isEmpty()) {
        values.add(a.value());
      }
    }
    return values;
  }

  /** The ListenerSet's status as external-dns sees it; null means "no status". */
  ListenerSetStatus listenerSetStatus(ListenerSet set, Gateway gateway) {
    boolean observed =
        mode == StatusMode.OBSERVED || (mode == StatusMode.AUTO && set.status() != null);
    if (observed) {
      return set.status();
    }
    return PredictedStatus.listenerSetStatus(
        set, attachments, gateway == null ? null : attachments.view(gateway));
  }
}
