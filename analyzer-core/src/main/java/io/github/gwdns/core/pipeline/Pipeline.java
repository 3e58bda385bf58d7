package io.github.gwdns.core.pipeline;

import io.github.gwdns.core.AnalysisException;
import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.InstancePlan;
import io.github.gwdns.core.RepositoryTree;
import io.github.gwdns.core.deploy.ExternalDnsInstance;
import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.finding.ManifestProblem;
import io.github.gwdns.core.finding.Notice;
import io.github.gwdns.core.load.InputScanner;
import io.github.gwdns.core.load.ManifestLoader;
import io.github.gwdns.core.load.PathFilter;
import io.github.gwdns.core.load.SourceFile;
import io.github.gwdns.core.render.DiskFiles;
import io.github.gwdns.core.render.RenderResult;
import io.github.gwdns.core.render.Renderer;
import io.github.gwdns.core.render.RepositoryFiles;
import io.github.gwdns.core.rules.Baseline;
import io.github.gwdns.core.rules.Suppressions;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The driver of the analysis: runs the stages one way, load (files, YAML with positions) → render
 * (what each cluster applies: kustomize, Flux, Argo CD) → model (typed objects, indexed) → attach
 * (what a Gateway controller decides) → predict (what external-dns publishes) → rules (findings),
 * each cluster on its own from render on, and assembles the {@link AnalysisResult}. The public
 * entry point is {@link io.github.gwdns.core.Analyzer}; docs/architecture.md describes each stage.
 */
public final class Pipeline {
  /** What the API server accepts as a namespace name: an RFC 1123 label. */
  private static final java.util.regex.Pattern NAMESPACE_NAME =
      java.util.regex.Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");

  private Pipeline() {}

  /** Wall time per phase, for the benchmark's profile. */
  static final class PhaseClock {
    private final Map<String, Long> laps = new java.util.LinkedHashMap<>();
    private long last = System.nanoTime();

    void lap(String phase) {
      long now = System.nanoTime();
      laps.merge(phase, now - last, Long::sum);
      last = now;
    }

    Map<String, Long> laps() {
      return laps;
    }
  }

