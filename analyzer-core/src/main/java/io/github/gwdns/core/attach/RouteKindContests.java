package io.github.gwdns.core.attach;

import io.github.gwdns.core.model.Route;
import io.github.gwdns.core.model.RouteKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HTTPRoutes and GRPCRoutes that a listener accepts with intersecting hostnames (attachment doc
 * §5.7): a conformant controller accepts only one of each such pair, the older, then the first by
 * namespace/name. Manifests carry no creation time, so gwdns cannot tell which; it keeps both
 * accepted (the plan lists the names of both) and reports the contest on both routes. Profiles that
 * serve both kinds on one listener ({@link ControllerProfile#acceptsHttpAndGrpcOnOneHostname()})
 * have no contests.
 *
 * <p>Found per listener with hostname indexes (exact names, wildcard suffixes, names under a
 * suffix), so the cost is linear in accepted (route, listener) pairs times hostname labels; each
 * route keeps at most {@link #SHOWN} rivals.
 */
final class RouteKindContests {
  /** How many rivals a contest names. */
  static final int SHOWN = 5;

  private RouteKindContests() {}

  /** One route's side of the contest on one listener. */
  private static final class Entry {
    final ParentResolution resolution;
    final OwnedListener listener;
    final List<String> names;
    final boolean any;
    final Map<Route, String> rivals = new LinkedHashMap<>();
    boolean more;

    Entry(ParentResolution resolution, ListenerCheck check) {
      this.resolution = resolution;
      this.listener = check.listener();
      this.names = check.hostnames();
      // Neither the route nor the listener has a hostname: the route takes every name.
      this.any = check.hostnames().isEmpty();
    }

    void add(Entry rival, String name) {
      if (rival.resolution.route() == resolution.route()
          || rivals.containsKey(rival.resolution.route())) {
        return;
      }
      if (rivals.size() < SHOWN) {
        rivals.put(rival.resolution.route(), name);
      } else {
        more = true;
      }
    }
  }

  /** The entries of one kind on one listener, indexed by hostname. */
  private static final class Index {
    final List<Entry> any = new ArrayList<>();
    final List<Entry> all = new ArrayList<>();
    final Map<String, List<Entry>> exact = new HashMap<>();

    /** {@code *.s} by {@code s}. */
    final Map<String, List<Entry>> wildcard = new HashMap<>();

    /** Every name (exact or wildcard) that ends with {@code .s}, by {@code s}. */
    final Map<String, List<Entry>> under = new HashMap<>();

    void add(Entry e) {
      all.add(e);
      if (e.any) {
        any.add(e);
        return;
      }
      for (String name : e.names) {
        if (name.startsWith("*.")) {
          wildcard.computeIfAbsent(name.substring(2), k -> new ArrayList<>()).add(e);
        } else {
          exact.computeIfAbsent(name, k -> new ArrayList<>()).add(e);
        }
        for (String suffix : suffixes(name)) {
          under.computeIfAbsent(suffix, k -> new ArrayList<>()).add(e);
        }
      }
    }

    /** Adds to {@code e} the entries here whose names intersect its own. */
    void rivalsOf(Entry e) {
      // The name recorded is the route's own (null when it takes every name).
      if (e.any) {
        for (Entry r : all) {
          e.add(r, null);
        }
        return;
      }
      for (Entry r : any) {
        e.add(r, e.names.get(0));
      }
      for (String name : e.names) {
        if (name.startsWith("*.")) {
          String base = name.substring(2);
          // Exact names and narrower wildcards under the wildcard.
          for (Entry r : under.getOrDefault(base, List.of())) {
            e.add(r, name);
          }
          // The same or wider wildcards.
          addAll(e, wildcard.get(base), name);
          for (String suffix : suffixes(base)) {
            addAll(e, wildcard.get(suffix), name);
          }
        } else {
          addAll(e, exact.get(name), name);
          for (String suffix : suffixes(name)) {
            addAll(e, wildcard.get(suffix), name);
          }
        }
      }
    }

    private static void addAll(Entry e, List<Entry> rivals, String name) {
      if (rivals != null) {
        for (Entry r : rivals) {
          e.add(r, name);
        }
      }
    }
  }

  /** {@code a.b.c} gives {@code b.c} and {@code c}; {@code *.b.c} gives the same. */
  private static List<String> suffixes(String name) {
    List<String> suffixes = new ArrayList<>();
    for (int dot = name.indexOf('.'); dot >= 0; dot = name.indexOf('.', dot + 1)) {
      if (dot + 1 < name.length()) {
        suffixes.add(name.substring(dot + 1));
      }
    }
    return suffixes;
  }

  /** Every contest among {@code resolutions}, sorted by route and listener. */
  static List<Attachments.RouteKindContest> find(
      List<ParentResolution> resolutions, Map<?, GatewayView> views) {
    Map<String, Index[]> byListener = new LinkedHashMap<>();
    List<Entry> entries = new ArrayList<>();
    for (ParentResolution r : resolutions) {
      RouteKind kind = r.route().routeKind();
      if (!r.accepted() || (kind != RouteKind.HTTP && kind != RouteKind.GRPC)) {
        continue;
      }
      GatewayView view = views.get(r.gateway());
      if (view == null || view.profile().acceptsHttpAndGrpcOnOneHostname()) {
        continue;
      }
      for (ListenerCheck c : r.accepting()) {
        Entry e = new Entry(r, c);
        entries.add(e);
        byListener
            .computeIfAbsent(c.listener().key(), k -> new Index[] {new Index(), new Index()})[
            kind == RouteKind.HTTP ? 0 : 1]
            .add(e);
      }
    }
    List<Attachments.RouteKindContest> contests = new ArrayList<>();
    for (Entry e : entries) {
      Index[] indexes = byListener.get(e.listener.key());
      Index other = indexes[e.resolution.route().routeKind() == RouteKind.HTTP ? 1 : 0];
      if (other.all.isEmpty()) {
        continue;
      }
      other.rivalsOf(e);
      if (!e.rivals.isEmpty()) {
        List<Route> rivals = new ArrayList<>(e.rivals.keySet());
        rivals.sort(Comparator.comparing(Route::ref));
        String name = e.rivals.get(rivals.get(0));
        contests.add(
            new Attachments.RouteKindContest(e.resolution, e.listener, rivals, e.more, name));
      }
    }
    contests.sort(
        Comparator.comparing((Attachments.RouteKindContest c) -> c.resolution().route().ref())
            .thenComparingInt(c -> c.resolution().parentRef().index())
            .thenComparing(c -> c.listener().key()));
    return contests;
  }
}
