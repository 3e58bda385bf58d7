package io.github.gwdns.core.render;

import io.github.gwdns.core.finding.ManifestProblem;
import io.github.gwdns.core.finding.Notice;
import io.github.gwdns.core.load.LoadedObject;
import io.github.gwdns.core.load.ManifestLoader;
import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.load.ManifestScalar;
import io.github.gwdns.core.load.ParsedDocument;
import io.github.gwdns.core.load.SourceFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The render stage: from the loaded files to what each cluster applies.
 *
 * <ol>
 *   <li>Entry points: the directories given ({@code --cluster}); else each FluxInstance's sync path
 *       (written as an object, or as values of a {@code flux-instance} HelmRelease), each bootstrap
 *       Kustomization (one that a GitRepository of its own file feeds), and each Argo CD
 *       Application or ApplicationSet no other one applies. Entry points applying one path are one
 *       cluster.
 *   <li>Each cluster is walked as Flux and Argo CD apply it ({@link FluxWalk}, {@link ArgoWalk}),
 *       on {@link KustomizeBuilder} builds. Files no cluster reaches are not analyzed, and said so.
 *   <li>Without entry points (a subdirectory, one file, standard input), the input is one cluster:
 *       its top kustomizations are built, the Flux Kustomizations among them and in the input are
 *       applied, and the files nothing reaches are applied as they are, their namespaces taken as
 *       Flux and kustomize would most likely set them ({@link NamespaceRules}).
 * </ol>
 *
 * Every file read gets a role ({@link FileRole}); only resources, and in the last case files that
 * mean to be objects, have their problems reported.
 */
public final class Renderer {
  /**
   * What to render with.
   *
   * @param clusterDirs directories to apply as clusters, repository-relative ({@code --cluster});
   *     empty to find them
   * @param variables values of Flux variables the repository does not hold ({@code --var})
   * @param defaultNamespace the namespace of objects that set none
   * @param context kustomization files above the analyzed paths, for the namespaces of files no
   *     entry point reaches
   * @param charts the chart models that render routes from the values of Helm releases
   * @param originFiles where the files named by the origins of rendered standard input are read
   * @param stdinName the file or directory standard input was rendered from ({@code --stdin-name}),
   *     or null: origin paths are resolved against it (else against the repository root)
   */
  public record Settings(
      List<String> clusterDirs,
      Map<String, String> variables,
      String defaultNamespace,
      List<ManifestLoader.FileResult> context,
      io.github.gwdns.core.render.chart.ChartModels charts,
      RepositoryFiles originFiles,
      String stdinName) {
    public Settings {
      clusterDirs = List.copyOf(clusterDirs);
      variables = Map.copyOf(variables);
      context = List.copyOf(context);
    }

    /** Settings with the built-in chart models. */
    public Settings(
        List<String> clusterDirs,
        Map<String, String> variables,
        String defaultNamespace,
        List<ManifestLoader.FileResult> context) {
      this(
          clusterDirs,
          variables,
          defaultNamespace,
          context,
          io.github.gwdns.core.render.chart.ChartModels.builtIn(),
          RepositoryFiles.NONE,
          null);
    }
  }

  private final RepositoryFiles files;
  private final ManifestLoader loader;
  private final Settings settings;

  public Renderer(RepositoryFiles files, ManifestLoader loader, Settings settings) {
    this.files = files;
    this.loader = loader;
    this.settings = settings;
  }

  /** An entry point of a cluster, in words, with how it is applied. */
  private record Entry(
      String path,
      String sourceRoot,
      RenderedObject kustomization,
      String description,
      boolean argo,
      RenderedObject application,
      String file,
      String sourceKind,
      String sourceName,
      String url) {}

