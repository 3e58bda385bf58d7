package io.github.gwdns.core.render.chart;

import io.github.gwdns.core.load.LoadLimits;
import io.github.gwdns.core.load.ManifestList;
import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.load.ManifestScalar;
import io.github.gwdns.core.load.ScalarKind;
import io.github.gwdns.core.load.YamlReader;
import io.github.gwdns.core.template.GoTemplate;
import io.github.gwdns.core.template.TemplateFunctions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads chart descriptors: the built-in ones ({@code charts.yaml} beside this class) and those of
 * {@code charts:} in {@code .gwdns.yaml}. Every key is checked, and every template parsed, when the
 * descriptors are read: a typo is an error at its line, not a route silently missed.
 */
public final class ChartDescriptors {
  private static final String RESOURCE = "charts.yaml";
  private static final Set<String> KEYS =
      Set.of(
          "chart",
          "names",
          "repositories",
          "like",
          "model",
          "commonVersion",
          "defaults",
          "helpers",
          "routes",
          "objects");
  private static final Set<String> OBJECT_KEYS =
      Set.of("values", "scope", "chartName", "when", "map", "strings", "maps");
  private static final Set<String> ROUTE_KEYS =
      Set.of(
          "values",
          "each",
          "scope",
          "chartName",
          "when",
          "enabled",
          "name",
          "namespace",
          "kind",
          "apiVersion",
          "templated",
          "extraRules",
          "hostnames",
          "parentRefs");
  private static final Set<String> TEMPLATED =
      Set.of("hostnames", "annotations", "labels", "parentRefs");
  private static final Set<String> MODELS = Set.of("app-template", "bjw-s-common");

  private static volatile List<ChartDescriptor> builtIn;

  private ChartDescriptors() {}

