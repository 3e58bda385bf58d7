package io.github.gwdns.core.pipeline;

import io.github.gwdns.core.AnalysisException;
import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.InstancePlan;
import io.github.gwdns.core.attach.AttachmentResolver;
import io.github.gwdns.core.attach.Attachments;
import io.github.gwdns.core.deploy.ExternalDnsDiscovery;
import io.github.gwdns.core.deploy.ExternalDnsInstance;
import io.github.gwdns.core.deploy.ExternalDnsStartup;
import io.github.gwdns.core.deploy.StartupFailure;
import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.finding.ManifestProblem;
import io.github.gwdns.core.finding.ObjectRef;
import io.github.gwdns.core.finding.SourceRange;
import io.github.gwdns.core.model.Inventory;
import io.github.gwdns.core.model.KubeObject;
import io.github.gwdns.core.model.Manifests;
import io.github.gwdns.core.model.decode.ObjectDecoder;
import io.github.gwdns.core.predict.DnsPlan;
import io.github.gwdns.core.predict.EndpointPredictor;
import io.github.gwdns.core.predict.ExternalDnsOptions;
import io.github.gwdns.core.render.Cluster;
import io.github.gwdns.core.render.RenderedObject;
import io.github.gwdns.core.rules.Causes;
import io.github.gwdns.core.rules.RuleEngine;
import io.github.gwdns.core.rules.RuleInput;
import io.github.gwdns.core.rules.Suppressions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analysis of one cluster, from its rendered objects on: decode, index, attach, predict for
 * each of its external-dns instances, run the rules. Clusters are analyzed apart, so two clusters
 * defining {@code networking/envoy} never merge into one Gateway.
 */
final class ClusterAnalysis {
  private ClusterAnalysis() {}

  /** What one cluster's analysis produced. */
  record Outcome(
      Cluster cluster,
      Manifests manifests,
      Inventory inventory,
      Attachments attachments,
      Causes causes,
      List<InstancePlan> plans,
      List<ExternalDnsInstance> instances,
      List<Finding> findings) {}

  static Outcome run(
      Cluster cluster,
      AnalysisRequest request,
      List<io.github.gwdns.core.finding.InternalError> internalErrors,
      Pipeline.PhaseClock clock,
      io.github.gwdns.core.render.RestOfRepository elsewhere,
      int unreadObjects)
      throws AnalysisException {
    ObjectDecoder decoder = new ObjectDecoder(request.defaultNamespace());
    List<RenderedObject> rendered = cluster.objects();
    // Objects decode independently: on all cores, then gathered in input order, so the result is
    // the same whatever the scheduling.
    List<Object> decodedAll =
        java.util.stream.IntStream.range(0, rendered.size())
            .parallel()
            .mapToObj(i -> decodeSafely(decoder, rendered.get(i)))
            .toList();
    List<KubeObject> objects = new ArrayList<>();
    List<ManifestProblem> problems = new ArrayList<>();
    Map<ObjectRef, SourceRange> rejected = new HashMap<>();
    for (int i = 0; i < rendered.size(); i++) {
      RenderedObject object = rendered.get(i);
      if (decodedAll.get(i) instanceof Throwable e) {
        // A bug decoding one object leaves that object out, not the run.
        internalErrors.add(
            new io.github.gwdns.core.finding.InternalError(
                object.kind()
                    + " in "
                    + object.file()
                    + " (document "
                    + (object.document() + 1)
                    + ")",
                e));
        problems.add(
            ManifestProblem.error(
                object.root().span().in(object.file()),
                "internal-error",
                "gwdns could not decode this "
                    + object.kind()
                    + " because of a bug in gwdns ("
                    + e.getClass().getSimpleName()
                    + "); it is left out of the analysis. Please report it with this manifest."));
        continue;
      }
      ObjectDecoder.Result decoded = (ObjectDecoder.Result) decodedAll.get(i);
      problems.addAll(decoded.problems());
      if (decoded.object() != null) {
        objects.add(decoded.object());
      } else {
        decoded.problems().stream()
            .filter(p -> p.object() != null)
            .findFirst()
            .ifPresent(p -> rejected.putIfAbsent(p.object(), p.range()));
      }
    }
    Manifests manifests = new Manifests(objects, rejected);
    Inventory inventory =
        new Inventory(
            manifests,
            io.github.gwdns.core.model.decode.PlatformObjectsDecoder.decode(manifests.others()));
    clock.lap("decode+index");
    Attachments attachments = new AttachmentResolver(inventory).resolveAll();
    clock.lap("attach");
    List<ExternalDnsInstance> instances =
        request.discoverExternalDns() ? ExternalDnsDiscovery.find(inventory) : List.of();
    List<InstancePlan> plans = new ArrayList<>();
    for (ExternalDnsInstance instance : selected(instances, request.externalDnsInstance())) {
      ExternalDnsOptions options =
          (instance == null
                  ? request.externalDns()
                  : request.externalDns().over(instance.options()))
              .withVersionDefaults();
      List<StartupFailure> startup =
          instance == null
              ? List.of()
              : ExternalDnsStartup.check(instance.commandLine(), options.version());
      boolean starts = startup.stream().noneMatch(StartupFailure::certain);
      DnsPlan plan;
      try {
        plan = new EndpointPredictor(inventory, attachments, options).predict();
      } catch (IllegalArgumentException e) {
        if (starts && refusedByTheInstance(e, options, instance)) {
          // The Deployment's own value: external-dns exits with it, a finding and not a usage
          // error.
          io.github.gwdns.core.predict.InvalidOptionException invalid =
              (io.github.gwdns.core.predict.InvalidOptionException) e;
          startup = new ArrayList<>(startup);
          startup.add(
              ExternalDnsStartup.refusedValue(
                  instance.commandLine(), invalid.option().flag(), e.getMessage()));
          starts = false;
        } else if (starts) {
          throw new AnalysisException(blamed(e, options, instance), e);
        }
        // An external-dns that refuses its options publishes nothing: predict without the values
        // that cannot be used, so the plan lists the names it would have had, all "does not start".
        plan =
            new EndpointPredictor(
                    inventory,
                    attachments,
                    options.toBuilder()
                        .labelFilter("")
                        .annotationFilter("")
                        .gatewayLabelFilter("")
                        .fqdnTemplates(List.of())
                        .regexDomainFilter("")
                        .regexDomainExclusion("")
                        .build())
                .predict();
      }
      if (!starts) {
        StartupFailure first =
            startup.stream().filter(StartupFailure::certain).findFirst().orElseThrow();
        plan = plan.notStarting(instance.label() + " does not start (" + first.logged() + ")");
      }
      plans.add(new InstancePlan(instance, plan, "", startup));
    }
    clock.lap("predict");
    RuleInput input = null;
    List<List<Finding>> perPlan = new ArrayList<>();
    for (InstancePlan p : plans) {
      RuleInput in =
          RuleInput.of(inventory, attachments, p.plan(), problems, instances, p.instance())
              .of(elsewhere, unreadObjects)
              .withChartProblems(cluster.chartProblems())
              .withStartup(p.startup());
      input = input == null ? in : input;
      perPlan.add(RuleEngine.run(in, request.rules(), internalErrors));
    }
    List<Finding> findings =
        Suppressions.apply(
            InstanceFindings.combine(perPlan, plans),
            inventory,
            request.inlineSuppressions(),
            request.rules(),
            Map.of());
    return new Outcome(
        cluster, manifests, inventory, attachments, input.causes(), plans, instances, findings);
  }