  /**
   * Renders the analyzed files.
   *
   * @param inputs the analyzed files, loaded
   * @param sources their sources (in-memory ones are read again for positions inside strings)
   */
  public RenderResult render(List<ManifestLoader.FileResult> inputs, List<SourceFile> sources) {
    FileStore store = new FileStore(files, loader, inputs, sources);
    RenderLog log = new RenderLog();
    KustomizeBuilder builder = new KustomizeBuilder(store, log);
    List<Entry> entries =
        settings.clusterDirs().isEmpty()
            ? entries(inputs, store, builder, log)
            : explicit(store, log);
    ChartStep charts = new ChartStep(settings.charts(), settings.defaultNamespace(), store);
    RenderedInput rendered =
        new RenderedInput(store, settings.originFiles(), loader, settings.stdinName());
    Set<String> streams = new HashSet<>();
    sources.forEach(s -> streams.add(s.path()));
    List<Cluster> clusters = new ArrayList<>();
    boolean explicit = !entries.isEmpty();
    if (explicit) {
      Map<String, List<Entry>> byCluster = new LinkedHashMap<>();
      for (Entry e : entries) {
        byCluster
            .computeIfAbsent(e.argo() ? "argo:" + e.path() : e.path(), k -> new ArrayList<>())
            .add(e);
      }
      Map<String, String> names = ClusterNames.of(new ArrayList<>(byCluster.keySet()));
      for (Map.Entry<String, List<Entry>> c : byCluster.entrySet()) {
        List<Entry> group = c.getValue();
        List<RenderedObject> objects;
        if (group.get(0).argo()) {
          objects =
              new ArgoWalk(builder, store, log, settings.variables())
                  .walk(group.stream().map(Entry::application).toList());
        } else {
          List<FluxWalk.Root> roots = new ArrayList<>();
          for (Entry e : group) {
            // A FluxInstance's sync applies its path without post-build substitution; a directory
            // given with --cluster may be applied by anything.
            roots.add(
                new FluxWalk.Root(
                    e.path(),
                    e.sourceRoot(),
                    e.kustomization(),
                    e.sourceKind() != null && e.kustomization() == null));
          }
          FluxWalk walk = new FluxWalk(builder, store, log, settings.variables()).exact();
          for (Entry e : group) {
            walk.source(
                e.sourceKind(),
                e.sourceName() == null
                    ? (e.sourceKind() == null ? null : "flux-system")
                    : e.sourceName(),
                e.url());
          }
          objects = walk.walk(roots, List.of());
        }
        // What an administrator applies by hand to start the cluster is applied too: the entry's
        // own file.
        objects = new ArrayList<>(objects);
        for (Entry e : group) {
          if (e.file() != null && log.role(e.file()) != FileRole.RESOURCE) {
            objects.addAll(0, builder.objectsOf(e.file()));
          }
        }
        String description =
            String.join("; ", group.stream().map(Entry::description).distinct().toList());
        ChartStep.Result charted = charts.apply(rendered.map(objects, streams));
        clusters.add(
            new Cluster(
                byCluster.size() == 1 ? "" : names.get(c.getKey()),
                description,
                charted.objects(),
                charted.problems()));
      }
      clusters.sort((a, b) -> a.name().compareTo(b.name()));
    } else {
      ChartStep.Result charted =
          charts.apply(rendered.map(implicit(inputs, store, builder, log), streams));
      clusters.add(
          new Cluster(
              "",
              "the analyzed files (no cluster entry point among them)",
              charted.objects(),
              charted.problems()));
    }
    Map<String, FileRole> roles = classify(store, log, explicit);
    List<Notice> notices = new ArrayList<>(log.notices());
    if (rendered.unmapped() > 0
        && settings.stdinName() == null
        && streams.contains(io.github.gwdns.core.load.SourceFile.STDIN)) {
      boolean one = rendered.unmapped() == 1;
      notices.add(
          new Notice(
              rendered.unmapped()
                  + (one
                      ? " object of standard input names no file it was"
                      : " objects of standard" + " input name no file they were")
                  + " rendered from (a Helm `# Source:` comment, or kustomize's `"
                  + RenderedInput.ORIGIN
                  + "` annotation from `buildMetadata: [originAnnotations]`): "
                  + (one ? "its" : "their")
                  + " findings are reported at "
                  + io.github.gwdns.core.load.SourceFile.STDIN
                  + "; pass --stdin-name PATH to name the kustomization or chart standard input was rendered from",
              ""));
    }
    notices.addAll(summary(roles, clusters, explicit));
    return new RenderResult(clusters, roles, notices, store.extra(), explicit);
  }

  /** Problems of reading a file, not of its content: reported whatever the file is. */
  private static final Set<String> IO_PROBLEMS = Set.of("unreadable", "internal-error");

  /**
   * A file gwdns refused to read whole (a limit on hostile input): what it holds is unknown, so
   * unless the file is known for something else than a manifest, the refusal is reported.
   */
  private static final Set<String> LIMIT_PROBLEMS =
      Set.of(
          "too-large", "yaml-limit", "nesting-depth", "recursive-alias", "encoding", "unprintable");

