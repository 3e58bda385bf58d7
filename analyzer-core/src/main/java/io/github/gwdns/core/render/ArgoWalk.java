package io.github.gwdns.core.render;

import io.github.gwdns.core.load.ManifestList;
import io.github.gwdns.core.load.ManifestLoader;
import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.load.ManifestScalar;
import io.github.gwdns.core.load.ParsedDocument;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What Argo CD applies: each Application's source path (a kustomization built as kustomize does,
 * else the directory's manifests), with its destination namespace for the objects that set none;
 * each ApplicationSet's generators ({@code git} directories and files, {@code list}, {@code
 * clusters}, {@code matrix}) expanded into Applications by its template. The Applications and
 * ApplicationSets an Application applies are applied in turn. A Helm chart source is not rendered,
 * and said so.
 */
final class ArgoWalk {
  static final String GROUP = "argoproj.io";
  private static final String IN_CLUSTER = "https://kubernetes.default.svc";

  private final KustomizeBuilder builder;
  private final FileStore store;
  private final RenderLog log;
  private final Map<String, String> given;

  /**
   * @param given values for argocd-vault-plugin placeholders the repository does not hold ({@code
   *     --var})
   */
  ArgoWalk(KustomizeBuilder builder, FileStore store, RenderLog log, Map<String, String> given) {
    this.builder = builder;
    this.store = store;
    this.log = log;
    this.given = given;
  }

  /**
   * The Applications and ApplicationSets of {@code all} that no other one applies: the roots an
   * administrator applies by hand (or with a bootstrap tool).
   */
  static List<RenderedObject> entries(
      List<RenderedObject> all, KustomizeBuilder builder, FileStore store) {
    if (all.isEmpty()) {
      return List.of();
    }
    RenderLog quiet = new RenderLog();
    ArgoWalk probe = new ArgoWalk(builder, store, quiet, Map.of());
    Map<String, Set<String>> reachers = new HashMap<>();
    for (RenderedObject o : all) {
      for (RenderedObject app : probe.applications(o)) {
        for (RenderedObject applied : probe.apply(app)) {
          reachers.computeIfAbsent(applied.file(), f -> new HashSet<>()).add(key(o));
        }
      }
    }
    List<RenderedObject> roots = new ArrayList<>();
    for (RenderedObject o : all) {
      Set<String> by = reachers.getOrDefault(o.file(), Set.of());
      if (by.isEmpty() || by.equals(Set.of(key(o)))) {
        roots.add(o);
      }
    }
    return roots;
  }

  /** The cluster an Application (or an ApplicationSet's template) deploys to. */
  static String destination(RenderedObject o) {
    ManifestMap spec = o.root().get("spec") instanceof ManifestMap s ? s : null;
    if (spec != null
        && o.kind().equals("ApplicationSet")
        && spec.get("template") instanceof ManifestMap t
        && t.get("spec") instanceof ManifestMap ts) {
      spec = ts;
    }
    if (spec != null && spec.get("destination") instanceof ManifestMap d) {
      String name = d.text("name");
      String server = d.text("server");
      if (name != null && !name.isEmpty() && !name.equals("in-cluster") && !name.contains("{{")) {
        return name;
      }
      if (server != null
          && !server.isEmpty()
          && !server.equals(IN_CLUSTER)
          && !server.contains("{{")) {
        return server;
      }
    }
    return "in-cluster";
  }

  private static String key(RenderedObject o) {
    return o.kind() + "/" + o.namespace() + "/" + o.name();
  }

  /** Everything the roots apply, the Applications they lead to included. */
  List<RenderedObject> walk(List<RenderedObject> roots) {
    List<RenderedObject> applied = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Deque<RenderedObject> queue = new ArrayDeque<>();
    for (RenderedObject root : roots) {
      if (seen.add(key(root))) {
        queue.add(root);
      }
    }
    while (!queue.isEmpty()) {
      RenderedObject o = queue.poll();
      for (RenderedObject app : applications(o)) {
        for (RenderedObject a : apply(app)) {
          applied.add(a);
          if (a.group().equals(GROUP)
              && (a.kind().equals("Application") || a.kind().equals("ApplicationSet"))
              && seen.add(key(a))) {
            queue.add(a);
          }
        }
      }
    }
    return applied;
  }