  /**
   * The findings about files (what does not parse, a broken manifest), which belong to no one
   * cluster.
   */
  static List<Finding> fileFindings(
      List<ManifestProblem> problems,
      AnalysisRequest request,
      List<io.github.gwdns.core.finding.InternalError> internalErrors) {
    if (problems.isEmpty()) {
      return List.of();
    }
    Inventory empty =
        new Inventory(
            new Manifests(List.of(), Map.of()), io.github.gwdns.core.model.PlatformObjects.NONE);
    Attachments none = new AttachmentResolver(empty).resolveAll();
    DnsPlan plan =
        new EndpointPredictor(empty, none, request.externalDns().withVersionDefaults()).predict();
    return RuleEngine.run(
            RuleInput.of(empty, none, plan, problems), request.rules(), internalErrors)
        .stream()
        .filter(f -> f.ruleId().equals("invalid-manifest"))
        .toList();
  }

  /**
   * The findings of several clusters, each saying which clusters it is true in: a finding the same
   * in several clusters (a shared base's) is reported once, naming them all.
   */
  static List<Finding> tagged(List<Outcome> outcomes) {
    Map<String, Finding> first = new LinkedHashMap<>();
    Map<String, List<String>> where = new LinkedHashMap<>();
    for (Outcome o : outcomes) {
      for (Finding f : o.findings()) {
        String key =
            f.fingerprint()
                + "\u0000"
                + f.message()
                + "\u0000"
                + f.severity()
                + "\u0000"
                + f.active();
        first.putIfAbsent(key, f);
        where.computeIfAbsent(key, k -> new ArrayList<>()).add(o.cluster().name());
      }
    }
    List<Finding> out = new ArrayList<>();
    first.forEach(
        (key, f) -> out.add(f.inClusters(where.get(key).stream().distinct().sorted().toList())));
    return out;
  }

  /** The decoded object, or what a bug in decoding threw. */
  private static Object decodeSafely(ObjectDecoder decoder, RenderedObject object) {
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
  private static List<ExternalDnsInstance> selected(
      List<ExternalDnsInstance> instances, String name) {
    List<ExternalDnsInstance> chosen = new ArrayList<>();
    if (name != null) {
      for (ExternalDnsInstance i : instances) {
        if (i.name().equals(name)) {
          chosen.add(i);
        }
      }
    } else {
      chosen.addAll(instances);
    }
    if (chosen.isEmpty()) {
      chosen.add(null);
    }
    return chosen;
  }

  /** True when the value refused is the instance's own, from its manifest, not the user's. */
  private static boolean refusedByTheInstance(
      IllegalArgumentException e, ExternalDnsOptions options, ExternalDnsInstance instance) {
    return instance != null
        && e instanceof io.github.gwdns.core.predict.InvalidOptionException invalid
        && options.origin(invalid.option()).equals(instance.label());
  }

  /**
   * The refused option's message, prefixed with where its value came from unless the user typed it
   * (the command line): a typo in a flag is not the Deployment's fault.
   */
  private static String blamed(
      IllegalArgumentException e, ExternalDnsOptions options, ExternalDnsInstance instance) {
    String origin =
        e instanceof io.github.gwdns.core.predict.InvalidOptionException invalid
            ? options.origin(invalid.option())
            : instance == null ? ExternalDnsOptions.COMMAND_LINE : instance.label();
    return origin.equals(ExternalDnsOptions.COMMAND_LINE) || origin.equals("default")
        ? e.getMessage()
        : origin + ": " + e.getMessage();
  }
}