  /**
   * The problems of {@code file} that are reported: those of files that are (or mean to be)
   * manifests.
   */
  public static List<ManifestProblem> reportable(
      ManifestLoader.FileResult file, RenderResult result) {
    FileRole role = result.roles().get(file.path());
    if (role == FileRole.RESOURCE) {
      return file.problems();
    }
    List<ManifestProblem> io =
        file.problems().stream().filter(p -> IO_PROBLEMS.contains(p.code())).toList();
    if (role != null) {
      return io;
    }
    List<ManifestProblem> limits =
        file.problems().stream().filter(p -> LIMIT_PROBLEMS.contains(p.code())).toList();
    if (!io.isEmpty() || !limits.isEmpty()) {
      List<ManifestProblem> both = new ArrayList<>(io);
      both.addAll(limits);
      return both;
    }
    if (result.explicitEntries()) {
      return List.of();
    }
    // No entry point: the file is applied as it is; what does not declare an object is not one.
    List<ManifestProblem> kept = new ArrayList<>();
    for (ManifestProblem p : file.problems()) {
      boolean typeless = p.code().equals("missing-type");
      boolean unparsed = p.object() == null && !typeless && !p.code().equals("wrong-type");
      if (typeless || (unparsed && !file.declaresObject() && file.objects().isEmpty())) {
        continue;
      }
      kept.add(p);
    }
    return kept;
  }

  // ---------------------------------------------------------------- entry points

  private List<Entry> explicit(FileStore store, RenderLog log) {
    List<Entry> entries = new ArrayList<>();
    for (String dir : settings.clusterDirs()) {
      if (!store.isDirectory(dir)) {
        log.notice("--cluster " + dir + " is not a directory of the repository", dir);
        continue;
      }
      entries.add(
          new Entry(
              dir,
              "",
              null,
              "--cluster " + (dir.isEmpty() ? "." : dir),
              false,
              null,
              null,
              null,
              null,
              null));
    }
    return entries;
  }

  private List<Entry> entries(
      List<ManifestLoader.FileResult> inputs,
      FileStore store,
      KustomizeBuilder builder,
      RenderLog log) {
    List<Entry> entries = new ArrayList<>();
    List<RenderedObject> applications = new ArrayList<>();
    for (ManifestLoader.FileResult file : inputs) {
      Set<String> gitRepositories = new HashSet<>();
      for (LoadedObject o : file.objects()) {
        if (o.kind().equals("GitRepository")
            && o.apiVersion().startsWith("source.toolkit.fluxcd.io/")) {
          gitRepositories.add(RenderedObject.of(o).name());
        }
      }
      for (LoadedObject loaded : file.objects()) {
        RenderedObject o = RenderedObject.of(loaded);
        if (o.is("fluxcd.controlplane.io", "FluxInstance")) {
          sync(
              o.root().get("spec") instanceof ManifestMap spec ? spec.get("sync") : null,
              "FluxInstance " + o.name() + " (" + o.file() + ")",
              store,
              log,
              o.file(),
              entries);
        } else if (o.is("helm.toolkit.fluxcd.io", "HelmRelease") && isFluxInstanceChart(o)) {
          ManifestNode instance = instanceValues(o, store, builder);
          sync(
              instance instanceof ManifestMap m ? m.get("sync") : null,
              "the flux-instance HelmRelease " + o.name() + " (" + o.file() + ")",
              store,
              log,
              o.file(),
              entries);
        } else if (o.is(FluxWalk.GROUP, "Kustomization")
            && o.root().get("spec") instanceof ManifestMap spec
            && spec.get("sourceRef") instanceof ManifestMap ref
            && "GitRepository".equals(ref.text("kind"))
            && gitRepositories.contains(ref.text("name"))
            && spec.text("path") != null
            && !spec.text("path").contains("${")) {
          String path = RepositoryFiles.join("", spec.text("path"));
          if (path != null && store.isDirectory(path)) {
            entries.add(
                new Entry(
                    path,
                    "",
                    o,
                    "bootstrap Kustomization " + o.name() + " (" + o.file() + ")",
                    false,
                    null,
                    o.file(),
                    ref.text("kind"),
                    ref.text("name"),
                    null));
          }
          // else most often a Kustomization of another repository, beside its GitRepository: the
          // walk that reaches it says so, and so does the implicit one when no entry point is left
        } else if (o.group().equals("argoproj.io")
            && (o.kind().equals("Application") || o.kind().equals("ApplicationSet"))) {
          applications.add(o);
        }
      }
    }
    entries.addAll(
        ArgoWalk.entries(applications, builder, store).stream()
            .map(
                a ->
                    new Entry(
                        ArgoWalk.destination(a),
                        "",
                        null,
                        "Argo CD " + a.kind() + " " + a.name() + " (" + a.file() + ")",
                        true,
                        a,
                        a.file(),
                        null,
                        null,
                        null))
            .toList());
    return entries;
  }

