package io.github.gwdns.core.render;

import io.github.gwdns.core.load.LoadedObject;
import io.github.gwdns.core.load.ManifestList;
import io.github.gwdns.core.load.ManifestLoader;
import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.load.ManifestScalar;
import io.github.gwdns.core.load.ParsedDocument;
import io.github.gwdns.core.load.ScalarKind;
import io.github.gwdns.core.load.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds a directory as {@code kustomize build} does (and as Flux does when the directory has no
 * kustomization: every YAML file below it, a subdirectory with a kustomization as one resource):
 * resources and bases, components, generators ({@code configMapGenerator}, {@code secretGenerator},
 * {@code helmCharts}), then the transformers in kustomize's order ({@code patchesStrategicMerge},
 * {@code patches}, {@code namespace}, name prefix and suffix, labels and annotations, {@code
 * patchesJson6902}, {@code replacements}). Files are read as Flux reads them (no load restrictor).
 *
 * <p>What kustomize would fail on, or gwdns cannot read (a remote base, a missing file), is a
 * notice and the rest is built. A chart is not rendered: {@code helmCharts} entries become {@code
 * HelmChartInflationGenerator} objects carrying the release and its merged values, for the analyses
 * that read chart values (external-dns).
 */
final class KustomizeBuilder {
  /** The file names kustomize reads as a kustomization, in its order of preference. */
  static final List<String> KUSTOMIZATION_FILES =
      List.of("kustomization.yaml", "kustomization.yml", "Kustomization");

  /**
   * The kind gwdns gives a kustomize {@code helmCharts} entry (kustomize's own name for the
   * generator).
   */
  static final String HELM_CHART_KIND = "HelmChartInflationGenerator";

  private static final int MAX_DEPTH = 64;

  /**
   * What Flux adds to the kustomization of a Kustomization's path.
   *
   * @param namespace {@code spec.targetNamespace}, or null
   * @param namespaceFile the file it is written in
   * @param namespaceOrigin it, in words
   * @param patches {@code spec.patches}
   * @param components {@code spec.components}, relative to the path
   * @param namePrefix {@code spec.namePrefix}, or null
   * @param nameSuffix {@code spec.nameSuffix}, or null
   * @param labels {@code spec.commonMetadata.labels}
   * @param annotations {@code spec.commonMetadata.annotations}
   */
  record Overrides(
      ManifestScalar namespace,
      String namespaceFile,
      String namespaceOrigin,
      List<Patch> patches,
      List<String> components,
      String namePrefix,
      String nameSuffix,
      ManifestMap labels,
      ManifestMap annotations,
      String labelsFile) {
    static final Overrides NONE =
        new Overrides(null, null, null, List.of(), List.of(), null, null, null, null, null);
  }

  /** A patch with its optional target, and the file it is written in. */
  record Patch(ManifestNode content, Target target, String file) {}

  private final FileStore store;
  private final RenderLog log;
  private final EmbeddedYaml embedded;
  private final Map<String, List<RenderedObject>> built = new HashMap<>();
  private final Set<String> building = new HashSet<>();

  KustomizeBuilder(FileStore store, RenderLog log) {
    this.store = store;
    this.log = log;
    this.embedded = new EmbeddedYaml(store);
  }

  /** The kustomization file of {@code dir}, or null. */
  String kustomizationFile(String dir) {
    for (String name : KUSTOMIZATION_FILES) {
      String path = dir.isEmpty() ? name : dir + "/" + name;
      if (store.isFile(path)) {
        return path;
      }
    }
    return null;
  }

  /**
   * The name of {@code dir}'s kustomization file, as found among the context files too ({@code
   * kustomization.yaml} when none).
   */
  String kustomizationFileName(String dir) {
    String file = kustomizationFile(dir);
    return file == null ? "kustomization.yaml" : RepositoryFiles.name(file);
  }