  /**
   * Runs the analysis.
   *
   * @throws AnalysisException when an input path does not exist or cannot be walked
   */
  public static AnalysisResult run(AnalysisRequest request) throws AnalysisException {
    PhaseClock clock = new PhaseClock();
    if (!NAMESPACE_NAME.matcher(request.defaultNamespace()).matches()) {
      throw new AnalysisException(
          "default namespace '"
              + request.defaultNamespace()
              + "' is not a namespace name"
              + " (at most 63 lowercase letters, digits and '-', starting and ending with a letter or digit)");
    }
    PathFilter filter;
    try {
      filter = new PathFilter(request.includes(), request.excludes());
    } catch (IllegalArgumentException e) {
      throw new AnalysisException(e.getMessage(), e);
    }
    InputScanner.Result scanned;
    if (request.git() != null) {
      RepositoryTree.Selection selected =
          request
              .git()
              .tree()
              .select(request.git().roots(), filter, request.git().rootsMustExist());
      scanned = new InputScanner.Result(selected.files(), selected.notices());
    } else {
      for (String cluster : request.clusters()) {
        java.nio.file.Path dir = request.baseDir().resolve(cluster).normalize();
        // A working tree has what it has: a cluster that is not there is a mistyped path, as a
        // PATH is (in Git history a cluster may come and go, and is a notice there).
        if (!java.nio.file.Files.isDirectory(dir)) {
          throw new AnalysisException(
              "cluster directory '"
                  + dir
                  + (java.nio.file.Files.exists(dir)
                      ? "' is not a directory"
                      : "' does not exist"));
        }
      }
      try {
        scanned = new InputScanner(request.baseDir(), filter).scan(request.paths());
      } catch (NoSuchFileException e) {
        throw new AnalysisException("path '" + e.getFile() + "' does not exist", e);
      } catch (java.nio.file.AccessDeniedException e) {
        throw new AnalysisException("cannot read path '" + e.getFile() + "': permission denied", e);
      } catch (IOException e) {
        throw new AnalysisException("cannot read input: " + e.getMessage(), e);
      }
    }
    List<SourceFile> files = new ArrayList<>(scanned.files());
    files.addAll(request.sources());

    ManifestLoader loader = new ManifestLoader(request.limits(), request.parseCache());
    ManifestLoader.Result loaded = loader.load(files);
    clock.lap("load");
    // A subdirectory's namespace may come from a kustomization.yaml above it: read those too.
    java.util.Set<String> read = new java.util.HashSet<>();
    files.forEach(f -> read.add(f.path()));
    List<SourceFile> above = new ArrayList<>();
    for (SourceFile f :
        request.git() != null
            ? request.git().tree().kustomizationsAbove(request.git().roots())
            : kustomizationsAbove(request)) {
      if (read.add(f.path())) {
        above.add(f);
      }
    }
    List<ManifestLoader.FileResult> context =
        above.isEmpty() ? List.of() : loader.load(above).files();
    RepositoryFiles repository =
        request.git() != null
            ? request.git().tree().files()
            : request.paths().isEmpty() ? RepositoryFiles.NONE : new DiskFiles(request.baseDir());
    RenderResult rendered =
        new Renderer(
                repository,
                loader,
                new Renderer.Settings(
                    request.clusters(),
                    request.variables(),
                    request.defaultNamespace(),
                    context,
                    io.github.gwdns.core.render.chart.ChartModels.builtIn().with(request.charts()),
                    request.git() != null
                        ? request.git().tree().files()
                        : new DiskFiles(request.baseDir()),
                    request.stdinName()))
            .render(loaded.files(), request.sources());
    clock.lap("render");
    List<ManifestLoader.FileResult> allFiles = new ArrayList<>(loaded.files());
    allFiles.addAll(rendered.extraFiles());
    ManifestLoader.Result all = ManifestLoader.combine(allFiles);
    List<ManifestProblem> fileProblems = new ArrayList<>();
    for (ManifestLoader.FileResult f : allFiles) {
      for (ManifestProblem p : Renderer.reportable(f, rendered)) {
        // What standard input stands for (--stdin-name) is where its unreadable parts are too.
        fileProblems.add(
            request.stdinName() != null && p.range().file().equals(SourceFile.STDIN)
                ? new ManifestProblem(
                    new io.github.gwdns.core.finding.SourceRange(
                        request.stdinName(),
                        p.range().startLine(),
                        p.range().startColumn(),
                        p.range().endLine(),
                        p.range().endColumn()),
                    p.severity(),
                    p.code(),
                    p.message(),
                    p.object(),
                    p.field())
                : p);
      }
    }
    List<io.github.gwdns.core.finding.InternalError> internalErrors =
        new ArrayList<>(all.internalErrors());

    Map<String, String> accepted = new HashMap<>(request.accepted());
    if (request.baseline() != null) {
      try {
        Baseline.read(request.baseline())
            .forEach(f -> accepted.putIfAbsent(f, "accepted in the baseline"));
      } catch (NoSuchFileException e) {
        throw new AnalysisException(
            "baseline file '"
                + request.baseline()
                + "' does not exist (write one with --write-baseline)",
            e);
      } catch (IOException e) {
        throw new AnalysisException(
            "cannot read baseline " + request.baseline() + ": " + e.getMessage(), e);
      }
    }
    boolean several = rendered.clusters().size() > 1;
    // What a part of a repository names but does not define may be in the rest of it.
    io.github.gwdns.core.render.RestOfRepository elsewhere =
        rendered.explicitEntries() || !partialInput(request)
            ? null
            : repository == RepositoryFiles.NONE
                ? io.github.gwdns.core.render.RestOfRepository.UNKNOWN
                : new io.github.gwdns.core.render.RestOfRepository(
                    repository,
                    loader,
                    allFiles.stream()
                        .map(ManifestLoader.FileResult::path)
                        .collect(java.util.stream.Collectors.toSet()));
    int unreadObjects = (int) fileProblems.stream().map(p -> p.range().file()).distinct().count();
    List<ClusterAnalysis.Outcome> outcomes = new ArrayList<>();
    for (io.github.gwdns.core.render.Cluster cluster : rendered.clusters()) {
      outcomes.add(
          ClusterAnalysis.run(cluster, request, internalErrors, clock, elsewhere, unreadObjects));
    }
    if (request.externalDnsInstance() != null
        && outcomes.stream()
            .flatMap(o -> o.instances().stream())
            .noneMatch(i -> i.name().equals(request.externalDnsInstance()))) {
      List<String> found =
          outcomes.stream()
              .flatMap(o -> o.instances().stream())
              .map(ExternalDnsInstance::name)
              .distinct()
              .sorted()
              .toList();
      throw new AnalysisException(
          "no external-dns instance '"
              + request.externalDnsInstance()
              + "' in the manifests"
              + (found.isEmpty() ? "" : "; found: " + String.join(", ", found)));
    }
    // Problems of files (not of one cluster's objects) are reported once.
    List<Finding> findings =
        new ArrayList<>(ClusterAnalysis.fileFindings(fileProblems, request, internalErrors));
    findings.addAll(several ? ClusterAnalysis.tagged(outcomes) : outcomes.get(0).findings());
    findings = new ArrayList<>(Suppressions.accept(findings, accepted));
    findings.sort(Finding.ORDER);
    clock.lap("rules");
    List<Notice> notices = new ArrayList<>(scanned.notices());
    notices.addAll(request.notices());
    notices.addAll(rendered.notices());
    java.util.Set<Notice> distinct = new java.util.LinkedHashSet<>();
    for (ClusterAnalysis.Outcome o : outcomes) {
      for (Notice n : o.inventory().notices()) {
        distinct.add(
            several && !o.cluster().name().isEmpty()
                ? new Notice("in cluster " + o.cluster().name() + ": " + n.message(), n.file())
                : n);
      }
    }
    notices.addAll(distinct);
    for (ClusterAnalysis.Outcome o : outcomes) {
      String where =
          several && !o.cluster().name().isEmpty() ? " of cluster " + o.cluster().name() : "";
      if (o.manifests().objects().isEmpty()) {
        notices.add(
            new Notice(
                "the input" + where + " holds no Kubernetes object: nothing was checked", ""));
      } else if (request.discoverExternalDns() && o.instances().isEmpty()) {
        io.github.gwdns.core.predict.ExternalDnsVersion version = request.externalDns().version();
        boolean given = !request.externalDns().origins().isEmpty();
        notices.add(
            new Notice(
                "no external-dns in the input"
                    + where
                    + ": predicted with external-dns "
                    + (version == null ? "v0.22.0" : version)
                    + (given ? " and the options given" : " defaults")
                    + " (deploy it from the analyzed files, or pass its flags, e.g. --source and --external-dns-version, to predict"
                    + " what your external-dns does)",
                ""));
      }
    }
    notices.sort(null);
    ManifestLoader.LoadStats load = all.stats();
    Map<String, Integer> byKind = new java.util.TreeMap<>();
    int objects = 0;
    for (ClusterAnalysis.Outcome o : outcomes) {
      o.manifests().countsByKind().forEach((k, v) -> byKind.merge(k, v, Integer::sum));
      objects += o.manifests().objects().size();
    }
    AnalysisResult.Stats stats =
        new AnalysisResult.Stats(
            load.files(),
            load.documents(),
            objects,
            load.nonKubernetes(),
            load.bytes(),
            byKind,
            clock.laps());
    List<String> unreadable = new ArrayList<>(scanned.unreadable());
    for (ManifestProblem p : all.problems()) {
      if (p.code().equals(ManifestLoader.UNREADABLE)) {
        unreadable.add(p.range().file() + ": " + p.message());
      }
    }
    unreadable.sort(null);
    internalErrors.sort(null);
    List<AnalysisResult> perCluster = new ArrayList<>();
    List<InstancePlan> plans = new ArrayList<>();
    List<ExternalDnsInstance> instances = new ArrayList<>();
    for (ClusterAnalysis.Outcome o : outcomes) {
      String name = o.cluster().name();
      List<InstancePlan> own = o.plans().stream().map(p -> p.inCluster(name)).toList();
      plans.addAll(own);
      instances.addAll(o.instances());
      List<Finding> mine =
          several
              ? findings.stream()
                  .filter(
                      f ->
                          f.cluster().isEmpty()
                              || java.util.Arrays.asList(f.cluster().split(", ")).contains(name))
                  .toList()
              : findings;
      perCluster.add(
          new AnalysisResult(
              mine,
              notices,
              o.manifests(),
              o.inventory(),
              o.attachments(),
              own.get(0).plan(),
              o.causes(),
              stats,
              own,
              o.instances(),
              unreadable,
              internalErrors,
              name,
              null,
              rendered.roles()));
    }
    ClusterAnalysis.Outcome first = outcomes.get(0);
    return new AnalysisResult(
        findings,
        notices,
        first.manifests(),
        first.inventory(),
        first.attachments(),
        plans.get(0).plan(),
        first.causes(),
        stats,
        plans,
        instances,
        unreadable,
        internalErrors,
        "",
        perCluster,
        rendered.roles());
  }