  private static boolean isFluxInstanceChart(RenderedObject release) {
    if (!(release.root().get("spec") instanceof ManifestMap spec)) {
      return false;
    }
    if (spec.get("chart") instanceof ManifestMap chart
        && chart.get("spec") instanceof ManifestMap chartSpec) {
      return "flux-instance".equals(chartSpec.text("chart"));
    }
    return spec.get("chartRef") instanceof ManifestMap ref
        && ref.text("name") != null
        && ref.text("name").contains("flux-instance");
  }

  /**
   * The {@code instance} values of a flux-instance HelmRelease: its own, or a generated values
   * file's.
   */
  private static ManifestNode instanceValues(
      RenderedObject release, FileStore store, KustomizeBuilder builder) {
    ManifestMap spec = (ManifestMap) release.root().get("spec");
    if (spec.get("values") instanceof ManifestMap values && values.get("instance") != null) {
      return values.get("instance");
    }
    if (spec.get("valuesFrom") instanceof io.github.gwdns.core.load.ManifestList from) {
      List<RenderedObject> built = builder.build(RepositoryFiles.parent(release.file()));
      for (ManifestNode item : from.items()) {
        if (!(item instanceof ManifestMap ref)) {
          continue;
        }
        String key = ref.text("valuesKey") == null ? "values.yaml" : ref.text("valuesKey");
        for (RenderedObject o : built) {
          String file =
              o.kind().equals("ConfigMap") && o.name().equals(ref.text("name"))
                  ? o.dataFiles().get(key)
                  : null;
          ManifestLoader.FileResult values = file == null ? null : store.load(file);
          if (values != null) {
            for (ParsedDocument d : values.documents()) {
              if (d.root() instanceof ManifestMap m && m.get("instance") != null) {
                return m.get("instance");
              }
            }
          }
        }
      }
    }
    return null;
  }

  private static String source(ManifestMap sync) {
    return sync.text("kind") == null ? "GitRepository" : sync.text("kind");
  }

  private static void sync(
      ManifestNode sync,
      String description,
      FileStore store,
      RenderLog log,
      String file,
      List<Entry> entries) {
    if (!(sync instanceof ManifestMap s) || s.text("path") == null) {
      return;
    }
    String written = s.text("path");
    if (written.contains("${") || written.contains("{{")) {
      log.notice(
          description + " syncs `" + written + "`, which holds a variable: not followed", file);
      return;
    }
    String path = RepositoryFiles.join("", written);
    if (path != null && store.isDirectory(path)) {
      entries.add(
          new Entry(
              path,
              "",
              null,
              description,
              false,
              null,
              file,
              source(s),
              s.text("name"),
              s.text("url")));
      return;
    }
    // An OCI artifact's root may be a directory of the repository.
    String[] resolved = path == null ? null : SourcePaths.resolve(store, written, "");
    if (resolved != null) {
      entries.add(
          new Entry(
              resolved[0],
              resolved[1],
              null,
              description,
              false,
              null,
              file,
              source(s),
              s.text("name"),
              s.text("url")));
    } else {
      log.notice(
          description + " syncs `" + written + "`, which is not in the repository: not followed",
          file);
    }
  }

  // ---------------------------------------------------------------- no entry point

