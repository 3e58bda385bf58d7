package io.github.gwdns.core.render.chart;

import io.github.gwdns.core.load.ManifestList;
import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.load.ManifestScalar;
import io.github.gwdns.core.load.ScalarKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The part of the bjw-s common values schema ({@code schemas/route.json}, {@code definitions.json})
 * that covers {@code route:}, at each release: Helm validates the values against it before
 * rendering, and a release whose values it rejects installs nothing. Every object of it is closed
 * ({@code additionalProperties: false}): a misspelt key ({@code hostname:}) fails the release. The
 * {@code matches}, {@code filters} and other Gateway API fields it passes through are not checked.
 */
final class BjwsRouteSchema {
  /**
   * One violation: the node it is about (for its file), where exactly (a key, for a key the schema
   * does not allow), and what is wrong with it in words.
   */
  record Violation(
      ManifestNode node,
      io.github.gwdns.core.load.Span span,
      String path,
      String problem,
      String fix) {
    Violation(ManifestNode node, String path, String problem, String fix) {
      this(node, node.span(), path, problem, fix);
    }
  }

  private final BjwsCommonVersion version;

  BjwsRouteSchema(BjwsCommonVersion version) {
    this.version = version;
  }

  private boolean since(int major, int minor, int patch) {
    return version.version().atLeast(major, minor, patch);
  }

  private Set<String> routeKeys() {
    Set<String> keys =
        new TreeSet<>(
            Set.of("annotations", "enabled", "hostnames", "kind", "labels", "parentRefs", "rules"));
    if (since(4, 0, 0)) {
      keys.addAll(Set.of("forceRename", "prefix", "suffix"));
    } else {
      keys.add("nameOverride");
    }
    if (version.listenerSets()) {
      keys.addAll(Set.of("namespaceOverride", "referenceGrant"));
    }
    return keys;
  }

  private Set<String> parentRefKeys() {
    Set<String> keys = new TreeSet<>(Set.of("group", "kind", "name", "namespace", "sectionName"));
    if (since(4, 0, 0)) {
      keys.add("port");
    }
    if (version.listenerSets()) {
      keys.add("identifier");
    }
    return keys;
  }

  private Set<String> ruleKeys() {
    Set<String> keys = new TreeSet<>(Set.of("backendRefs", "filters", "matches", "timeouts"));
    if (since(4, 0, 0)) {
      keys.add("sessionPersistence");
    }
    if (since(4, 5, 0)) {
      keys.add("name");
    }
    return keys;
  }

  private Set<String> backendKeys() {
    Set<String> keys =
        new TreeSet<>(Set.of("group", "kind", "name", "namespace", "port", "weight"));
    if (since(4, 0, 0)) {
      keys.add("identifier");
    }
    return keys;
  }

  /** What the schema rejects in {@code route} (the {@code route:} mapping of the values). */
  List<Violation> check(ManifestNode route) {
    List<Violation> out = new ArrayList<>();
    if (!(route instanceof ManifestMap routes)) {
      if (route != null && !route.isNull()) {
        out.add(
            new Violation(
                route,
                "route",
                "is " + route.describe() + ", not a mapping of routes",
                "write `route:` as a mapping"));
      }
      return out;
    }
    for (ManifestMap.Entry e : routes.entries()) {
      String path = "route." + e.key();
      if (!(e.value() instanceof ManifestMap r)) {
        if (!e.value().isNull()) {
          out.add(
              new Violation(
                  e.value(),
                  path,
                  "is " + e.value().describe() + ", not a mapping",
                  "write the route as a mapping"));
        }
        continue;
      }
      keys(r, path, routeKeys(), out);
      type(r.get("enabled"), path + ".enabled", ScalarKind.BOOLEAN, out);
      strings(r.get("hostnames"), path + ".hostnames", out);
      if (since(4, 0, 0)
          && r.get("forceRename") != null
          && (r.get("prefix") != null || r.get("suffix") != null)) {
        out.add(
            new Violation(
                r.get("forceRename"),
                path + ".forceRename",
                "is set with "
                    + (r.get("prefix") != null ? "`prefix`" : "`suffix`")
                    + ", which it excludes",
                "keep `forceRename`, or `prefix` and `suffix`, not both"));
      }
      metadata(r.get("annotations"), path + ".annotations", out);
      metadata(r.get("labels"), path + ".labels", out);
      for (ManifestMap ref : items(r.get("parentRefs"), path + ".parentRefs", out)) {
        String at = path + ".parentRefs[" + index(r.get("parentRefs"), ref) + "]";
        keys(ref, at, parentRefKeys(), out);
        boolean identifier = version.listenerSets() && ref.get("identifier") != null;
        if (ref.get("name") == null && !identifier) {
          out.add(
              new Violation(
                  ref,
                  at,
                  "has no `name`, which the schema requires"
                      + (version.listenerSets() ? " (or `identifier`)" : ""),
                  "add `name:` (the Gateway's name)"));
        } else if (identifier && ref.get("name") != null) {
          out.add(
              new Violation(
                  ref.get("identifier"),
                  at,
                  "has both `name` and `identifier`, which exclude each other",
                  "keep `name` (a Gateway) or `identifier` (a ListenerSet of the chart)"));
        }
        for (String field :
            List.of("group", "kind", "name", "namespace", "sectionName", "identifier")) {
          type(ref.get(field), at + "." + field, ScalarKind.STRING, out);
        }
        type(ref.get("port"), at + ".port", ScalarKind.INTEGER, out);
      }
      for (ManifestMap rule : items(r.get("rules"), path + ".rules", out)) {
        String at = path + ".rules[" + index(r.get("rules"), rule) + "]";
        keys(rule, at, ruleKeys(), out);
        for (ManifestMap ref : items(rule.get("backendRefs"), at + ".backendRefs", out)) {
          String b = at + ".backendRefs[" + index(rule.get("backendRefs"), ref) + "]";
          keys(ref, b, backendKeys(), out);
          type(ref.get("weight"), b + ".weight", ScalarKind.INTEGER, out);
          if (ref.get("port") instanceof ManifestScalar p
              && p.kind() != ScalarKind.INTEGER
              && p.kind() != ScalarKind.STRING) {
            out.add(
                new Violation(
                    p,
                    b + ".port",
                    "is " + p.describe() + ", not a string or an integer",
                    "give the port number or name"));
          }
        }
      }
    }
    return out;
  }

