package io.github.gwdns.core.render;

import io.github.gwdns.core.load.ManifestList;
import io.github.gwdns.core.load.ManifestLoader;
import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.load.ManifestScalar;
import io.github.gwdns.core.load.ParsedDocument;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one cluster applies, as kustomize-controller and helm-controller apply it: from its entry
 * points, each Flux Kustomization builds its path (with its target namespace, patches and
 * components) and substitutes its variables into what it built; the Kustomizations it built are
 * applied in turn, with the values their parent substituted into them (so a child's {@code
 * substitute} value may itself come from the parent's variables). Variables come from {@code
 * postBuild.substitute} and the ConfigMaps and Secrets of {@code substituteFrom}, generated ones
 * included. Finally each HelmRelease gets the values of its {@code valuesFrom} merged under its
 * own.
 */
final class FluxWalk {
  static final String GROUP = "kustomize.toolkit.fluxcd.io";

  /**
   * An entry point.
   *
   * @param path the directory applied, relative to the repository
   * @param sourceRoot the directory of the repository the source's paths are relative to ({@code
   *     ""}, or where an OCI artifact's root is)
   * @param kustomization the Kustomization that applies it, or null for one a FluxInstance or a
   *     bootstrap creates without options
   * @param literal nothing substitutes variables in what the root applies (a FluxInstance's sync
   *     has no post-build step); false when unknown (a directory given as a cluster)
   */
  record Root(String path, String sourceRoot, RenderedObject kustomization, boolean literal) {
    Root(String path, String sourceRoot, RenderedObject kustomization) {
      this(path, sourceRoot, kustomization, false);
    }
  }

  private record Task(
      RenderedObject kustomization,
      String path,
      String sourceRoot,
      KustomizeBuilder.Overrides overrides,
      Map<String, String> values,
      String missingFrom,
      String assumedNamespace,
      boolean deferred,
      boolean literal) {}

  private record Stored(RenderedObject object, Map<String, String> values) {}

  private final KustomizeBuilder builder;
  private final FileStore store;
  private final RenderLog log;
  private final EmbeddedYaml embedded;
  private final Map<String, String> given;
  private boolean exact;
  private final Set<String> ownSources =
      new HashSet<>(Set.of("GitRepository/flux-system", "OCIRepository/flux-system"));
  private final Set<String> ownUrls = new HashSet<>();
  private final List<RenderedObject> applied = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();
  private final Map<String, Stored> configs = new HashMap<>();
  private final Deque<Task> queue = new ArrayDeque<>();

  /**
   * @param given values for variables the repository does not hold ({@code --var})
   */
  FluxWalk(KustomizeBuilder builder, FileStore store, RenderLog log, Map<String, String> given) {
    this.builder = builder;
    this.store = store;
    this.log = log;
    this.embedded = new EmbeddedYaml(store);
    this.given = given;
  }

  /**
   * Walks from the cluster's real entry points, with nothing of the chain that applies each
   * Kustomization missing: a Kustomization without postBuild then really applies its files without
   * substitution. Without it (the input is part of a repository), a missing parent may add the
   * postBuild by a patch, so no {@code ${VAR}} is taken as final.
   */
  FluxWalk exact() {
    this.exact = true;
    return this;
  }

  /**
   * Declares the source the cluster syncs from (beside {@code flux-system}, the default): a
   * Kustomization of another source applies another repository, which is not followed.
   */
  FluxWalk source(String kind, String name, String url) {
    if (kind != null && name != null) {
      ownSources.add(kind + "/" + name);
    }
    if (url != null) {
      ownUrls.add(normalizedUrl(url));
    }
    return this;
  }