  /** The Applications an Application or ApplicationSet stands for. */
  List<RenderedObject> applications(RenderedObject o) {
    if (o.kind().equals("Application")) {
      return List.of(o);
    }
    if (!o.kind().equals("ApplicationSet")
        || !(o.root().get("spec") instanceof ManifestMap spec)
        || !(spec.get("template") instanceof ManifestMap template)) {
      return List.of();
    }
    boolean go = "true".equals(spec.text("goTemplate"));
    List<Map<String, String>> params = new ArrayList<>();
    for (ManifestNode g : KustomizeBuilder.list(spec.get("generators"))) {
      params.addAll(generate(g, o, 0));
    }
    List<RenderedObject> apps = new ArrayList<>();
    for (Map<String, String> p : params) {
      TreeEdit edit = new TreeEdit(o.grafts());
      Set<String> unknown = new java.util.TreeSet<>();
      ManifestNode tree =
          edit.mapScalars(
              template,
              s -> {
                if (!s.value().contains("{{")) {
                  return s;
                }
                String now = ArgoTemplate.render(s.value(), p, go, unknown);
                return now.equals(s.value())
                    ? s
                    : new ManifestScalar(now, s.kind(), s.plain(), s.start(), s.end());
              });
      if (!unknown.isEmpty()) {
        log.notice(
            "ApplicationSet "
                + o.name()
                + ": template expression"
                + (unknown.size() == 1 ? " " : "s ")
                + String.join(", ", unknown)
                + " not evaluated; the Applications keep the text as written",
            o.file());
      }
      List<ManifestMap.Entry> entries = new ArrayList<>();
      entries.add(
          new ManifestMap.Entry(
              "apiVersion",
              o.root().span().start(),
              TreeEdit.string(o.apiVersion(), o.root().span().start())));
      entries.add(
          new ManifestMap.Entry(
              "kind",
              o.root().span().start(),
              TreeEdit.string("Application", o.root().span().start())));
      ManifestMap t = (ManifestMap) tree;
      for (ManifestMap.Entry e : t.entries()) {
        entries.add(e);
      }
      ManifestMap root = new ManifestMap(entries, o.root().start(), o.root().end());
      apps.add(
          new RenderedObject(
              o.file(),
              o.document(),
              o.item(),
              o.apiVersion(),
              "Application",
              root,
              null,
              edit.grafts(),
              null,
              null,
              Map.of(),
              false));
    }
    return apps;
  }

  private List<Map<String, String>> generate(
      ManifestNode generator, RenderedObject set, int depth) {
    if (!(generator instanceof ManifestMap g) || depth > 2) {
      return List.of();
    }
    if (g.get("list") instanceof ManifestMap list) {
      List<Map<String, String>> params = new ArrayList<>();
      for (ManifestNode e : KustomizeBuilder.list(list.get("elements"))) {
        Map<String, String> p = new LinkedHashMap<>();
        flatten("", e, p);
        params.add(p);
      }
      return params;
    }
    if (g.get("clusters") instanceof ManifestMap) {
      return List.of(
          Map.of("name", "in-cluster", "server", IN_CLUSTER, "nameNormalized", "in-cluster"));
    }
    if (g.get("git") instanceof ManifestMap git) {
      return git(git);
    }
    if (g.get("matrix") instanceof ManifestMap matrix) {
      List<ManifestNode> children = KustomizeBuilder.list(matrix.get("generators"));
      if (children.size() == 2) {
        List<Map<String, String>> product = new ArrayList<>();
        for (Map<String, String> a : generate(children.get(0), set, depth + 1)) {
          for (Map<String, String> b : generate(children.get(1), set, depth + 1)) {
            Map<String, String> p = new LinkedHashMap<>(a);
            p.putAll(b);
            product.add(p);
          }
        }
        return product;
      }
    }
    log.notice(
        "ApplicationSet "
            + set.name()
            + ": a generator gwdns does not expand ("
            + String.join(", ", g.entries().stream().map(ManifestMap.Entry::key).toList())
            + "); its Applications are not analyzed",
        set.file());
    return List.of();
  }