  /** What the schema rejects in {@code listenerSets} (5.2.0+: {@code schemas/listenerSet.json}). */
  List<Violation> checkListenerSets(ManifestNode listenerSets) {
    List<Violation> out = new ArrayList<>();
    if (!version.listenerSets() || !(listenerSets instanceof ManifestMap sets)) {
      return out;
    }
    for (ManifestMap.Entry e : sets.entries()) {
      String path = "listenerSets." + e.key();
      if (!(e.value() instanceof ManifestMap ls)) {
        if (!e.value().isNull()) {
          out.add(
              new Violation(
                  e.value(),
                  path,
                  "is " + e.value().describe() + ", not a mapping",
                  "write the ListenerSet as a mapping"));
        }
        continue;
      }
      keys(
          ls,
          path,
          new TreeSet<>(
              Set.of(
                  "enabled",
                  "annotations",
                  "labels",
                  "namespaceOverride",
                  "parentRef",
                  "listeners",
                  "forceRename",
                  "prefix",
                  "suffix")),
          out);
      type(ls.get("enabled"), path + ".enabled", ScalarKind.BOOLEAN, out);
      type(ls.get("namespaceOverride"), path + ".namespaceOverride", ScalarKind.STRING, out);
      if (ls.get("forceRename") != null && (ls.get("prefix") != null || ls.get("suffix") != null)) {
        out.add(
            new Violation(
                ls.get("forceRename"),
                path + ".forceRename",
                "is set with "
                    + (ls.get("prefix") != null ? "`prefix`" : "`suffix`")
                    + ", which it excludes",
                "keep `forceRename`, or `prefix` and `suffix`, not both"));
      }
      metadata(ls.get("annotations"), path + ".annotations", out);
      metadata(ls.get("labels"), path + ".labels", out);
      if (ls.get("parentRef") instanceof ManifestMap parent) {
        keys(
            parent,
            path + ".parentRef",
            new TreeSet<>(Set.of("group", "kind", "name", "namespace")),
            out);
        if (parent.get("name") == null) {
          out.add(
              new Violation(
                  parent,
                  path + ".parentRef",
                  "has no `name`, which the schema requires",
                  "add `name:` (the Gateway's name)"));
        }
        for (String field : List.of("group", "kind", "name", "namespace")) {
          type(parent.get(field), path + ".parentRef." + field, ScalarKind.STRING, out);
        }
      } else if (ls.get("parentRef") != null && !ls.get("parentRef").isNull()) {
        out.add(
            new Violation(
                ls.get("parentRef"),
                path + ".parentRef",
                "is " + ls.get("parentRef").describe() + ", not a mapping",
                "write the parentRef as a mapping"));
      }
      for (ManifestMap l : items(ls.get("listeners"), path + ".listeners", out)) {
        String at = path + ".listeners[" + index(ls.get("listeners"), l) + "]";
        keys(
            l,
            at,
            new TreeSet<>(Set.of("name", "hostname", "port", "protocol", "tls", "allowedRoutes")),
            out);
        for (String field : List.of("name", "port", "protocol")) {
          if (l.get(field) == null) {
            out.add(
                new Violation(
                    l,
                    at,
                    "has no `" + field + "`, which the schema requires",
                    "add `" + field + ":`"));
          }
        }
        type(l.get("name"), at + ".name", ScalarKind.STRING, out);
        type(l.get("hostname"), at + ".hostname", ScalarKind.STRING, out);
        type(l.get("port"), at + ".port", ScalarKind.INTEGER, out);
        if (l.get("port") instanceof ManifestScalar p
            && p.kind() == ScalarKind.INTEGER
            && !inPortRange(p.value())) {
          out.add(
              new Violation(
                  p,
                  at + ".port",
                  "is " + p.value() + ", not a port from 1 to 65535",
                  "give a port from 1 to 65535"));
        }
        oneOf(
            l.get("protocol"), at + ".protocol", Set.of("HTTP", "HTTPS", "TCP", "TLS", "UDP"), out);
        if (l.get("tls") instanceof ManifestMap tls) {
          oneOf(tls.get("mode"), at + ".tls.mode", Set.of("Terminate", "Passthrough"), out);
        }
        if (l.get("allowedRoutes") instanceof ManifestMap allowed
            && allowed.get("namespaces") instanceof ManifestMap ns) {
          keys(
              ns, at + ".allowedRoutes.namespaces", new TreeSet<>(Set.of("from", "selector")), out);
          oneOf(
              ns.get("from"),
              at + ".allowedRoutes.namespaces.from",
              Set.of("Same", "All", "Selector"),
              out);
        }
      }
    }
    return out;
  }