  /** {@code kustomize build dir}; memoized, as a base included twice builds the same. */
  List<RenderedObject> build(String dir) {
    List<RenderedObject> done = built.get(dir);
    if (done != null) {
      return done;
    }
    if (!building.add(dir) || building.size() > MAX_DEPTH) {
      log.notice(
          "kustomization includes itself (through its resources); kustomize fails on this cycle",
          dir);
      building.remove(dir);
      return List.of();
    }
    List<RenderedObject> result;
    try {
      result = List.copyOf(build(dir, Overrides.NONE, false));
    } finally {
      building.remove(dir);
    }
    built.put(dir, result);
    return result;
  }

  /**
   * The build of a Flux Kustomization's path: its kustomization (or the one Flux generates) with
   * Flux's additions.
   */
  List<RenderedObject> buildFlux(String dir, Overrides overrides) {
    if (!building.add(dir)) {
      return List.of();
    }
    try {
      return build(dir, overrides, true);
    } finally {
      building.remove(dir);
    }
  }

  private List<RenderedObject> build(String dir, Overrides overrides, boolean generate) {
    String file = kustomizationFile(dir);
    List<RenderedObject> acc = new ArrayList<>();
    ManifestMap k = null;
    if (file != null) {
      log.role(file, FileRole.KUSTOMIZATION);
      k = kustomization(file);
      if (k == null) {
        log.notice(
            "kustomization cannot be read; nothing under " + dir + " is built from it", file);
        return acc;
      }
    } else if (generate) {
      for (String resource : scan(dir)) {
        addResource(dir, resource, acc, dir);
      }
    } else {
      log.notice(
          "no kustomization.yaml in "
              + (dir.isEmpty() ? "the repository root" : dir)
              + ", which a kustomization lists as a resource; kustomize fails on it",
          dir);
      return acc;
    }
    if (k != null) {
      accumulate(dir, file, k, acc);
    }
    for (String component : overrides.components()) {
      applyComponent(dir, component, acc, dir);
    }
    transform(dir, file, k, overrides, acc);
    if (log.isIncomplete(dir)) {
      acc.forEach(log::markBuiltIncomplete);
    }
    return acc;
  }

  /** The kustomization document of {@code file}, or null. */
  ManifestMap kustomization(String file) {
    ManifestLoader.FileResult loaded = store.load(file);
    if (loaded == null) {
      return null;
    }
    for (ParsedDocument d : loaded.documents()) {
      if (d.root() instanceof ManifestMap map) {
        return map;
      }
    }
    return null;
  }

  /** Resources, components and generators of one kustomization (or component), into {@code acc}. */
  private void accumulate(String dir, String file, ManifestMap k, List<RenderedObject> acc) {
    // Files that configure kustomize itself: read by it, never applied.
    for (String key :
        List.of("configurations", "crds", "transformers", "generators", "validators")) {
      for (String config : strings(k.get(key))) {
        String path = remote(config) ? null : RepositoryFiles.join(dir, config);
        if (path != null && store.isFile(path)) {
          log.role(path, FileRole.KUSTOMIZATION);
        }
      }
    }
    if (k.get("openapi") instanceof ManifestMap openapi && openapi.text("path") != null) {
      log.role(RepositoryFiles.join(dir, openapi.text("path")), FileRole.KUSTOMIZATION);
    }
    for (String key : List.of("resources", "bases")) {
      for (String resource : strings(k.get(key))) {
        addResource(dir, resource, acc, file);
      }
    }
    for (String component : strings(k.get("components"))) {
      applyComponent(dir, component, acc, file);
    }
    generate(dir, file, k, acc);
  }

  private void applyComponent(String dir, String component, List<RenderedObject> acc, String from) {
    String path = RepositoryFiles.join(dir, component);
    if (remote(component) || path == null) {
      log.unfollowed(
          path == null
              ? "kustomize components outside the repository (not read)"
              : "remote kustomize components (not read)",
          from,
          component);
      return;
    }
    String file = kustomizationFile(path);
    ManifestMap c = file == null ? null : kustomization(file);
    if (c == null) {
      log.unfollowed(
          "kustomize components that are not in the repository (not applied)", from, component);
      log.markIncomplete(from);
      return;
    }
    if (!building.add("component:" + path)) {
      return;
    }
    try {
      log.role(file, FileRole.KUSTOMIZATION);
      accumulate(path, file, c, acc);
      transform(path, file, c, Overrides.NONE, acc);
    } finally {
      building.remove("component:" + path);
    }
  }