  /** The descriptors gwdns ships. */
  public static List<ChartDescriptor> builtIn() {
    List<ChartDescriptor> loaded = builtIn;
    if (loaded == null) {
      try (InputStream in = ChartDescriptors.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing from the gwdns jar");
        }
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        YamlReader.Result parsed = new YamlReader(LoadLimits.DEFAULTS).read(RESOURCE, text);
        if (!parsed.problems().isEmpty() || parsed.documents().isEmpty()) {
          throw new IllegalStateException(
              "the built-in " + RESOURCE + " does not parse: " + parsed.problems());
        }
        loaded = parse(parsed.documents().get(0).root(), RESOURCE, "built in", List.of());
        builtIn = loaded;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return loaded;
  }

  /**
   * The descriptors of {@code node} (a list), read from {@code file}.
   *
   * @param origin how they are named in messages, before their line ({@code .gwdns.yaml})
   * @param known descriptors {@code like:} may name
   * @throws IllegalArgumentException naming the line and column of what is wrong
   */
  public static List<ChartDescriptor> parse(
      ManifestNode node, String file, String origin, List<ChartDescriptor> known) {
    if (!(node instanceof ManifestList list)) {
      throw error(file, node, "`charts` must be a list of chart descriptors");
    }
    List<ChartDescriptor> out = new ArrayList<>();
    for (ManifestNode item : list.items()) {
      out.add(descriptor(item, file, origin, known, out));
    }
    return out;
  }

  private static ChartDescriptor descriptor(
      ManifestNode node,
      String file,
      String origin,
      List<ChartDescriptor> known,
      List<ChartDescriptor> before) {
    ManifestMap map = map(node, file, "a chart descriptor");
    keys(map, KEYS, file, "a chart descriptor");
    String id = required(map, "chart", file);
    String where =
        origin.equals("built in")
            ? origin
            : origin + ":" + map.span().startLine() + ":" + map.span().startColumn();
    ChartDescriptor like = null;
    if (map.get("like") != null) {
      String name = text(map.get("like"), file, "like");
      List<ChartDescriptor> candidates = new ArrayList<>(before);
      candidates.addAll(known);
      like =
          candidates.stream()
              .filter(d -> d.id().equals(name))
              .findFirst()
              .orElseThrow(
                  () ->
                      error(
                          file,
                          map.get("like"),
                          "`like: "
                              + name
                              + "` names no chart descriptor; the built-in ones are "
                              + String.join(
                                  ", ", known.stream().map(ChartDescriptor::id).toList())));
    }
    List<String> names =
        map.get("names") == null ? List.of(id) : strings(map.get("names"), file, "names");
    List<String> repositories =
        map.get("repositories") == null
            ? List.of()
            : strings(map.get("repositories"), file, "repositories");
    String model = map.get("model") == null ? null : text(map.get("model"), file, "model");
    if (model != null && !MODELS.contains(model)) {
      throw error(
          file,
          map.get("model"),
          "`model: " + model + "` is not a model gwdns has; use app-template or bjw-s-common");
    }
    String commonVersion =
        map.get("commonVersion") == null
            ? ""
            : text(map.get("commonVersion"), file, "commonVersion");
    if (!commonVersion.isEmpty() && SemanticVersion.parse(commonVersion) == null) {
      throw error(
          file,
          map.get("commonVersion"),
          "`commonVersion` must be a release of the bjw-s common library, e.g. 4.1.1");
    }
    if (model != null
        && (map.get("routes") != null
            || map.get("objects") != null
            || map.get("helpers") != null
            || map.get("defaults") != null)) {
      throw error(
          file,
          map,
          "a descriptor with `model:` takes no `routes`, `objects`, `helpers` or `defaults`: the model renders"
              + " the chart");
    }
    ManifestMap defaults =
        map.get("defaults") == null
            ? (like == null ? null : like.defaults())
            : map(map.get("defaults"), file, "`defaults`");
    Map<String, String> helpers = new LinkedHashMap<>(like == null ? Map.of() : like.helpers());
    if (map.get("helpers") != null) {
      for (ManifestMap.Entry e : map(map.get("helpers"), file, "`helpers`").entries()) {
        helpers.put(e.key(), template(e.value(), file, "helpers." + e.key()));
      }
    }
    List<ChartDescriptor.Route> routes = new ArrayList<>(like == null ? List.of() : like.routes());
    if (map.get("routes") != null) {
      routes.clear();
      for (ManifestNode r : list(map.get("routes"), file, "routes")) {
        routes.add(route(r, file));
      }
    }
    List<ChartDescriptor.ObjectList> objects =
        new ArrayList<>(like == null ? List.of() : like.objects());
    if (map.get("objects") != null) {
      objects.clear();
      for (ManifestNode o : list(map.get("objects"), file, "objects")) {
        objects.add(objectList(o, file));
      }
    }
    if (model == null && routes.isEmpty() && objects.isEmpty()) {
      throw error(
          file,
          map,
          "chart descriptor `"
              + id
              + "` needs `routes` (where its values hold routes), `objects` (where they"
              + " hold whole manifests), `model`, or `like`");
    }
    return new ChartDescriptor(
        id, where, names, repositories, model, commonVersion, defaults, helpers, routes, objects);
  }

  private static ChartDescriptor.ObjectList objectList(ManifestNode node, String file) {
    ManifestMap map = map(node, file, "an object list of a chart descriptor");
    keys(map, OBJECT_KEYS, file, "an object list of a chart descriptor");
    return new ChartDescriptor.ObjectList(
        required(map, "values", file),
        optional(map, "scope", file),
        optional(map, "chartName", file),
        expression(map, "when", "", file),
        flag(map, "map", false, file),
        flag(map, "strings", false, file),
        flag(map, "maps", true, file));
  }

  private static boolean flag(ManifestMap map, String key, boolean fallback, String file) {
    return map.get(key) == null ? fallback : bool(map.get(key), file, key);
  }

  private static ChartDescriptor.Route route(ManifestNode node, String file) {
    ManifestMap map = map(node, file, "a route of a chart descriptor");
    keys(map, ROUTE_KEYS, file, "a route of a chart descriptor");
    String values = required(map, "values", file);
    boolean each = map.get("each") != null && bool(map.get("each"), file, "each");
    Set<String> templated = new LinkedHashSet<>();
    if (map.get("templated") != null) {
      for (String field : strings(map.get("templated"), file, "templated")) {
        if (!TEMPLATED.contains(field)) {
          throw error(
              file,
              map.get("templated"),
              "`templated` takes "
                  + String.join(", ", new java.util.TreeSet<>(TEMPLATED))
                  + ", not `"
                  + field
                  + "`");
        }
        templated.add(field);
      }
    }
    return new ChartDescriptor.Route(
        values,
        each,
        optional(map, "scope", file),
        optional(map, "chartName", file),
        expression(map, "when", "", file),
        expression(map, "enabled", ".Route.enabled", file),
        template(required(map, "name", file), map.get("name"), file, "name"),
        templateOr(map, "namespace", "", file),
        templateOr(map, "kind", "HTTPRoute", file),
        templateOr(map, "apiVersion", "gateway.networking.k8s.io/v1", file),
        templated,
        optional(map, "extraRules", file),
        map.get("hostnames") == null ? "hostnames" : text(map.get("hostnames"), file, "hostnames"),
        map.get("parentRefs") == null
            ? "parentRefs"
            : text(map.get("parentRefs"), file, "parentRefs"));
  }

  // ------------------------------------------------------------ values

  private static String expression(ManifestMap map, String key, String fallback, String file) {
    if (map.get(key) == null) {
      return fallback;
    }
    String text = text(map.get(key), file, key);
    template(
        text,
        map.get(key),
        file,
        key + " (as `{{ if " + text + " }}`)",
        "{{ if " + text + " }}true{{ end }}");
    return text;
  }

  private static String templateOr(ManifestMap map, String key, String fallback, String file) {
    return map.get(key) == null ? fallback : template(map.get(key), file, key);
  }

  private static String template(ManifestNode node, String file, String key) {
    return template(text(node, file, key), node, file, key);
  }

  private static String template(String text, ManifestNode node, String file, String key) {
    return template(text, node, file, key, text);
  }

  private static String template(
      String text, ManifestNode node, String file, String key, String source) {
    try {
      GoTemplate.parse(source, TemplateFunctions.HELM);
    } catch (GoTemplate.TemplateException e) {
      if (!e.unsupported()) {
        throw error(
            file, node, "`" + key + "` is not a template gwdns can read: " + e.getMessage());
      }
    }
    return text;
  }

  private static ManifestMap map(ManifestNode node, String file, String what) {
    if (node instanceof ManifestMap map) {
      return map;
    }
    throw error(file, node, what + " must be a mapping");
  }

  private static List<ManifestNode> list(ManifestNode node, String file, String key) {
    if (node instanceof ManifestList list) {
      return list.items();
    }
    throw error(file, node, "`" + key + "` must be a list");
  }

  private static void keys(ManifestMap map, Set<String> allowed, String file, String what) {
    for (ManifestMap.Entry e : map.entries()) {
      if (!allowed.contains(e.key())) {
        throw new IllegalArgumentException(
            e.keySpan().in(file).display()
                + ": unknown key `"
                + e.key()
                + "` in "
                + what
                + " (keys: "
                + String.join(", ", new java.util.TreeSet<>(allowed))
                + ")");
      }
    }
  }

  private static String required(ManifestMap map, String key, String file) {
    if (map.get(key) == null) {
      throw error(file, map, "missing `" + key + "`");
    }
    return text(map.get(key), file, key);
  }

  private static String optional(ManifestMap map, String key, String file) {
    return map.get(key) == null ? "" : text(map.get(key), file, key);
  }

  private static String text(ManifestNode node, String file, String key) {
    if (node instanceof ManifestScalar s && !s.isNull()) {
      return s.value();
    }
    throw error(file, node, "`" + key + "` must be a string");
  }

  private static boolean bool(ManifestNode node, String file, String key) {
    if (node instanceof ManifestScalar s && s.kind() == ScalarKind.BOOLEAN) {
      return Boolean.parseBoolean(s.value());
    }
    throw error(file, node, "`" + key + "` must be true or false");
  }

  private static List<String> strings(ManifestNode node, String file, String key) {
    List<String> out = new ArrayList<>();
    for (ManifestNode item : list(node, file, key)) {
      out.add(text(item, file, key));
    }
    return out;
  }

  private static IllegalArgumentException error(String file, ManifestNode node, String message) {
    return new IllegalArgumentException(node.span().in(file).display() + ": " + message);
  }
}
