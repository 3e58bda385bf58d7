package io.github.gwdns.core;

import io.github.gwdns.core.attach.AttachmentResolver;
import io.github.gwdns.core.attach.Attachments;
import io.github.gwdns.core.deploy.ExternalDnsDiscovery;
import io.github.gwdns.core.deploy.ExternalDnsInstance;
import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.finding.Notice;
import io.github.gwdns.core.finding.ObjectRef;
import io.github.gwdns.core.finding.SourceRange;
import io.github.gwdns.core.git.TreeSnapshot;
import io.github.gwdns.core.load.InputScanner;
import io.github.gwdns.core.load.LoadedObject;
import io.github.gwdns.core.load.ManifestLoader;
import io.github.gwdns.core.load.ManifestProblem;
import io.github.gwdns.core.load.PathFilter;
import io.github.gwdns.core.load.SourceFile;
import io.github.gwdns.core.model.KubeObject;
import io.github.gwdns.core.model.Inventory;
import io.github.gwdns.core.model.Manifests;
import io.github.gwdns.core.predict.DnsPlan;
import io.github.gwdns.core.predict.EndpointPredictor;
import io.github.gwdns.core.predict.ExternalDnsOptions;
import io.github.gwdns.core.rules.Baseline;
import io.github.gwdns.core.rules.RuleEngine;
import io.github.gwdns.core.rules.RuleInput;
import io.github.gwdns.core.rules.Suppressions;
import io.github.gwdns.core.model.decode.NamespaceRules;
import io.github.gwdns.core.model.decode.ObjectDecoder;
import io.github.gwdns.core.model.decode.Substitutions;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entry point of gwdns's analysis. Everything the CLI and the Maven plugin do goes through here.
 *
 * <h2>Usage</h2>
 *
 * <pre>{@code
 * AnalysisResult result = Analyzer.run(
 *     AnalysisRequest.builder()
 *         .addPath(Path.of("clusters/prod"))
 *         .excludes(List.of("**}{@code /charts/**"))
 *         .build());
 * for (Finding f : result.findings()) {
 *   System.out.println(f.location().display() + " " + f.ruleId() + " " + f.message());
 * }
 * }</pre>
 *
 * <p>The pipeline runs one way: load (files, YAML with positions) → model (typed objects, indexed)
 * → attach (what a Gateway controller decides) → predict (what external-dns publishes) → findings.
 * Bad input never throws: a file that does not parse, or an object the API server would reject,
 * becomes an {@code invalid-manifest} finding and the rest is still analyzed. Only input that cannot
 * be reached at all (a path that does not exist) throws {@link AnalysisException}. Nothing here
 * prints or exits.
 */
public final class Analyzer {
  /** What the API server accepts as a namespace name: an RFC 1123 label. */
  private static final java.util.regex.Pattern NAMESPACE_NAME =
      java.util.regex.Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");

  private Analyzer() {}