  /**
   * The input as one cluster: its top kustomizations built, the Flux Kustomizations among them and
   * in the input applied, and every other file applied as it is.
   */
  private List<RenderedObject> implicit(
      List<ManifestLoader.FileResult> inputs,
      FileStore store,
      KustomizeBuilder builder,
      RenderLog log) {
    // Directories some kustomization or Flux path reaches: the others, with a kustomization, are
    // tops.
    Set<String> kustomizeDirs = new java.util.TreeSet<>();
    for (ManifestLoader.FileResult f : inputs) {
      if (KustomizeBuilder.KUSTOMIZATION_FILES.contains(RepositoryFiles.name(f.path()))) {
        kustomizeDirs.add(RepositoryFiles.parent(f.path()));
      }
    }
    Set<String> reached = new HashSet<>();
    // Paths Flux Kustomizations name that are not in the repository: a directory whose path ends
    // with one is where an application was moved (archive/kubernetes/apps/x for
    // ./kubernetes/apps/x), and nothing applies it.
    Set<String> missing = new HashSet<>();
    List<RenderedObject> fluxKustomizations = new ArrayList<>();
    for (ManifestLoader.FileResult f : inputs) {
      for (LoadedObject o : f.objects()) {
        RenderedObject r = RenderedObject.of(o);
        if (r.is(FluxWalk.GROUP, "Kustomization")) {
          fluxKustomizations.add(r);
          if (r.root().get("spec") instanceof ManifestMap spec && spec.text("path") != null) {
            String[] path = SourcePaths.resolve(store, spec.text("path"), "");
            if (path != null) {
              reached.add(path[0]);
            } else {
              String written = RepositoryFiles.join("", spec.text("path"));
              if (written != null && !written.isEmpty()) {
                missing.add(written);
              }
            }
          }
        }
      }
    }
    for (String dir : kustomizeDirs) {
      String file = builder.kustomizationFile(dir);
      ManifestMap k = file == null ? null : builder.kustomization(file);
      if (k == null) {
        continue;
      }
      for (String key : List.of("resources", "bases", "components")) {
        for (String r : KustomizeBuilder.strings(k.get(key))) {
          String path = KustomizeBuilder.remote(r) ? null : RepositoryFiles.join(dir, r);
          if (path != null) {
            reached.add(path);
          }
        }
      }
    }
    List<LoadedObject> scope = new ArrayList<>();
    inputs.forEach(f -> scope.addAll(f.objects()));
    settings.context().forEach(f -> scope.addAll(f.objects()));
    NamespaceRules namespaces = NamespaceRules.from(scope, settings.defaultNamespace());
    List<RenderedObject> seeds = new ArrayList<>();
    for (String dir : kustomizeDirs) {
      if (!reached.contains(dir) && !isComponent(builder, dir) && !moved(dir, missing)) {
        List<RenderedObject> built = new ArrayList<>(builder.build(dir));
        namespaceFromAbove(dir, built, builder);
        for (int i = 0; i < built.size(); i++) {
          built.set(i, assumedNamespace(built.get(i), namespaces));
        }
        seeds.addAll(built);
      }
    }
    FluxWalk walk = new FluxWalk(builder, store, log, settings.variables());
    List<FluxWalk.Root> roots = new ArrayList<>();
    Set<String> seeded = new HashSet<>();
    seeds.forEach(s -> seeded.add(s.file() + "#" + s.document() + "#" + s.item()));
    Substitutions looseValues = Substitutions.from(scope, settings.variables());
    for (RenderedObject ks : fluxKustomizations) {
      if (!seeded.contains(ks.file() + "#" + ks.document() + "#" + ks.item())) {
        // No kustomization in the input builds it: its own namespace, and what it passes on as a
        // target namespace when it sets none, are those the nearest kustomization above most likely
        // gives.
        RenderedObject placed = loose(ks, namespaces, looseValues);
        log.markBuiltIncomplete(placed);
        roots.add(new FluxWalk.Root("", "", placed));
      }
    }
    List<RenderedObject> objects = new ArrayList<>(walk.walk(roots, seeds));
    // Files nothing reached are applied as they are (kubectl apply -f); a chart's or an Ansible
    // role's templates are rendered by their tool first, never applied as written.
    Substitutions substitutions = Substitutions.from(scope, settings.variables());
    Set<String> charts = chartDirs(store.all());
    for (ManifestLoader.FileResult f : inputs) {
      if (log.role(f.path()) != null
          || KustomizeBuilder.KUSTOMIZATION_FILES.contains(RepositoryFiles.name(f.path()))
          || template(f.path(), charts)) {
        continue;
      }
      if (moved(RepositoryFiles.parent(f.path()), missing)) {
        log.role(f.path(), FileRole.NOT_APPLIED);
        continue;
      }
      for (LoadedObject o : f.objects()) {
        objects.add(loose(RenderedObject.of(o), namespaces, substitutions));
      }
    }
    return objects;
  }

  /**
   * Whether {@code dir} is, or lies in, a directory whose path ends with one of {@code missing}.
   */
  private static boolean moved(String dir, Set<String> missing) {
    for (String path : missing) {
      int at = dir.indexOf("/" + path);
      if (at >= 0
          && (dir.length() == at + 1 + path.length()
              || dir.charAt(at + 1 + path.length()) == '/')) {
        return true;
      }
    }
    return false;
  }