  /**
   * True when the input is part of a repository rather than all of it: standard input, or paths
   * that do not include the repository root.
   */
  private static boolean partialInput(AnalysisRequest request) {
    if (request.whole()) {
      return false;
    }
    if (!request.sources().isEmpty()) {
      return true;
    }
    if (request.git() != null) {
      return !request.git().roots().contains("");
    }
    Path base = request.baseDir().toAbsolutePath().normalize();
    return request.paths().stream().noneMatch(p -> p.toAbsolutePath().normalize().equals(base));
  }

  /**
   * The kustomization files of the directories above each input path on disk, up to the base
   * directory (the repository root): they are not walked, yet may give the files their namespace.
   */
  private static List<SourceFile> kustomizationsAbove(AnalysisRequest request) {
    Path base = request.baseDir().toAbsolutePath().normalize();
    List<SourceFile> files = new ArrayList<>();
    java.util.Set<Path> seen = new java.util.HashSet<>();
    for (Path p : request.paths()) {
      Path absolute = p.toAbsolutePath().normalize();
      for (Path dir = absolute.getParent();
          dir != null && dir.startsWith(base);
          dir = dir.getParent()) {
        for (String name : List.of("kustomization.yaml", "kustomization.yml", "Kustomization")) {
          Path file = dir.resolve(name);
          if (java.nio.file.Files.isRegularFile(file) && seen.add(file)) {
            files.add(SourceFile.of(base.relativize(file).toString().replace('\\', '/'), file));
          }
        }
      }
    }
    return files;
  }
}