  private void addResource(String dir, String resource, List<RenderedObject> acc, String from) {
    if (remote(resource)) {
      log.unfollowed(
          "remote kustomize resources (gwdns reads only the repository)", from, resource);
      return;
    }
    String path = RepositoryFiles.join(dir, resource);
    if (path == null) {
      log.unfollowed("kustomize resources outside the repository (not read)", from, resource);
    } else if (store.isDirectory(path)) {
      acc.addAll(build(path));
    } else if (store.isFile(path)) {
      acc.addAll(objectsOf(path));
    } else {
      log.unfollowed(
          "kustomize resources that are not in the repository (kustomize fails on them)",
          from,
          resource);
      log.markIncomplete(from);
    }
  }

  /** The objects of a resource file, as loaded. */
  List<RenderedObject> objectsOf(String path) {
    ManifestLoader.FileResult loaded = store.load(path);
    if (loaded == null) {
      return List.of();
    }
    log.role(path, FileRole.RESOURCE);
    List<RenderedObject> objects = new ArrayList<>();
    for (LoadedObject o : loaded.objects()) {
      objects.add(RenderedObject.of(o));
    }
    return objects;
  }

  /**
   * What Flux puts in the kustomization it generates: YAML files below, subdirectories with a
   * kustomization whole.
   */
  private List<String> scan(String dir) {
    List<String> found = new ArrayList<>();
    for (String name : store.list(dir)) {
      if (name.startsWith(".")) {
        continue;
      }
      String path = dir.isEmpty() ? name : dir + "/" + name;
      if (store.isDirectory(path)) {
        if (kustomizationFile(path) != null) {
          found.add(name);
        } else {
          for (String below : scan(path)) {
            found.add(name + "/" + below);
          }
        }
      } else {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
          found.add(name);
        }
      }
    }
    return found;
  }

  // ---------------------------------------------------------------- generators

  private void generate(String dir, String file, ManifestMap k, List<RenderedObject> acc) {
    ManifestMap options = k.get("generatorOptions") instanceof ManifestMap m ? m : null;
    for (String key : List.of("configMapGenerator", "secretGenerator")) {
      if (!(k.get(key) instanceof ManifestList list)) {
        continue;
      }
      for (ManifestNode item : list.items()) {
        if (item instanceof ManifestMap generator && generator.text("name") != null) {
          RenderedObject generated =
              generated(dir, file, generator, key.equals("secretGenerator"), options);
          String behavior = generator.text("behavior");
          int existing = indexOf(acc, generated);
          if (existing >= 0 && ("merge".equals(behavior) || "replace".equals(behavior))) {
            acc.set(
                existing,
                "merge".equals(behavior) ? mergeData(acc.get(existing), generated) : generated);
          } else {
            acc.add(generated);
          }
        }
      }
    }
    if (k.get("helmCharts") instanceof ManifestList charts) {
      String chartHome = k.get("helmGlobals") instanceof ManifestMap g ? g.text("chartHome") : null;
      for (int i = 0; i < charts.items().size(); i++) {
        if (charts.items().get(i) instanceof ManifestMap chart && chart.text("name") != null) {
          acc.add(helmChart(dir, file, chart, chartHome, i));
        }
      }
    }
  }

  private static int indexOf(List<RenderedObject> acc, RenderedObject generated) {
    for (int i = 0; i < acc.size(); i++) {
      RenderedObject o = acc.get(i);
      if (o.kind().equals(generated.kind())
          && o.name().equals(generated.name())
          && (generated.namespace().isEmpty() || o.namespace().equals(generated.namespace()))) {
        return i;
      }
    }
    return -1;
  }

  /** A ConfigMap or Secret as a generator makes it; values read from files keep the file's path. */
  private RenderedObject generated(
      String dir, String file, ManifestMap generator, boolean secret, ManifestMap options) {
    Span at = generator.span();
    Map<String, ManifestNode> data = new LinkedHashMap<>();
    Map<String, String> dataFiles = new LinkedHashMap<>();
    Map<ManifestNode, String> grafts = new java.util.IdentityHashMap<>();
    for (ManifestNode literal : list(generator.get("literals"))) {
      if (literal instanceof ManifestScalar s && s.value().contains("=")) {
        String value = s.value().substring(s.value().indexOf('=') + 1);
        data.put(
            s.value().substring(0, s.value().indexOf('=')).trim(),
            new ManifestScalar(unquote(value), ScalarKind.STRING, false, s.start(), s.end()));
      }
    }
    for (ManifestNode entry : list(generator.get("files"))) {
      if (!(entry instanceof ManifestScalar s) || s.isNull()) {
        continue;
      }
      String spec = s.value();
      String key =
          spec.contains("=") ? spec.substring(0, spec.indexOf('=')) : RepositoryFiles.name(spec);
      String source =
          RepositoryFiles.join(
              dir, spec.contains("=") ? spec.substring(spec.indexOf('=') + 1) : spec);
      if (source == null || !store.isFile(source)) {
        log.unfollowed(
            "generator files that are not in the repository (kustomize fails on them)", file, spec);
        continue;
      }
      log.role(source, FileRole.GENERATOR_INPUT);
      String text = store.text(source);
      data.put(
          key,
          new ManifestScalar(
              text == null ? "" : text, ScalarKind.STRING, false, s.start(), s.end()));
      dataFiles.put(key, source);
    }
    List<String> envs = new ArrayList<>(strings(generator.get("envs")));
    if (generator.text("env") != null) {
      envs.add(generator.text("env"));
    }
    for (String env : envs) {
      String source = RepositoryFiles.join(dir, env);
      String text = source == null ? null : store.text(source);
      if (text == null) {
        log.unfollowed(
            "generator files that are not in the repository (kustomize fails on them)", file, env);
        continue;
      }
      log.role(source, FileRole.GENERATOR_INPUT);
      String[] lines = text.split("\r\n|\r|\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty() || line.startsWith("#") || !line.contains("=")) {
          continue;
        }
        String value = line.substring(line.indexOf('=') + 1);
        ManifestScalar node =
            new ManifestScalar(
                value, ScalarKind.STRING, false, new Span(i + 1, 1, i + 1, lines[i].length() + 1));
        grafts.put(node, source);
        data.put(line.substring(0, line.indexOf('=')).trim(), node);
      }
    }
    List<ManifestMap.Entry> dataEntries = new ArrayList<>();
    data.forEach((key, value) -> dataEntries.add(new ManifestMap.Entry(key, at.start(), value)));
    List<ManifestMap.Entry> meta = new ArrayList<>();
    meta.add(new ManifestMap.Entry("name", at.start(), generator.get("name")));
    if (generator.get("namespace") instanceof ManifestScalar ns && !ns.isNull()) {
      meta.add(new ManifestMap.Entry("namespace", at.start(), ns));
    }
    for (String key : List.of("labels", "annotations")) {
      ManifestMap merged =
          mergeStrings(
              options == null ? null : options.get(key),
              generator.get("options") instanceof ManifestMap o ? o.get(key) : null);
      if (merged != null) {
        meta.add(new ManifestMap.Entry(key, at.start(), merged));
      }
    }
    List<ManifestMap.Entry> root = new ArrayList<>();
    root.add(new ManifestMap.Entry("apiVersion", at.start(), TreeEdit.string("v1", at.start())));
    root.add(
        new ManifestMap.Entry(
            "kind", at.start(), TreeEdit.string(secret ? "Secret" : "ConfigMap", at.start())));
    root.add(new ManifestMap.Entry("metadata", at.start(), new ManifestMap(meta, at)));
    root.add(
        new ManifestMap.Entry(
            secret ? "stringData" : "data", at.start(), new ManifestMap(dataEntries, at)));
    return new RenderedObject(
        file,
        0,
        -1,
        "v1",
        secret ? "Secret" : "ConfigMap",
        new ManifestMap(root, at),
        null,
        grafts,
        null,
        null,
        dataFiles,
        false);
  }

  private static ManifestMap mergeStrings(ManifestNode first, ManifestNode second) {
    List<ManifestMap.Entry> entries = new ArrayList<>();
    Span at = null;
    for (ManifestNode node : new ManifestNode[] {first, second}) {
      if (node instanceof ManifestMap m) {
        at = at == null ? m.span() : at;
        for (ManifestMap.Entry e : m.entries()) {
          entries.removeIf(x -> x.key().equals(e.key()));
          entries.add(e);
        }
      }
    }
    return at == null ? null : new ManifestMap(entries, at);
  }

  private static RenderedObject mergeData(RenderedObject existing, RenderedObject generated) {
    String field = existing.kind().equals("Secret") ? "stringData" : "data";
    TreeEdit edit = new TreeEdit(existing.grafts());
    edit.grafts().putAll(generated.grafts());
    ManifestMap data =
        existing.root().get(field) instanceof ManifestMap m
            ? m
            : TreeEdit.emptyMap(existing.root().span().start());
    if (generated.root().get(field) instanceof ManifestMap add) {
      for (ManifestMap.Entry e : add.entries()) {
        data = edit.with(data, e.key(), edit.graft(e.value(), generated.file()));
      }
    }
    Map<String, String> files = new LinkedHashMap<>(existing.dataFiles());
    files.putAll(generated.dataFiles());
    RenderedObject merged =
        existing.withRoot(edit.with(existing.root(), field, data), edit.grafts());
    return new RenderedObject(
        merged.file(),
        merged.document(),
        merged.item(),
        merged.apiVersion(),
        merged.kind(),
        merged.root(),
        merged.templateExpression(),
        merged.grafts(),
        merged.namespaceSource(),
        merged.namespaceOrigin(),
        files,
        merged.literalVariables());
  }

  /**
   * A {@code helmCharts} entry: the release and its values ({@code valuesFile}, then each of {@code
   * additionalValuesFiles}, then {@code valuesInline}, each merged over the ones before), each
   * value keeping its file.
   */
  private RenderedObject helmChart(
      String dir, String file, ManifestMap chart, String chartHome, int index) {
    Span at = chart.span();
    Map<ManifestNode, String> grafts = new java.util.IdentityHashMap<>();
    ManifestMap values = TreeEdit.emptyMap(at.start());
    String valuesFile = chart.text("valuesFile");
    if (valuesFile != null) {
      String path = RepositoryFiles.join(dir, valuesFile);
      ManifestLoader.FileResult loaded = store.load(path);
      if (loaded == null) {
        log.unfollowed(
            "helmCharts values files that are not in the repository (their values are not read)",
            file,
            valuesFile);
      } else {
        log.role(path, FileRole.HELM_VALUES);
        for (ParsedDocument d : loaded.documents()) {
          if (d.root() instanceof ManifestMap m) {
            values = m;
            grafts.put(m, path);
            break;
          }
        }
      }
    }
    for (String extra : strings(chart.get("additionalValuesFiles"))) {
      // helm template -f valuesFile -f extra...: each later file wins
      String path = RepositoryFiles.join(dir, extra);
      ManifestLoader.FileResult loaded = path == null ? null : store.load(path);
      if (loaded == null) {
        log.unfollowed(
            "helmCharts values files that are not in the repository (their values are not read)",
            file,
            extra);
        continue;
      }
      log.role(path, FileRole.HELM_VALUES);
      for (ParsedDocument d : loaded.documents()) {
        if (d.root() instanceof ManifestMap m) {
          TreeEdit edit = new TreeEdit(grafts);
          values = (ManifestMap) HelmValues.merge(values, m, path, edit);
          grafts = edit.grafts();
          break;
        }
      }
    }
    if (chart.get("valuesInline") instanceof ManifestMap inline) {
      TreeEdit edit = new TreeEdit(grafts);
      values = (ManifestMap) HelmValues.merge(values, inline, file, edit);
      grafts = edit.grafts();
    }
    if (chartHome != null) {
      String home = RepositoryFiles.join(dir, chartHome);
      if (home != null && store.isDirectory(home + "/" + chart.text("name"))) {
        log.role(home + "/" + chart.text("name"), FileRole.HELM_CHART);
      }
    }
    List<ManifestMap.Entry> meta = new ArrayList<>();
    ManifestNode release =
        chart.get("releaseName") instanceof ManifestScalar r && !r.isNull() ? r : chart.get("name");
    meta.add(new ManifestMap.Entry("name", at.start(), release));
    if (chart.get("namespace") instanceof ManifestScalar ns && !ns.isNull()) {
      meta.add(new ManifestMap.Entry("namespace", at.start(), ns));
    }
    List<ManifestMap.Entry> spec = new ArrayList<>();
    for (String key : List.of("name", "repo", "version", "releaseName")) {
      if (chart.get(key) != null) {
        spec.add(new ManifestMap.Entry(key, at.start(), chart.get(key)));
      }
    }
    spec.add(new ManifestMap.Entry("values", at.start(), values));
    List<ManifestMap.Entry> root = new ArrayList<>();
    root.add(
        new ManifestMap.Entry("apiVersion", at.start(), TreeEdit.string("builtin", at.start())));
    root.add(
        new ManifestMap.Entry("kind", at.start(), TreeEdit.string(HELM_CHART_KIND, at.start())));
    root.add(new ManifestMap.Entry("metadata", at.start(), new ManifestMap(meta, at)));
    root.add(new ManifestMap.Entry("spec", at.start(), new ManifestMap(spec, at)));
    // The entry's index tells two releases of one kustomization apart.
    return new RenderedObject(
        file,
        0,
        index,
        "builtin",
        HELM_CHART_KIND,
        new ManifestMap(root, at),
        null,
        grafts,
        null,
        null,
        Map.of(),
        false);
  }

  // ---------------------------------------------------------------- transformers

  private void transform(
      String dir, String file, ManifestMap k, Overrides overrides, List<RenderedObject> acc) {
    if (k != null) {
      for (ManifestNode entry : list(k.get("patchesStrategicMerge"))) {
        if (entry instanceof ManifestScalar s && !s.isNull()) {
          String path = RepositoryFiles.join(dir, s.value());
          List<ManifestNode> docs =
              path != null && store.isFile(path) ? patchFile(path) : embedded.parse(s, file);
          String patchFile = path != null && store.isFile(path) ? path : file;
          for (ManifestNode doc : docs) {
            patch(acc, new Patch(doc, null, patchFile), file);
          }
        }
      }
      for (ManifestNode entry : list(k.get("patches"))) {
        if (entry instanceof ManifestMap p) {
          for (Patch patch : patches(dir, file, p)) {
            patch(acc, patch, file);
          }
        }
      }
    }
    for (Patch patch : overrides.patches()) {
      patch(acc, patch, patch.file());
    }
    ManifestScalar namespace = overrides.namespace();
    String namespaceFile = overrides.namespaceFile();
    NamespaceSource source = NamespaceSource.FLUX;
    String origin = overrides.namespaceOrigin();
    if (namespace == null
        && k != null
        && k.get("namespace") instanceof ManifestScalar ns
        && !ns.isNull()
        && !ns.value().isEmpty()) {
      namespace = ns;
      namespaceFile = file;
      source = NamespaceSource.KUSTOMIZATION;
      origin = "namespace of " + file;
    }
    if (namespace != null) {
      setNamespace(acc, namespace, namespaceFile, source, origin);
    }
    String prefix =
        overrides.namePrefix() != null
            ? overrides.namePrefix()
            : k == null ? null : k.text("namePrefix");
    String suffix =
        overrides.nameSuffix() != null
            ? overrides.nameSuffix()
            : k == null ? null : k.text("nameSuffix");
    if ((prefix != null && !prefix.isEmpty()) || (suffix != null && !suffix.isEmpty())) {
      rename(acc, prefix == null ? "" : prefix, suffix == null ? "" : suffix);
    }
    if (k != null) {
      addMetadata(acc, "labels", k.get("commonLabels"), file);
      for (ManifestNode entry : list(k.get("labels"))) {
        if (entry instanceof ManifestMap l) {
          addMetadata(acc, "labels", l.get("pairs"), file);
        }
      }
      addMetadata(acc, "annotations", k.get("commonAnnotations"), file);
    }
    addMetadata(acc, "labels", overrides.labels(), overrides.labelsFile());
    addMetadata(acc, "annotations", overrides.annotations(), overrides.labelsFile());
    if (k != null) {
      for (ManifestNode entry : list(k.get("patchesJson6902"))) {
        if (entry instanceof ManifestMap p) {
          for (Patch patch : patches(dir, file, p)) {
            patch(acc, patch, file);
          }
        }
      }
      for (ManifestNode entry : list(k.get("replacements"))) {
        if (!(entry instanceof ManifestMap r)) {
          continue;
        }
        List<ManifestMap> replacements = new ArrayList<>();
        String replacementFile = file;
        if (r.text("path") != null) {
          String path = RepositoryFiles.join(dir, r.text("path"));
          ManifestLoader.FileResult loaded = path == null ? null : store.load(path);
          if (loaded == null) {
            log.unfollowed(
                "replacements files that are not in the repository (not applied)",
                file,
                r.text("path"));
            log.markIncomplete(file);
            continue;
          }
          log.role(path, FileRole.REPLACEMENT);
          replacementFile = path;
          for (ParsedDocument d : loaded.documents()) {
            if (d.root() instanceof ManifestList l) {
              l.items().stream()
                  .filter(ManifestMap.class::isInstance)
                  .map(ManifestMap.class::cast)
                  .forEach(replacements::add);
            } else if (d.root() instanceof ManifestMap m) {
              replacements.add(m);
            }
          }
        } else {
          replacements.add(r);
        }
        for (ManifestMap replacement : replacements) {
          String failure = Replacements.apply(acc, replacement, replacementFile);
          if (failure != null) {
            log.notice(
                "a replacement does not apply (" + failure + "); kustomize fails on it",
                replacementFile);
          }
        }
      }
    }
  }

  /** The patches of one {@code patches} or {@code patchesJson6902} entry. */
  private List<Patch> patches(String dir, String file, ManifestMap entry) {
    Target target = Target.of(entry.get("target"));
    List<Patch> patches = new ArrayList<>();
    if (entry.text("path") != null) {
      String path = RepositoryFiles.join(dir, entry.text("path"));
      if (path == null || !store.isFile(path)) {
        log.unfollowed(
            "kustomize patches that are not in the repository (not applied)",
            file,
            entry.text("path"));
        log.markIncomplete(file);
        return patches;
      }
      for (ManifestNode doc : patchFile(path)) {
        patches.add(new Patch(doc, target, path));
      }
    } else if (entry.get("patch") instanceof ManifestScalar inline && !inline.isNull()) {
      for (ManifestNode doc : embedded.parse(inline, file)) {
        patches.add(new Patch(doc, target, file));
      }
    }
    return patches;
  }

  private List<ManifestNode> patchFile(String path) {
    ManifestLoader.FileResult loaded = store.load(path);
    if (loaded == null) {
      return List.of();
    }
    log.role(path, FileRole.PATCH);
    List<ManifestNode> docs = new ArrayList<>();
    loaded.documents().forEach(d -> docs.add(d.root()));
    return docs;
  }

  /** Applies a patch to the objects it selects. */
  void patch(List<RenderedObject> acc, Patch patch, String from) {
    boolean json = StrategicMergePatch.isJsonPatch(patch.content());
    if (json && patch.target() == null) {
      log.notice("a JSON 6902 patch without a target applies to nothing", from);
      return;
    }
    for (int i = 0; i < acc.size(); i++) {
      RenderedObject o = acc.get(i);
      boolean selected =
          patch.target() != null
              ? patch.target().matches(o)
              : patch.content() instanceof ManifestMap m && StrategicMergePatch.selects(m, o);
      if (!selected) {
        continue;
      }
      if (json) {
        JsonPatch.Result result = JsonPatch.apply(o, (ManifestList) patch.content(), patch.file());
        if (result.failure() != null) {
          log.notice(
              "JSON 6902 patch does not apply to "
                  + o.kind()
                  + " "
                  + o.name()
                  + ": "
                  + result.failure(),
              patch.file());
        }
        acc.set(i, result.object());
      } else if (patch.content() instanceof ManifestMap m) {
        // The patch's own apiVersion, kind and name only select its target: they change nothing.
        RenderedObject patched = StrategicMergePatch.apply(o, m, patch.file());
        if (patched == null) {
          acc.remove(i--);
        } else {
          acc.set(i, patched);
        }
      }
    }
  }

  /**
   * kustomize's namespace transformer: every namespaced object gets {@code namespace}, and a
   * Namespace object takes it as its name (how the {@code name: _} placeholder works).
   */
  static void setNamespace(
      List<RenderedObject> acc,
      ManifestScalar namespace,
      String file,
      NamespaceSource source,
      String origin) {
    for (int i = 0; i < acc.size(); i++) {
      RenderedObject o = acc.get(i);
      boolean namespaceObject = o.kind().equals("Namespace") && o.group().isEmpty();
      if (!namespaceObject && Kinds.isClusterScoped(o.kind())) {
        continue;
      }
      TreeEdit edit = new TreeEdit(o.grafts());
      ManifestNode root =
          edit.update(
              o.root(),
              List.of("metadata", namespaceObject ? "name" : "namespace"),
              true,
              old -> edit.graft(namespace, file));
      if (root instanceof ManifestMap map) {
        acc.set(
            i,
            namespaceObject
                ? o.withRoot(map, edit.grafts())
                : o.withNamespace(map, edit.grafts(), source, origin));
      }
    }
  }

  private static void rename(List<RenderedObject> acc, String prefix, String suffix) {
    for (int i = 0; i < acc.size(); i++) {
      RenderedObject o = acc.get(i);
      if (o.kind().equals("Namespace") || o.kind().equals("CustomResourceDefinition")) {
        continue;
      }
      TreeEdit edit = new TreeEdit(o.grafts());
      ManifestNode root =
          edit.update(
              o.root(),
              List.of("metadata", "name"),
              false,
              old ->
                  old instanceof ManifestScalar s
                      ? edit.replaced(
                          s,
                          new ManifestScalar(
                              prefix + s.value() + suffix, s.kind(), s.plain(), s.start(), s.end()))
                      : old);
      if (root instanceof ManifestMap map) {
        acc.set(i, o.withRoot(map, edit.grafts()));
      }
    }
  }

  private static void addMetadata(
      List<RenderedObject> acc, String field, ManifestNode pairs, String file) {
    if (!(pairs instanceof ManifestMap add) || add.entries().isEmpty()) {
      return;
    }
    for (int i = 0; i < acc.size(); i++) {
      RenderedObject o = acc.get(i);
      TreeEdit edit = new TreeEdit(o.grafts());
      ManifestNode root = o.root();
      for (ManifestMap.Entry e : add.entries()) {
        root =
            edit.update(
                root,
                List.of("metadata", field, e.key()),
                true,
                old -> edit.graft(e.value(), file));
      }
      if (root instanceof ManifestMap map) {
        acc.set(i, o.withRoot(map, edit.grafts()));
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  static boolean remote(String resource) {
    String r = resource.toLowerCase(Locale.ROOT);
    return r.contains("://")
        || r.startsWith("github.com/")
        || r.startsWith("git@")
        || r.startsWith("git::")
        || r.startsWith("gitlab.com/")
        || r.startsWith("bitbucket.org/")
        || r.contains("?ref=");
  }

  static List<ManifestNode> list(ManifestNode node) {
    return node instanceof ManifestList l ? l.items() : List.of();
  }

  static List<String> strings(ManifestNode node) {
    List<String> values = new ArrayList<>();
    for (ManifestNode item : list(node)) {
      if (item instanceof ManifestScalar s && !s.isNull() && !s.value().isBlank()) {
        values.add(s.value().strip());
      }
    }
    return values;
  }

  private static String unquote(String value) {
    String v = value.strip();
    if (v.length() >= 2
        && ((v.startsWith("\"") && v.endsWith("\"")) || (v.startsWith("'") && v.endsWith("'")))) {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }
}