  private List<Map<String, String>> git(ManifestMap git) {
    List<Map<String, String>> params = new ArrayList<>();
    if (git.get("directories") instanceof ManifestList directories) {
      Set<String> included = new java.util.TreeSet<>();
      Set<String> excluded = new HashSet<>();
      for (ManifestNode d : directories.items()) {
        if (d instanceof ManifestMap entry && entry.text("path") != null) {
          ("true".equals(entry.text("exclude")) ? excluded : included)
              .addAll(directories(entry.text("path")));
        }
      }
      included.removeAll(excluded);
      for (String dir : included) {
        params.add(pathParams(dir));
      }
    }
    if (git.get("files") instanceof ManifestList files) {
      for (ManifestNode f : files.items()) {
        if (f instanceof ManifestMap entry && entry.text("path") != null) {
          for (String file : filesMatching(entry.text("path"))) {
            ManifestLoader.FileResult loaded = store.load(file);
            if (loaded == null) {
              continue;
            }
            log.role(file, FileRole.GENERATOR_INPUT);
            for (ParsedDocument d : loaded.documents()) {
              Map<String, String> p = pathParams(RepositoryFiles.parent(file));
              p.put("path.filename", RepositoryFiles.name(file));
              flatten("", d.root(), p);
              params.add(p);
            }
          }
        }
      }
    }
    return params;
  }

  private static Map<String, String> pathParams(String dir) {
    Map<String, String> p = new LinkedHashMap<>();
    String base = RepositoryFiles.name(dir);
    p.put("path", dir);
    p.put("path.path", dir);
    p.put("path.basename", base);
    p.put(
        "path.basenameNormalized",
        base.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]", "-"));
    String[] segments = dir.split("/");
    for (int i = 0; i < segments.length; i++) {
      p.put("path[" + i + "]", segments[i]);
      p.put("path.segments." + i, segments[i]);
    }
    return p;
  }

  private static void flatten(String prefix, ManifestNode node, Map<String, String> out) {
    if (node instanceof ManifestScalar s && !s.isNull()) {
      out.put(prefix, s.value());
    } else if (node instanceof ManifestMap m) {
      for (ManifestMap.Entry e : m.entries()) {
        flatten(prefix.isEmpty() ? e.key() : prefix + "." + e.key(), e.value(), out);
      }
    }
  }