  /**
   * The namespace of the kustomizations above {@code dir}, outside the analyzed paths, that build
   * it (the outermost one's, which kustomize applies last): analyzing a subdirectory gives the
   * namespaces the whole tree gives. Their other transformers would bring in what was not asked
   * for, and are not applied.
   */
  private void namespaceFromAbove(
      String dir, List<RenderedObject> built, KustomizeBuilder builder) {
    Map<String, ManifestMap> above = new java.util.HashMap<>();
    for (ManifestLoader.FileResult f : settings.context()) {
      for (ParsedDocument d : f.documents()) {
        if (d.root() instanceof ManifestMap m) {
          above.put(RepositoryFiles.parent(f.path()), m);
          break;
        }
      }
    }
    ManifestScalar namespace = null;
    String file = null;
    String current = dir;
    for (String parent = RepositoryFiles.parent(dir); ; parent = RepositoryFiles.parent(parent)) {
      ManifestMap k = above.get(parent);
      if (k != null) {
        boolean lists = false;
        for (String key : List.of("resources", "bases", "components")) {
          for (String r : KustomizeBuilder.strings(k.get(key))) {
            String path = KustomizeBuilder.remote(r) ? null : RepositoryFiles.join(parent, r);
            lists |= path != null && (path.equals(current) || current.startsWith(path + "/"));
          }
        }
        if (!lists) {
          break;
        }
        if (k.get("namespace") instanceof ManifestScalar ns
            && !ns.isNull()
            && !ns.value().isEmpty()) {
          namespace = ns;
          file =
              parent.isEmpty()
                  ? builder.kustomizationFileName(parent)
                  : parent + "/" + builder.kustomizationFileName(parent);
        }
        current = parent;
      }
      if (parent.isEmpty()) {
        break;
      }
    }
    if (namespace != null) {
      KustomizeBuilder.setNamespace(
          built, namespace, file, NamespaceSource.KUSTOMIZATION, "namespace of " + file);
    }
  }

  /**
   * A namespaced object that a top kustomization built without a namespace: no Flux Kustomization
   * in the input applies that kustomization, and the one that does most likely passes on the
   * namespace of the nearest kustomization above it (as its targetNamespace): take it, and say it
   * is assumed.
   */
  private static RenderedObject assumedNamespace(RenderedObject o, NamespaceRules namespaces) {
    if (!o.namespace().isEmpty() || Kinds.isClusterScoped(o.kind())) {
      return o;
    }
    NamespaceRules.Resolution r = namespaces.resolve(o.file(), null);
    if (r.source() != NamespaceSource.ASSUMED) {
      return o;
    }
    TreeEdit set = new TreeEdit(o.grafts());
    ManifestNode root =
        set.update(
            o.root(),
            List.of("metadata", "namespace"),
            true,
            old -> TreeEdit.string(r.namespace(), o.root().span().start()));
    return root instanceof ManifestMap map
        ? o.withNamespace(map, set.grafts(), r.source(), r.origin())
        : o;
  }

  private static boolean isComponent(KustomizeBuilder builder, String dir) {
    String file = builder.kustomizationFile(dir);
    ManifestMap k = file == null ? null : builder.kustomization(file);
    return k != null && "Component".equals(k.text("kind"));
  }

  /**
   * An object of a file nothing reaches: its namespace as Flux and kustomize would most likely set
   * it, its variables substituted.
   */
  private RenderedObject loose(
      RenderedObject o, NamespaceRules namespaces, Substitutions substitutions) {
    java.util.function.UnaryOperator<String> substitute = substitutions.forFile(o.file());
    TreeEdit edit = new TreeEdit(o.grafts());
    ManifestNode tree =
        edit.mapScalars(
            o.root(),
            s -> {
              String now = s.value().contains("${") ? substitute.apply(s.value()) : s.value();
              now = VaultPlaceholders.fill(now, settings.variables());
              return now.equals(s.value())
                  ? s
                  : new ManifestScalar(now, s.kind(), s.plain(), s.start(), s.end());
            });
    RenderedObject substituted =
        tree == o.root() ? o : o.withRoot((ManifestMap) tree, edit.grafts());
    if (Kinds.isClusterScoped(o.kind())) {
      return substituted;
    }
    String written = substituted.namespace();
    NamespaceRules.Resolution r = namespaces.resolve(o.file(), written.isEmpty() ? null : written);
    if (r.source() == NamespaceSource.METADATA || r.source() == NamespaceSource.DEFAULT) {
      return substituted;
    }
    TreeEdit set = new TreeEdit(substituted.grafts());
    ManifestNode root =
        set.update(
            substituted.root(),
            List.of("metadata", "namespace"),
            true,
            old -> TreeEdit.string(r.namespace(), substituted.root().span().start()));
    return root instanceof ManifestMap map
        ? substituted.withNamespace(map, set.grafts(), r.source(), r.origin())
        : substituted;
  }