  /** Wall time per phase, for the benchmark's profile. */
  private static final class PhaseClock {
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
      throw new AnalysisException("default namespace '" + request.defaultNamespace() + "' is not a namespace name"
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
      TreeSnapshot.Selection selected = request.git().tree().select(request.git().roots(), filter, request.git().rootsMustExist());
      scanned = new InputScanner.Result(selected.files(), selected.notices());
    } else {
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

    ManifestLoader.Result loaded = new ManifestLoader(request.limits(), request.parseCache()).load(files);
    clock.lap("load");
    List<ManifestProblem> problems = new ArrayList<>(loaded.problems());
    Substitutions substitutions = Substitutions.from(loaded.objects(), request.variables());
    // A subdirectory's namespace may come from a kustomization.yaml above it: read those too.
    List<io.github.gwdns.core.load.LoadedObject> kustomizeScope = new ArrayList<>(loaded.objects());
    java.util.Set<String> read = new java.util.HashSet<>();
    files.forEach(f -> read.add(f.path()));
    List<SourceFile> above = new ArrayList<>();
    for (SourceFile f : request.git() != null ? request.git().tree().kustomizationsAbove(request.git().roots())
        : kustomizationsAbove(request)) {
      if (read.add(f.path())) {
        above.add(f);
      }
    }
    if (!above.isEmpty()) {
      kustomizeScope.addAll(new ManifestLoader(request.limits(), request.parseCache()).load(above).objects());
    }
    ObjectDecoder decoder = new ObjectDecoder(NamespaceRules.from(kustomizeScope, request.defaultNamespace()), substitutions);
    List<KubeObject> objects = new ArrayList<>();
    Map<ObjectRef, SourceRange> rejected = new HashMap<>();
    List<io.github.gwdns.core.finding.InternalError> internalErrors = new ArrayList<>(loaded.internalErrors());
    // Objects decode independently: on all cores, then gathered in input order, so the result is
    // the same whatever the scheduling.
    List<LoadedObject> loadedObjects = loaded.objects();
    List<Object> decodedAll = java.util.stream.IntStream.range(0, loadedObjects.size()).parallel()
        .mapToObj(i -> decodeSafely(decoder, loadedObjects.get(i))).toList();
    for (int i = 0; i < loadedObjects.size(); i++) {
      LoadedObject object = loadedObjects.get(i);
      if (decodedAll.get(i) instanceof Throwable e) {
        // A bug decoding one object leaves that object out, not the run.
        internalErrors.add(new io.github.gwdns.core.finding.InternalError(
            object.kind() + " in " + object.file() + " (document " + (object.document() + 1) + ")", e));
        problems.add(ManifestProblem.error(object.root().span().in(object.file()), "internal-error",
            "gwdns could not decode this " + object.kind() + " because of a bug in gwdns (" + e.getClass().getSimpleName()
                + "); it is left out of the analysis. Please report it with this manifest."));
        continue;
      }
      ObjectDecoder.Result decoded = (ObjectDecoder.Result) decodedAll.get(i);
      problems.addAll(decoded.problems());
      if (decoded.object() != null) {
        objects.add(decoded.object());
      } else {
        decoded.problems().stream().filter(p -> p.object() != null).findFirst()
            .ifPresent(p -> rejected.putIfAbsent(p.object(), p.range()));
      }
    }
    Manifests manifests = new Manifests(objects, rejected);
    Inventory inventory = new Inventory(manifests);
    clock.lap("decode+index");
    Attachments attachments = new AttachmentResolver(inventory).resolveAll();
    clock.lap("attach");
    List<ExternalDnsInstance> instances = request.discoverExternalDns() ? ExternalDnsDiscovery.find(inventory, substitutions) : List.of();
    List<InstancePlan> plans = new ArrayList<>();
    for (ExternalDnsInstance instance : selected(instances, request.externalDnsInstance())) {
      ExternalDnsOptions options = (instance == null ? request.externalDns() : request.externalDns().over(instance.options()))
          .withVersionDefaults();
      try {
        plans.add(new InstancePlan(instance, new EndpointPredictor(inventory, attachments, options).predict()));
      } catch (IllegalArgumentException e) {
        throw new AnalysisException((instance == null ? "" : instance.label() + ": ") + e.getMessage(), e);
      }
    }
    DnsPlan plan = plans.get(0).plan();
    clock.lap("predict");

    Map<String, String> accepted = new HashMap<>(request.accepted());
    if (request.baseline() != null) {
      try {
        Baseline.read(request.baseline()).forEach(f -> accepted.putIfAbsent(f, "accepted in the baseline"));
      } catch (IOException e) {
        throw new AnalysisException("cannot read baseline " + request.baseline() + ": " + e.getMessage(), e);
      }
    }
    RuleInput input = null;
    List<List<Finding>> perPlan = new ArrayList<>();
    for (InstancePlan p : plans) {
      RuleInput in = RuleInput.of(inventory, attachments, p.plan(), problems, instances, p.instance());
      input = input == null ? in : input;
      perPlan.add(RuleEngine.run(in, request.rules(), internalErrors));
    }
    List<Finding> findings =
        new ArrayList<>(
            Suppressions.apply(
                InstancePlan.combine(perPlan, plans),
                inventory,
                request.inlineSuppressions(),
                request.rules(),
                accepted));
    findings.sort(Finding.ORDER);
    clock.lap("rules");
    List<Notice> notices = new ArrayList<>(scanned.notices());
    notices.addAll(request.notices());
    notices.addAll(inventory.notices());
    notices.sort(null);
    ManifestLoader.LoadStats load = loaded.stats();
    AnalysisResult.Stats stats =
        new AnalysisResult.Stats(
            load.files(),
            load.documents(),
            objects.size(),
            load.nonKubernetes(),
            load.bytes(),
            manifests.countsByKind(),
            clock.laps());
    List<String> unreadable = new ArrayList<>(scanned.unreadable());
    for (ManifestProblem p : loaded.problems()) {
      if (p.code().equals(ManifestLoader.UNREADABLE)) {
        unreadable.add(p.range().file() + ": " + p.message());
      }
    }
    unreadable.sort(null);
    internalErrors.sort(null);
    return new AnalysisResult(findings, notices, manifests, inventory, attachments, plan, input.causes(), stats, plans, instances,
        unreadable, internalErrors);
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
      for (Path dir = absolute.getParent(); dir != null && dir.startsWith(base); dir = dir.getParent()) {
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

  /** The decoded object, or what a bug in decoding threw. */
  private static Object decodeSafely(ObjectDecoder decoder, LoadedObject object) {
    try {
      return decoder.decode(object);
    } catch (RuntimeException | StackOverflowError e) {
      return e;
    }
  }

  /**
   * The instances to predict for: the one {@code --external-dns} names, else all; a single null
   * (the request's own options) when the manifests deploy none.
   */
  private static List<ExternalDnsInstance> selected(List<ExternalDnsInstance> instances, String name)
      throws AnalysisException {
    if (name != null) {
      for (ExternalDnsInstance i : instances) {
        if (i.name().equals(name)) {
          return List.of(i);
        }
      }
      throw new AnalysisException("no external-dns instance '" + name + "' in the manifests"
          + (instances.isEmpty() ? "" : "; found: " + String.join(", ", instances.stream().map(ExternalDnsInstance::name).toList())));
    }
    if (instances.isEmpty()) {
      List<ExternalDnsInstance> none = new ArrayList<>();
      none.add(null);
      return none;
    }
    return instances;
  }
}
