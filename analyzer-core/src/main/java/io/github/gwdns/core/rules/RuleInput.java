package io.github.gwdns.core.rules;

import io.github.gwdns.core.attach.Attachments;
import io.github.gwdns.core.deploy.ExternalDnsInstance;
import io.github.gwdns.core.finding.ManifestProblem;
import io.github.gwdns.core.model.Inventory;
import io.github.gwdns.core.predict.DnsPlan;
import io.github.gwdns.core.render.chart.ChartProblem;
import java.util.List;

/**
 * What rules read: the engine's outcomes, computed once per analysis.
 *
 * @param problems what the loader and decoder could not use
 * @param causes each parentRef's cause of getting no record
 * @param instances every external-dns the manifests deploy
 * @param instance the one {@code plan} predicts, or null when the options come from the command
 *     line or the defaults
 * @param elsewhere when what was analyzed is part of a repository (a subdirectory, a file, standard
 *     input) whose cluster entry points were not among it: the rest of the repository, where what
 *     is missing may be defined, so rules hedge where they would say it does not exist; null when
 *     the input is whole
 * @param unreadObjects files of the input that mean to be objects but could not be read (they are
 *     reported as invalid-manifest on their own)
 * @param chartProblems what the chart models found in the values of the cluster's Helm releases
 * @param startup why the instance of {@code plan} does not start (empty when it does, or when there
 *     is none)
 */
public record RuleInput(
    Inventory inventory,
    Attachments attachments,
    DnsPlan plan,
    List<ManifestProblem> problems,
    Causes causes,
    List<ExternalDnsInstance> instances,
    ExternalDnsInstance instance,
    io.github.gwdns.core.render.RestOfRepository elsewhere,
    int unreadObjects,
    List<ChartProblem> chartProblems,
    List<io.github.gwdns.core.deploy.StartupFailure> startup) {

  public RuleInput {
    startup = List.copyOf(startup);
    problems = List.copyOf(problems);
    instances = List.copyOf(instances);
    chartProblems = List.copyOf(chartProblems);
  }

  /** Builds the input, classifying causes once. */
  public static RuleInput of(
      Inventory inventory, Attachments attachments, DnsPlan plan, List<ManifestProblem> problems) {
    return of(inventory, attachments, plan, problems, List.of(), null);
  }

  /** Builds the input for the plan of one external-dns instance. */
  public static RuleInput of(
      Inventory inventory,
      Attachments attachments,
      DnsPlan plan,
      List<ManifestProblem> problems,
      List<ExternalDnsInstance> instances,
      ExternalDnsInstance instance) {
    return new RuleInput(
        inventory,
        attachments,
        plan,
        problems,
        new Causes(attachments, plan),
        instances,
        instance,
        null,
        0,
        List.of(),
        List.of());
  }

  /**
   * This input, of a part of a repository when {@code rest} is not null, with {@code unread} files
   * that could not be read as objects.
   */
  public RuleInput of(io.github.gwdns.core.render.RestOfRepository rest, int unread) {
    return new RuleInput(
        inventory,
        attachments,
        plan,
        problems,
        causes,
        instances,
        instance,
        rest,
        unread,
        chartProblems,
        startup);
  }

  /** This input, with what the chart models found in the values of the cluster's Helm releases. */
  public RuleInput withChartProblems(List<ChartProblem> found) {
    return new RuleInput(
        inventory,
        attachments,
        plan,
        problems,
        causes,
        instances,
        instance,
        elsewhere,
        unreadObjects,
        found,
        startup);
  }

  /** This input, with why the instance of its plan does not start. */
  public RuleInput withStartup(List<io.github.gwdns.core.deploy.StartupFailure> failures) {
    return new RuleInput(
        inventory,
        attachments,
        plan,
        problems,
        causes,
        instances,
        instance,
        elsewhere,
        unreadObjects,
        chartProblems,
        failures);
  }
}
