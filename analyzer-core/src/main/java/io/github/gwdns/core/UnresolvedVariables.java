package io.github.gwdns.core;

import io.github.gwdns.core.finding.Notice;
import io.github.gwdns.core.model.Gateway;
import io.github.gwdns.core.model.Inventory;
import io.github.gwdns.core.model.Listener;
import io.github.gwdns.core.model.Route;
import io.github.gwdns.core.model.Variables;
import java.util.Set;
import java.util.TreeSet;

/** One notice naming the Flux variables hostnames still hold, so users know names are compared as written. */
final class UnresolvedVariables {
  private UnresolvedVariables() {}

  static Notice notice(Inventory inventory) {
    Set<String> names = new TreeSet<>();
    int hostnames = 0;
    for (Route r : inventory.routes()) {
      for (String h : r.hostnames()) {
        if (Variables.hasVariable(h)) {
          hostnames++;
          names.addAll(Variables.names(h));
        }
      }
    }
    for (Gateway g : inventory.manifests().gateways()) {
      for (Listener l : g.listeners()) {
        if (Variables.hasVariable(l.hostname())) {
          hostnames++;
          names.addAll(Variables.names(l.hostname()));
        }
      }
    }
    if (hostnames == 0) {
      return null;
    }
    return new Notice(hostnames + " hostnames hold Flux variables that are substituted when the manifests are applied ("
        + String.join(", ", names.stream().map(n -> "${" + n + "}").toList())
        + "); gwdns compares them as written, and reports what it cannot decide as notes", "");
  }
}