  private static String normalizedUrl(String url) {
    return url.replaceFirst("\\.git$", "")
        .replaceFirst("/$", "")
        .toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * True when {@code ks} applies this repository: its own source, an artifact made from it, or a
   * source of its URL.
   */
  private boolean ownSource(RenderedObject ks) {
    if (!(ks.root().get("spec") instanceof ManifestMap spec)
        || !(spec.get("sourceRef") instanceof ManifestMap ref)) {
      return true;
    }
    String kind = ref.text("kind") == null ? "GitRepository" : ref.text("kind");
    if (kind.equals("ExternalArtifact") || ownSources.contains(kind + "/" + ref.text("name"))) {
      return true;
    }
    for (RenderedObject o : applied) {
      if (o.kind().equals(kind)
          && o.name().equals(ref.text("name"))
          && o.root().get("spec") instanceof ManifestMap s
          && s.text("url") != null
          && ownUrls.contains(normalizedUrl(s.text("url")))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Applies {@code roots}, and {@code seeds} (objects applied as they are, following the
   * Kustomizations among them).
   */
  List<RenderedObject> walk(List<Root> roots, List<RenderedObject> seeds) {
    for (Root root : roots) {
      if (root.kustomization() != null) {
        seen.add(key(root.kustomization()));
        Task task = task(root.kustomization(), root.sourceRoot());
        if (task != null) {
          queue.add(task);
        }
      } else {
        queue.add(
            new Task(
                null,
                root.path(),
                root.sourceRoot(),
                KustomizeBuilder.Overrides.NONE,
                null,
                null,
                null,
                false,
                root.literal()));
      }
    }
    add(seeds, "", null);
    while (!queue.isEmpty()) {
      Task task = queue.poll();
      if (task.missingFrom() != null && !task.deferred() && !queue.isEmpty()) {
        // Its substituteFrom ConfigMap may come from a Kustomization not applied yet.
        queue.add(
            new Task(
                task.kustomization(),
                task.path(),
                task.sourceRoot(),
                task.overrides(),
                task.values(),
                task.missingFrom(),
                task.assumedNamespace(),
                true,
                task.literal()));
        continue;
      }
      if (task.missingFrom() != null && task.kustomization() != null) {
        Task refreshed = task(task.kustomization(), task.sourceRoot());
        task = refreshed == null ? task : refreshed;
        if (task.missingFrom() != null) {
          log.notice(
              "Flux Kustomization "
                  + key(task.kustomization())
                  + " substitutes from "
                  + task.missingFrom()
                  + ", which is not in the repository: its variables are unresolved",
              task.kustomization().file());
        }
      }
      List<RenderedObject> built = new ArrayList<>();
      for (RenderedObject o : builder.buildFlux(task.path(), task.overrides())) {
        RenderedObject substituted =
            task.values() == null ? o : FluxVariables.substitute(o, task.values());
        if (exact
            && (task.literal() || (task.values() != null && FluxVariables.disabled(o)))
            && (task.kustomization() == null || !log.isBuiltIncomplete(task.kustomization()))) {
          // Flux applies it without substitution: a ${VAR} left in it is final text.
          substituted = substituted.withLiteralVariables();
        }
        built.add(assume(substituted, task));
      }
      add(built, task.sourceRoot(), task.values());
    }
    mergeHelmValues();
    for (RenderedObject o : applied) {
      if (o.is("helm.toolkit.fluxcd.io", "HelmRelease")
          && o.root().get("spec") instanceof ManifestMap spec
          && spec.get("chart") instanceof ManifestMap chart
          && chart.get("spec") instanceof ManifestMap chartSpec
          && chartSpec.get("sourceRef") instanceof ManifestMap ref
          && "GitRepository".equals(ref.text("kind"))) {
        log.unfollowed(
            "HelmReleases of a chart kept in a Git repository (charts are not rendered: their objects are not"
                + " analyzed)",
            o.file(),
            key(o) + " installs " + chartSpec.text("chart"));
      }
    }
    return applied;
  }

  private void add(List<RenderedObject> objects, String sourceRoot, Map<String, String> values) {
    for (RenderedObject o : objects) {
      applied.add(o);
      if ((o.kind().equals("ConfigMap") || o.kind().equals("Secret")) && o.group().isEmpty()) {
        configs.put(o.kind() + "/" + o.namespace() + "/" + o.name(), new Stored(o, values));
      }
    }
    for (RenderedObject o : objects) {
      if (o.is(GROUP, "Kustomization") && seen.add(key(o))) {
        Task task = task(o, sourceRoot);
        if (task != null) {
          queue.add(task);
        }
      }
    }
  }

  /**
   * An object that ends without a namespace although the Kustomization that applies it was built
   * from a kustomization with missing parts (the component or replacement that sets the target
   * namespace, not in the input): it takes the Kustomization's own namespace, said to be assumed.
   */
  private static RenderedObject assume(RenderedObject o, Task task) {
    if (task.assumedNamespace() == null
        || !o.namespace().isEmpty()
        || Kinds.isClusterScoped(o.kind())
        || !(task.kustomization().root().get("metadata") instanceof ManifestMap meta)
        || !(meta.get("namespace") instanceof ManifestScalar ns)) {
      return o;
    }
    TreeEdit edit = new TreeEdit(o.grafts());
    String file = task.kustomization().fileAt(List.of("metadata", "namespace"));
    ManifestNode root =
        edit.update(o.root(), List.of("metadata", "namespace"), true, old -> edit.graft(ns, file));
    return root instanceof ManifestMap map
        ? o.withNamespace(
            map,
            edit.grafts(),
            NamespaceSource.ASSUMED,
            "the namespace of Flux Kustomization "
                + key(task.kustomization())
                + " ("
                + task.kustomization().file()
                + "), assumed to be passed on as its targetNamespace by parts of the repository gwdns did not read")
        : o;
  }

  private static String key(RenderedObject o) {
    return o.namespace() + "/" + o.name();
  }

  /** What applying Kustomization {@code ks} means, or null when its path cannot be followed. */
  private Task task(RenderedObject ks, String sourceRoot) {
    ManifestMap spec = ks.root().get("spec") instanceof ManifestMap s ? s : null;
    if (!ownSource(ks)) {
      ManifestMap ref = (ManifestMap) spec.get("sourceRef");
      log.unfollowed(
          "Flux Kustomizations that apply another repository (not analyzed)",
          ks.file(),
          key(ks) + " from " + ref.text("kind") + " " + ref.text("name"));
      return null;
    }
    String written = spec == null ? null : spec.text("path");
    if (written == null) {
      written = "";
    }
    if (written.contains("${")) {
      log.notice(
          "Flux Kustomization "
              + key(ks)
              + " applies `"
              + written
              + "`, which holds a variable gwdns has no value for:"
              + " not followed (pass it with --var)",
          ks.file());
      return null;
    }
    String[] resolved = SourcePaths.resolve(store, written, sourceRoot);
    if (resolved == null) {
      log.unfollowed(
          "Flux Kustomization paths that are not in the repository (not followed)",
          ks.file(),
          written);
      return null;
    }
    ManifestScalar namespace =
        spec.get("targetNamespace") instanceof ManifestScalar t
                && !t.isNull()
                && !t.value().isEmpty()
            ? t
            : null;
    List<KustomizeBuilder.Patch> patches = new ArrayList<>();
    for (ManifestNode p : KustomizeBuilder.list(spec.get("patches"))) {
      if (p instanceof ManifestMap entry && entry.get("patch") instanceof ManifestScalar text) {
        String file = ks.fileAt(List.of("spec", "patches"));
        for (ManifestNode doc : embedded.parse(text, file)) {
          patches.add(new KustomizeBuilder.Patch(doc, Target.of(entry.get("target")), file));
        }
      }
    }
    ManifestMap common = spec.get("commonMetadata") instanceof ManifestMap c ? c : null;
    KustomizeBuilder.Overrides overrides =
        new KustomizeBuilder.Overrides(
            namespace,
            namespace == null ? null : ks.fileAt(List.of("spec", "targetNamespace")),
            namespace == null
                ? null
                : "targetNamespace of Flux Kustomization " + key(ks) + " (" + ks.file() + ")",
            patches,
            KustomizeBuilder.strings(spec.get("components")),
            spec.text("namePrefix"),
            spec.text("nameSuffix"),
            common != null && common.get("labels") instanceof ManifestMap l ? l : null,
            common != null && common.get("annotations") instanceof ManifestMap a ? a : null,
            ks.file());
    Map<String, String> values = null;
    String missing = null;
    if (spec.get("postBuild") instanceof ManifestMap postBuild) {
      values = new LinkedHashMap<>(given);
      String namespaceOfKs = ks.namespace().isEmpty() ? "flux-system" : ks.namespace();
      for (ManifestNode item : KustomizeBuilder.list(postBuild.get("substituteFrom"))) {
        if (!(item instanceof ManifestMap ref) || ref.text("name") == null) {
          continue;
        }
        String kind = ref.text("kind") == null ? "ConfigMap" : ref.text("kind");
        Stored stored = configs.get(kind + "/" + namespaceOfKs + "/" + ref.text("name"));
        if (stored == null) {
          if (!"true".equals(ref.text("optional")) && kind.equals("ConfigMap")) {
            missing = kind + " " + namespaceOfKs + "/" + ref.text("name");
          }
          continue;
        }
        values.putAll(data(stored.object()));
      }
      values.putAll(FluxVariables.strings(postBuild.get("substitute")));
    }
    String assumed = namespace == null && builderIncomplete(ks) ? ks.namespace() : null;
    return new Task(
        ks,
        resolved[0],
        resolved[1],
        overrides,
        values,
        missing,
        assumed == null || assumed.isEmpty() ? null : assumed,
        false,
        values == null);
  }

  /** True when the kustomization that built {@code ks} had parts gwdns could not read. */
  private boolean builderIncomplete(RenderedObject ks) {
    return log.isBuiltIncomplete(ks);
  }

  /**
   * The data of a ConfigMap or Secret as Flux reads it for substitution (a Secret's base64 decoded;
   * SOPS-encrypted values unknown).
   */
  private static Map<String, String> data(RenderedObject config) {
    Map<String, String> values = new HashMap<>(FluxVariables.strings(config.root().get("data")));
    if (config.kind().equals("Secret")) {
      Map<String, String> decoded = new HashMap<>();
      values.forEach(
          (k, v) -> {
            if (config.root().get("sops") == null) {
              try {
                decoded.put(
                    k,
                    new String(Base64.getDecoder().decode(v.trim()), StandardCharsets.UTF_8)
                        .replace("\n", ""));
              } catch (IllegalArgumentException e) {
                // not base64: the API server would refuse it; leave the variable unresolved
              }
            }
          });
      values = decoded;
      if (config.root().get("sops") == null) {
        values.putAll(FluxVariables.strings(config.root().get("stringData")));
      }
    }
    values.values().removeIf(v -> v.startsWith("ENC[") || v.contains("${"));
    return values;
  }

  /**
   * helm-controller's values: those of each {@code valuesFrom} ConfigMap or Secret, in order, then
   * {@code spec.values} over them. Values read from a file (a generated ConfigMap) keep its
   * positions.
   */
  private void mergeHelmValues() {
    for (int i = 0; i < applied.size(); i++) {
      RenderedObject release = applied.get(i);
      if (!release.is("helm.toolkit.fluxcd.io", "HelmRelease")
          || !(release.root().get("spec") instanceof ManifestMap spec)
          || !(spec.get("valuesFrom") instanceof ManifestList from)) {
        continue;
      }
      TreeEdit edit = new TreeEdit(release.grafts());
      ManifestNode merged = TreeEdit.emptyMap(spec.span().start());
      for (ManifestNode item : from.items()) {
        if (!(item instanceof ManifestMap ref) || ref.text("name") == null) {
          continue;
        }
        String kind = ref.text("kind") == null ? "ConfigMap" : ref.text("kind");
        String valuesKey = ref.text("valuesKey") == null ? "values.yaml" : ref.text("valuesKey");
        Stored stored = configs.get(kind + "/" + release.namespace() + "/" + ref.text("name"));
        if (stored == null) {
          if (!"true".equals(ref.text("optional"))) {
            log.notice(
                "HelmRelease "
                    + key(release)
                    + " takes values from "
                    + kind
                    + " "
                    + release.namespace()
                    + "/"
                    + ref.text("name")
                    + ", which is not in the repository: those values are not read",
                release.file());
          }
          continue;
        }
        ManifestNode values;
        if (ref.text("targetPath") != null) {
          // The raw string, set at the path.
          String field = stored.object().root().get("stringData") != null ? "stringData" : "data";
          if (!(stored.object().root().get(field) instanceof ManifestMap data)
              || !(data.get(valuesKey) instanceof ManifestScalar raw)) {
            continue;
          }
          values =
              edit.update(
                  TreeEdit.emptyMap(spec.span().start()),
                  List.of((Object[]) ref.text("targetPath").split("\\.")),
                  true,
                  old -> edit.graft(raw, stored.object().fileAt(List.of(field, valuesKey))));
        } else {
          values = valuesOf(stored, valuesKey, edit);
        }
        if (values == null) {
          continue;
        }
        // Values read from a file (a generated ConfigMap's) are in that file, not the
        // kustomization.
        merged =
            HelmValues.merge(
                merged,
                values,
                edit.grafts().getOrDefault(values, stored.object().fileAt(List.of())),
                edit);
      }
      if (spec.get("values") instanceof ManifestMap own) {
        merged = HelmValues.merge(merged, own, release.fileAt(List.of("spec", "values")), edit);
      }
      final ManifestNode result = merged;
      ManifestNode root =
          edit.update(release.root(), List.of("spec", "values"), true, old -> result);
      if (root instanceof ManifestMap map) {
        applied.set(i, release.withRoot(map, edit.grafts()));
      }
    }
  }

  /**
   * The values a ConfigMap or Secret holds at {@code key}, with their positions; null when none.
   */
  private ManifestNode valuesOf(Stored stored, String key, TreeEdit edit) {
    RenderedObject config = stored.object();
    String file = config.dataFiles().get(key);
    if (file != null) {
      ManifestLoader.FileResult loaded = store.load(file);
      log.role(file, FileRole.HELM_VALUES);
      if (loaded != null) {
        for (ParsedDocument d : loaded.documents()) {
          if (d.root() instanceof ManifestMap m) {
            ManifestNode values = edit.graft(m, file);
            return stored.values() == null
                ? values
                : FluxVariables.substitute(values, stored.values(), edit);
          }
        }
      }
      return null;
    }
    String field =
        config.kind().equals("Secret") && config.root().get("stringData") != null
            ? "stringData"
            : "data";
    if (config.root().get(field) instanceof ManifestMap data
        && data.get(key) instanceof ManifestScalar text
        && !(config.kind().equals("Secret") && field.equals("data"))) {
      String at = config.fileAt(List.of(field, key));
      List<ManifestNode> docs = embedded.parse(text, at);
      return docs.isEmpty() ? null : edit.graft(docs.get(0), at);
    }
    return null;
  }
}
