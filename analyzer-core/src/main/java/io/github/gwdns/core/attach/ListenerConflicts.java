package io.github.gwdns.core.attach;

import io.github.gwdns.core.model.Listener;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds conflicted listeners (Gateway API v1.6, listener distinctness):
 *
 * <ul>
 *   <li>Within one Gateway or ListenerSet, listeners on one port whose protocols cannot share it
 *       (HTTP; HTTPS and TLS; TCP) are all conflicted, with no winner: {@code ProtocolConflict}.
 *   <li>Across a Gateway and its ListenerSets, the Gateway's listeners win, then ListenerSets in
 *       merge order; a later listener on the same port with an incompatible protocol, or the same
 *       protocol and hostname, is conflicted ({@code ProtocolConflict}, {@code HostnameConflict}),
 *       and only it: the other listeners of its ListenerSet are judged without it.
 * </ul>
 *
 * Two listeners of one object with the same port, protocol and hostname are rejected by the API
 * server already (invalid-manifest), so they are not conflicts here. Implementations that check
 * layer-4 and layer-7 listeners apart (Envoy Gateway before v1.7.4) let a TCP listener share a port
 * with HTTP, HTTPS and TLS listeners.
 */
final class ListenerConflicts {
  static final String PROTOCOL_CONFLICT = "ProtocolConflict";
  static final String HOSTNAME_CONFLICT = "HostnameConflict";

  private ListenerConflicts() {}

  /**
   * @param groups the Gateway's own listeners first, then each admitted ListenerSet's, in merge
   *     order
   * @param tcpWithLayer7 whether a TCP listener conflicts with HTTP, HTTPS and TLS listeners on its
   *     port
   */
  static Map<String, GatewayView.Conflict> find(
      List<List<OwnedListener>> groups, boolean tcpWithLayer7) {
    Map<String, GatewayView.Conflict> conflicts = new HashMap<>();
    List<OwnedListener> winners = new ArrayList<>();
    for (List<OwnedListener> group : groups) {
      // A ListenerSet's listener first meets the listeners that precede it in the merged list
      // (the Gateway's, earlier ListenerSets'): losing to one of those rejects only it, and the
      // rest of its set still counts (conformance: listenerset-protocol-conflict). Only then do
      // the survivors of one object meet each other, with no winner.
      List<OwnedListener> survivors = new ArrayList<>();
      for (OwnedListener candidate : group) {
        GatewayView.Conflict conflict = againstWinners(candidate, winners, tcpWithLayer7);
        if (conflict != null) {
          conflicts.put(candidate.key(), conflict);
        } else {
          survivors.add(candidate);
        }
      }
      withinOneObject(survivors, conflicts, tcpWithLayer7);
      survivors.stream().filter(l -> !conflicts.containsKey(l.key())).forEach(winners::add);
    }
    return conflicts;
  }

  private static void withinOneObject(
      List<OwnedListener> listeners,
      Map<String, GatewayView.Conflict> conflicts,
      boolean tcpWithLayer7) {
    Map<String, List<OwnedListener>> byPort = new HashMap<>();
    for (OwnedListener l : listeners) {
      if (compatibilityGroup(l.listener()) > 0) {
        byPort
            .computeIfAbsent(
                l.listener().port() + plane(l.listener(), tcpWithLayer7), p -> new ArrayList<>())
            .add(l);
      }
    }
    for (List<OwnedListener> onPort : byPort.values()) {
      Set<Integer> groups = new HashSet<>();
      for (OwnedListener l : onPort) {
        groups.add(compatibilityGroup(l.listener()));
      }
      if (groups.size() > 1) {
        for (OwnedListener l : onPort) {
          OwnedListener other =
              onPort.stream()
                  .filter(o -> compatibilityGroup(o.listener()) != compatibilityGroup(l.listener()))
                  .findFirst()
                  .orElseThrow();
          conflicts.put(l.key(), new GatewayView.Conflict(PROTOCOL_CONFLICT, other));
        }
      }
    }
  }

  private static GatewayView.Conflict againstWinners(
      OwnedListener candidate, List<OwnedListener> winners, boolean tcpWithLayer7) {
    Listener l = candidate.listener();
    for (OwnedListener winner : winners) {
      Listener w = winner.listener();
      if (w.port() != l.port()
          || transport(w) != transport(l)
          || !plane(w, tcpWithLayer7).equals(plane(l, tcpWithLayer7))) {
        continue;
      }
      int wg = compatibilityGroup(w);
      int lg = compatibilityGroup(l);
      if (wg > 0 && lg > 0 && wg != lg) {
        return new GatewayView.Conflict(PROTOCOL_CONFLICT, winner);
      }
      if (w.protocol().equals(l.protocol()) && Objects.equals(w.hostname(), l.hostname())) {
        return new GatewayView.Conflict(HOSTNAME_CONFLICT, winner);
      }
    }
    return null;
  }

  /**
   * Protocols that can share a TCP port: HTTP (1); HTTPS and TLS (2, told apart by SNI); TCP (3).
   * 0: not a TCP protocol gwdns knows.
   */
  private static int compatibilityGroup(Listener l) {
    return switch (l.protocol()) {
      case "HTTP" -> 1;
      case "HTTPS", "TLS" -> 2;
      case "TCP" -> 3;
      default -> 0;
    };
  }

  /**
   * Listeners in different planes never conflict: all one plane, unless TCP is checked apart from
   * layer 7.
   */
  private static String plane(Listener l, boolean tcpWithLayer7) {
    return !tcpWithLayer7 && l.protocol().equals("TCP") ? "/l4" : "";
  }

  private static String transport(Listener l) {
    return l.protocol().equals("UDP") ? "udp" : "tcp";
  }
}