  /** The directories matching an Argo CD glob ({@code *} within one segment, {@code **} across). */
  private List<String> directories(String glob) {
    PathMatcher matcher;
    try {
      matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob.replaceAll("^/+", ""));
    } catch (IllegalArgumentException e) {
      return List.of();
    }
    List<String> found = new ArrayList<>();
    walkDirs("", matcher, found, 0, glob.contains("**") ? 12 : glob.split("/").length);
    return found;
  }

  private void walkDirs(
      String dir, PathMatcher matcher, List<String> found, int depth, int maxDepth) {
    if (depth >= maxDepth) {
      return;
    }
    for (String name : store.list(dir)) {
      String child = dir.isEmpty() ? name : dir + "/" + name;
      if (name.startsWith(".") || !store.isDirectory(child)) {
        continue;
      }
      if (matcher.matches(Path.of(child))) {
        found.add(child);
      }
      walkDirs(child, matcher, found, depth + 1, maxDepth);
    }
  }

  private List<String> filesMatching(String glob) {
    PathMatcher matcher;
    try {
      matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob.replaceAll("^/+", ""));
    } catch (IllegalArgumentException e) {
      return List.of();
    }
    List<String> found = new ArrayList<>();
    Deque<String> dirs = new ArrayDeque<>(List.of(""));
    int visited = 0;
    while (!dirs.isEmpty() && visited++ < 10_000) {
      String dir = dirs.poll();
      for (String name : store.list(dir)) {
        String child = dir.isEmpty() ? name : dir + "/" + name;
        if (name.startsWith(".")) {
          continue;
        }
        if (store.isDirectory(child)) {
          dirs.add(child);
        } else if (matcher.matches(Path.of(child))) {
          found.add(child);
        }
      }
    }
    found.sort(null);
    return found;
  }

  /** What one Application applies. */
  List<RenderedObject> apply(RenderedObject app) {
    if (!(app.root().get("spec") instanceof ManifestMap spec)) {
      return List.of();
    }
    List<ManifestNode> sources = new ArrayList<>();
    if (spec.get("source") instanceof ManifestMap source) {
      sources.add(source);
    }
    sources.addAll(KustomizeBuilder.list(spec.get("sources")));
    ManifestScalar namespace =
        spec.get("destination") instanceof ManifestMap d
                && d.get("namespace") instanceof ManifestScalar n
                && !n.isNull()
                && !n.value().isEmpty()
                && !n.value().contains("{{")
            ? n
            : null;
    List<RenderedObject> objects = new ArrayList<>();
    for (ManifestNode s : sources) {
      if (!(s instanceof ManifestMap source)) {
        continue;
      }
      if (source.text("chart") != null) {
        // The chart step renders the routes of the charts it models from this release's values.
        RenderedObject release = helmSource(app, source, sources, namespace);
        objects.add(given.isEmpty() ? release : fill(release));
        continue;
      }
      String path =
          source.text("path") == null ? null : RepositoryFiles.join("", source.text("path"));
      if (path == null || path.contains("{{") || !store.isDirectory(path)) {
        if (source.text("path") != null) {
          log.unfollowed(
              "Argo CD source paths that are not in the repository (not followed)",
              app.file(),
              source.text("path"));
        }
        continue;
      }
      List<RenderedObject> built;
      if (builder.kustomizationFile(path) != null) {
        built = new ArrayList<>(builder.build(path));
        if (source.get("kustomize") instanceof ManifestMap k
            && k.get("namespace") instanceof ManifestScalar ns
            && !ns.isNull()) {
          KustomizeBuilder.setNamespace(
              built,
              ns,
              app.fileAt(List.of("spec")),
              NamespaceSource.ARGO_CD,
              "source.kustomize.namespace of Argo CD Application "
                  + app.name()
                  + " ("
                  + app.file()
                  + ")");
        }
      } else if (store.isFile(path + "/Chart.yaml")) {
        log.role(path + "/Chart.yaml", FileRole.HELM_CHART);
        log.notice(
            "Argo CD Application "
                + app.name()
                + " applies the Helm chart in "
                + path
                + ": charts are not rendered, so its objects are not analyzed",
            app.file());
        continue;
      } else {
        boolean recurse =
            source.get("directory") instanceof ManifestMap dir
                && "true".equals(dir.text("recurse"));
        built = new ArrayList<>();
        for (String file : manifests(path, recurse, source.get("directory"))) {
          built.addAll(builder.objectsOf(file));
        }
      }
      for (RenderedObject o : built) {
        RenderedObject placed = namespace == null ? o : destinationNamespace(o, namespace, app);
        objects.add(given.isEmpty() ? placed : fill(placed));
      }
    }
    return objects;
  }

  /** The kind of the object that carries an Application's Helm chart source to the chart step. */
  static final String HELM_SOURCE_KIND = "ArgoCDHelmSource";

  /**
   * An Application's Helm chart source as the release Argo CD renders with {@code helm template}:
   * its release name ({@code helm.releaseName}, else the Application's name), namespace ({@code
   * helm.namespace}, else the destination's), chart, and values as Argo CD merges them: the {@code
   * valueFiles} it can read from this repository ({@code $ref/path} of a {@code ref:} source), then
   * {@code valuesObject} (or, without it, the {@code values} string), then {@code parameters}.
   */
  private RenderedObject helmSource(
      RenderedObject app,
      ManifestMap source,
      List<ManifestNode> sources,
      ManifestScalar destination) {
    ManifestMap helm = source.get("helm") instanceof ManifestMap h ? h : null;
    TreeEdit edit = new TreeEdit(app.grafts());
    ManifestNode values = TreeEdit.emptyMap(source.span().start());
    if (helm != null) {
      for (String file : KustomizeBuilder.strings(helm.get("valueFiles"))) {
        String path = valueFile(file, sources);
        ManifestLoader.FileResult loaded = path == null ? null : store.load(path);
        if (loaded == null) {
          log.unfollowed(
              "Argo CD Helm valueFiles that are not in the repository (their values are not read)",
              app.file(),
              file);
          continue;
        }
        log.role(path, FileRole.HELM_VALUES);
        for (ParsedDocument d : loaded.documents()) {
          if (d.root() instanceof ManifestMap m) {
            values = HelmValues.merge(values, m, path, edit);
            break;
          }
        }
      }
      String appFile = app.fileAt(List.of("spec"));
      if (helm.get("valuesObject") instanceof ManifestMap object) {
        values = HelmValues.merge(values, object, appFile, edit);
      } else if (helm.get("values") instanceof ManifestScalar text && !text.isNull()) {
        List<ManifestNode> docs = new EmbeddedYaml(store).parse(text, appFile);
        if (!docs.isEmpty() && docs.get(0) instanceof ManifestMap m) {
          values = HelmValues.merge(values, m, appFile, edit);
        }
      }
      for (ManifestNode item : KustomizeBuilder.list(helm.get("parameters"))) {
        if (item instanceof ManifestMap p
            && p.text("name") != null
            && p.get("value") instanceof ManifestScalar v) {
          List<Object> path =
              new ArrayList<>(List.of((Object[]) p.text("name").split("(?<!\\\\)\\.")));
          path.replaceAll(k -> ((String) k).replace("\\.", "."));
          ManifestScalar value =
              "true".equals(p.text("forceString"))
                      || v.kind() == io.github.gwdns.core.load.ScalarKind.STRING
                  ? v
                  : new ManifestScalar(
                      v.value(),
                      io.github.gwdns.core.load.ScalarKind.STRING,
                      false,
                      v.start(),
                      v.end());
          values = edit.update(values, path, true, old -> value);
        }
      }
    }
    String releaseName =
        helm != null && helm.text("releaseName") != null && !helm.text("releaseName").isEmpty()
            ? helm.text("releaseName")
            : app.name();
    ManifestScalar namespace =
        helm != null
                && helm.get("namespace") instanceof ManifestScalar n
                && !n.isNull()
                && !n.value().isEmpty()
            ? n
            : destination;
    io.github.gwdns.core.load.Span at = source.span();
    List<ManifestMap.Entry> meta = new ArrayList<>();
    meta.add(new ManifestMap.Entry("name", at.start(), TreeEdit.string(releaseName, at.start())));
    if (namespace != null) {
      meta.add(new ManifestMap.Entry("namespace", namespace.span(), namespace));
    }
    List<ManifestMap.Entry> spec = new ArrayList<>();
    for (String key : List.of("chart", "repoURL", "targetRevision")) {
      if (source.get(key) != null) {
        spec.add(new ManifestMap.Entry(key, at.start(), source.get(key)));
      }
    }
    spec.add(
        new ManifestMap.Entry(
            "application",
            at.start(),
            TreeEdit.string(app.namespace() + "/" + app.name(), at.start())));
    spec.add(new ManifestMap.Entry("values", at.start(), values));
    List<ManifestMap.Entry> root = new ArrayList<>();
    root.add(
        new ManifestMap.Entry("apiVersion", at.start(), TreeEdit.string("builtin", at.start())));
    root.add(
        new ManifestMap.Entry("kind", at.start(), TreeEdit.string(HELM_SOURCE_KIND, at.start())));
    root.add(new ManifestMap.Entry("metadata", at.start(), new ManifestMap(meta, at)));
    root.add(new ManifestMap.Entry("spec", at.start(), new ManifestMap(spec, at)));
    Map<ManifestNode, String> grafts = edit.grafts();
    String sourceFile = app.fileAt(List.of("spec"));
    if (!sourceFile.equals(app.file())) {
      grafts.put(source, sourceFile);
    }
    return new RenderedObject(
        app.file(),
        app.document(),
        app.item(),
        "builtin",
        HELM_SOURCE_KIND,
        new ManifestMap(root, at),
        null,
        grafts,
        namespace == null ? null : NamespaceSource.ARGO_CD,
        namespace == null
            ? null
            : (namespace == destination ? "destination.namespace" : "source.helm.namespace")
                + " of Argo CD Application "
                + app.name()
                + " ("
                + app.file()
                + ")",
        Map.of(),
        false);
  }

  /**
   * A Helm {@code valueFiles} entry as a repository path: {@code $ref/path} of a {@code ref:}
   * source; null when not in the repository.
   */
  private String valueFile(String file, List<ManifestNode> sources) {
    if (file.startsWith("$")) {
      int slash = file.indexOf('/');
      String ref = slash < 0 ? file.substring(1) : file.substring(1, slash);
      for (ManifestNode s : sources) {
        if (s instanceof ManifestMap m && ref.equals(m.text("ref"))) {
          return slash < 0 ? null : RepositoryFiles.join("", file.substring(slash + 1));
        }
      }
      return null;
    }
    return null; // relative to the chart, which is not in the repository
  }

  /**
   * The manifests of a directory source: YAML and JSON files, below too when it recurses, filtered
   * by include and exclude.
   */
  private List<String> manifests(String dir, boolean recurse, ManifestNode options) {
    String include = options instanceof ManifestMap o ? o.text("include") : null;
    String exclude = options instanceof ManifestMap o ? o.text("exclude") : null;
    List<String> found = new ArrayList<>();
    collect(dir, dir, recurse, include, exclude, found);
    return found;
  }

  private void collect(
      String root,
      String dir,
      boolean recurse,
      String include,
      String exclude,
      List<String> found) {
    for (String name : store.list(dir)) {
      String path = dir + "/" + name;
      if (name.startsWith(".")) {
        continue;
      }
      if (store.isDirectory(path)) {
        if (recurse) {
          collect(root, path, true, include, exclude, found);
        }
        continue;
      }
      String lower = name.toLowerCase(java.util.Locale.ROOT);
      if (!(lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json"))) {
        continue;
      }
      String relative = path.substring(root.length() + 1);
      if ((include != null && !include.isEmpty() && !globs(include, relative))
          || (exclude != null && !exclude.isEmpty() && globs(exclude, relative))) {
        continue;
      }
      found.add(path);
    }
  }

  /**
   * Argo CD's include and exclude: a glob, or {@code {a,b}} of globs, against the path relative to
   * the source directory; {@code *} matches across {@code /} too, as in Argo CD's matcher.
   */
  static boolean globs(String pattern, String relative) {
    StringBuilder regex = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      switch (c) {
        case '*' -> regex.append(".*");
        case '?' -> regex.append('.');
        case '{' -> {
          regex.append("(?:");
          depth++;
        }
        case '}' -> {
          regex.append(depth > 0 ? ")" : "\\}");
          depth = Math.max(0, depth - 1);
        }
        case ',' -> regex.append(depth > 0 ? "|" : ",");
        case '[', ']' -> regex.append(c);
        default -> regex.append(java.util.regex.Pattern.quote(String.valueOf(c)));
      }
    }
    try {
      return java.util.regex.Pattern.matches(regex.toString(), relative);
    } catch (java.util.regex.PatternSyntaxException e) {
      return false;
    }
  }

  /**
   * The object with the argocd-vault-plugin placeholders {@code --var} gives values for filled in.
   */
  private RenderedObject fill(RenderedObject o) {
    TreeEdit edit = new TreeEdit(o.grafts());
    ManifestNode root =
        edit.mapScalars(
            o.root(),
            s -> {
              String now = VaultPlaceholders.fill(s.value(), given);
              return now.equals(s.value())
                  ? s
                  : new ManifestScalar(now, s.kind(), s.plain(), s.start(), s.end());
            });
    return root == o.root() ? o : o.withRoot((ManifestMap) root, edit.grafts());
  }

  /** Argo CD applies objects that set no namespace in the destination namespace. */
  private static RenderedObject destinationNamespace(
      RenderedObject o, ManifestScalar namespace, RenderedObject app) {
    if (!o.namespace().isEmpty() || Kinds.isClusterScoped(o.kind())) {
      return o;
    }
    TreeEdit edit = new TreeEdit(o.grafts());
    String file = app.fileAt(List.of("spec", "destination", "namespace"));
    ManifestNode root =
        edit.update(
            o.root(), List.of("metadata", "namespace"), true, old -> edit.graft(namespace, file));
    return root instanceof ManifestMap map
        ? o.withNamespace(
            map,
            edit.grafts(),
            NamespaceSource.ARGO_CD,
            "destination.namespace of Argo CD "
                + app.kind()
                + " "
                + app.name()
                + " ("
                + app.file()
                + ")")
        : o;
  }
}