  // ---------------------------------------------------------------- file roles and notices

  private static Map<String, FileRole> classify(FileStore store, RenderLog log, boolean explicit) {
    Map<String, FileRole> roles = new TreeMap<>(log.roles());
    Set<String> chartDirs = chartDirs(store.all());
    for (ManifestLoader.FileResult f : store.all()) {
      String path = f.path();
      if (f.ownOutput()) {
        roles.put(path, FileRole.GWDNS_OUTPUT);
        continue;
      }
      FileRole known = roles.get(path);
      if (known != null && known != FileRole.RESOURCE) {
        continue;
      }
      FileRole byName = byName(path, chartDirs);
      if (byName != null
          && (known == null || byName == FileRole.HELM_CHART || byName == FileRole.ANSIBLE)) {
        roles.put(path, byName);
        continue;
      }
      if (known != null) {
        continue;
      }
      boolean refused =
          f.problems().stream()
              .anyMatch(p -> IO_PROBLEMS.contains(p.code()) || LIMIT_PROBLEMS.contains(p.code()));
      if (refused) {
        continue; // reported: gwdns cannot tell what it holds
      }
      if (f.objects().isEmpty() && !f.declaresObject()) {
        boolean unparsed = f.problems().stream().anyMatch(p -> !p.code().equals("missing-type"));
        roles.put(path, unparsed ? FileRole.UNPARSED : otherTool(f));
      } else if (explicit) {
        roles.put(path, FileRole.NOT_APPLIED);
      }
    }
    return roles;
  }

  /** Which other tool's file a file without objects is, from its content; else NOT_KUBERNETES. */
  private static FileRole otherTool(ManifestLoader.FileResult f) {
    String name = RepositoryFiles.name(f.path()).toLowerCase(java.util.Locale.ROOT);
    if (name.startsWith("renovate") || name.startsWith(".renovaterc")) {
      return FileRole.RENOVATE;
    }
    if (name.startsWith("taskfile")) {
      return FileRole.TASKFILE;
    }
    for (ParsedDocument d : f.documents()) {
      if (d.root() instanceof ManifestMap m) {
        if (m.get("sops") instanceof ManifestMap sops
            && (sops.get("mac") != null || sops.get("lastmodified") != null)) {
          return FileRole.SOPS;
        }
        if (m.get("machine") instanceof ManifestMap
            || (m.get("clusterName") != null && m.get("nodes") != null)
            || (m.get("talosVersion") != null)) {
          return FileRole.TALOS;
        }
        if (m.get("services") instanceof ManifestMap
            && (name.contains("compose") || m.get("version") != null || m.get("volumes") != null)) {
          return FileRole.COMPOSE;
        }
        if (m.get("tasks") instanceof ManifestMap && m.get("version") != null) {
          return FileRole.TASKFILE;
        }
        if (m.get("extends") != null
            && (m.get("packageRules") != null
                || name.endsWith(".json")
                || name.endsWith(".json5"))) {
          return FileRole.RENOVATE;
        }
      } else if (d.root() instanceof io.github.gwdns.core.load.ManifestList list
          && !list.items().isEmpty()
          && list.items().get(0) instanceof ManifestMap play
          && (play.get("hosts") != null || play.get("import_playbook") != null)) {
        return FileRole.ANSIBLE;
      }
    }
    return FileRole.NOT_KUBERNETES;
  }

  /** The directories that hold a {@code Chart.yaml}: Helm charts. */
  private static Set<String> chartDirs(Iterable<ManifestLoader.FileResult> files) {
    Set<String> dirs = new HashSet<>();
    for (ManifestLoader.FileResult f : files) {
      if (RepositoryFiles.name(f.path()).equals("Chart.yaml")
          || RepositoryFiles.name(f.path()).equals("Chart.yml")) {
        dirs.add(RepositoryFiles.parent(f.path()));
      }
    }
    return dirs;
  }