  private static boolean inPortRange(String digits) {
    try {
      long port = Long.parseLong(digits.replace("_", ""));
      return port >= 1 && port <= 65535;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static void oneOf(
      ManifestNode node, String path, Set<String> allowed, List<Violation> out) {
    if (node == null) {
      return;
    }
    if (!(node instanceof ManifestScalar s)
        || s.kind() != ScalarKind.STRING
        || !allowed.contains(s.value())) {
      out.add(
          new Violation(
              node,
              path,
              "is `"
                  + (node instanceof ManifestScalar s ? s.value() : node.describe())
                  + "`, not one of "
                  + String.join(", ", new TreeSet<>(allowed)),
              "use one of " + String.join(", ", new TreeSet<>(allowed))));
    }
  }

  private static void keys(ManifestMap map, String path, Set<String> allowed, List<Violation> out) {
    for (ManifestMap.Entry e : map.entries()) {
      if (!allowed.contains(e.key())) {
        out.add(
            new Violation(
                map,
                e.keySpan(),
                path,
                "has the key `"
                    + e.key()
                    + "`, which the schema does not allow (it allows "
                    + String.join(", ", allowed)
                    + ")",
                "remove `" + e.key() + "` or correct its spelling"));
      }
    }
  }

  private static void type(ManifestNode node, String path, ScalarKind kind, List<Violation> out) {
    if (node == null || (node instanceof ManifestScalar s && s.kind() == kind)) {
      return;
    }
    out.add(
        new Violation(
            node,
            path,
            "is " + node.describe() + ", not " + kind.description(),
            kind == ScalarKind.STRING ? "quote the value" : "write " + kind.description()));
  }

  private static void strings(ManifestNode node, String path, List<Violation> out) {
    if (node == null) {
      return;
    }
    if (!(node instanceof ManifestList list)) {
      out.add(
          new Violation(
              node, path, "is " + node.describe() + ", not a list", "write a list of hostnames"));
      return;
    }
    for (int i = 0; i < list.items().size(); i++) {
      type(list.items().get(i), path + "[" + i + "]", ScalarKind.STRING, out);
    }
  }

  /** Annotation and label values are strings (or null). */
  private static void metadata(ManifestNode node, String path, List<Violation> out) {
    if (node == null || node.isNull()) {
      return;
    }
    if (!(node instanceof ManifestMap map)) {
      out.add(
          new Violation(
              node, path, "is " + node.describe() + ", not a mapping", "write it as a mapping"));
      return;
    }
    for (ManifestMap.Entry e : map.entries()) {
      if (!e.value().isNull()) {
        type(e.value(), path + "." + e.key(), ScalarKind.STRING, out);
      }
    }
  }

  private static List<ManifestMap> items(ManifestNode node, String path, List<Violation> out) {
    List<ManifestMap> maps = new ArrayList<>();
    if (node == null) {
      return maps;
    }
    if (!(node instanceof ManifestList list)) {
      out.add(
          new Violation(
              node, path, "is " + node.describe() + ", not a list", "write it as a list"));
      return maps;
    }
    for (int i = 0; i < list.items().size(); i++) {
      if (list.items().get(i) instanceof ManifestMap m) {
        maps.add(m);
      } else {
        out.add(
            new Violation(
                list.items().get(i),
                path + "[" + i + "]",
                "is " + list.items().get(i).describe() + ", not a mapping",
                "write it as a mapping"));
      }
    }
    return maps;
  }

  private static int index(ManifestNode list, ManifestNode item) {
    List<ManifestNode> items = ((ManifestList) list).items();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) == item) {
        return i;
      }
    }
    return -1;
  }
}