  /**
   * An Ansible role's file ({@code roles/<role>/templates/...}): a Jinja template, or the role's
   * tasks and variables.
   */
  private static final java.util.regex.Pattern ANSIBLE_ROLE =
      java.util.regex.Pattern.compile(
          "(^|.*/)roles/[^/]+/(templates|tasks|handlers|defaults|vars|meta|files)/.*");

  /**
   * True when the file is part of a Helm chart or an Ansible role: a template of what is applied,
   * not a manifest.
   */
  private static boolean template(String path, Set<String> chartDirs) {
    FileRole role = byName(path, chartDirs);
    return role == FileRole.HELM_CHART || role == FileRole.ANSIBLE;
  }

  /**
   * A role told by the file's name or place: a chart's file, an Ansible role's, Helm values, a
   * helmfile, a kustomization.
   */
  private static FileRole byName(String path, Set<String> chartDirs) {
    for (String dir = RepositoryFiles.parent(path); ; dir = RepositoryFiles.parent(dir)) {
      if (chartDirs.contains(dir)) {
        return FileRole.HELM_CHART;
      }
      if (dir.isEmpty()) {
        break;
      }
    }
    if (ANSIBLE_ROLE.matcher(path).matches()) {
      return FileRole.ANSIBLE;
    }
    String name = RepositoryFiles.name(path).toLowerCase(java.util.Locale.ROOT);
    if (KustomizeBuilder.KUSTOMIZATION_FILES.contains(RepositoryFiles.name(path))) {
      return FileRole.KUSTOMIZATION;
    }
    if (name.startsWith("helmfile")
        || path.contains("/helmfile.d/")
        || path.startsWith("helmfile.d/")) {
      return FileRole.HELMFILE;
    }
    if (name.matches("(.*[-_.])?values([-_.].*)?\\.ya?ml")) {
      return FileRole.HELM_VALUES;
    }
    return null;
  }

  private static List<Notice> summary(
      Map<String, FileRole> roles, List<Cluster> clusters, boolean explicit) {
    List<Notice> notices = new ArrayList<>();
    Map<FileRole, Integer> counts = new java.util.EnumMap<>(FileRole.class);
    List<String> notApplied = new ArrayList<>();
    roles.forEach(
        (path, role) -> {
          if (role == FileRole.NOT_APPLIED) {
            notApplied.add(path);
          } else if (role != FileRole.RESOURCE) {
            counts.merge(role, 1, Integer::sum);
          }
        });
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    if (total > 0) {
      List<Map.Entry<FileRole, Integer>> sorted = new ArrayList<>(counts.entrySet());
      sorted.sort(
          (a, b) ->
              a.getValue().equals(b.getValue())
                  ? a.getKey().compareTo(b.getKey())
                  : b.getValue() - a.getValue());
      StringBuilder text =
          new StringBuilder()
              .append(total)
              .append(
                  total == 1
                      ? " file is not a Kubernetes object"
                      : " files are not" + " Kubernetes objects")
              .append(" and not analyzed as such: ");
      for (int i = 0; i < sorted.size(); i++) {
        text.append(i == 0 ? "" : ", ")
            .append(sorted.get(i).getKey().count(sorted.get(i).getValue()));
      }
      notices.add(new Notice(text.toString(), ""));
    }
    if (!notApplied.isEmpty()) {
      notices.add(
          new Notice(
              notApplied.size()
                  + (notApplied.size() == 1 ? " file holds" : " files hold")
                  + " objects that no cluster entry point applies, and "
                  + (notApplied.size() == 1 ? "is" : "are")
                  + " not analyzed: "
                  + String.join(", ", notApplied.subList(0, Math.min(5, notApplied.size())))
                  + (notApplied.size() > 5 ? ", ... (the JSON report lists all)" : "")
                  + ". If a cluster applies them, analyze it with --cluster DIR",
              ""));
    }
    if (explicit) {
      StringBuilder text = new StringBuilder();
      for (Cluster c : clusters) {
        text.append(text.length() == 0 ? "" : "; ")
            .append(c.name().isEmpty() ? "" : c.name() + ": ")
            .append(c.entry());
      }
      notices.add(
          new Notice(
              (clusters.size() == 1 ? "1 cluster, from " : clusters.size() + " clusters, from ")
                  + text,
              ""));
    }
    return notices;
  }
}
