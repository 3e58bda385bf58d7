package io.github.gwdns.core.rules;

import io.github.gwdns.core.attach.Attachments;
import io.github.gwdns.core.deploy.ExternalDnsInstance;
import io.github.gwdns.core.load.ManifestProblem;
import io.github.gwdns.core.model.Inventory;
import io.github.gwdns.core.predict.DnsPlan;
import java.util.List;

/**
 * What rules read: the engine's outcomes, computed once per analysis.
 *
 * @param problems what the loader and decoder could not use
 * @param causes each parentRef's cause of getting no record
 * @param instances every external-dns the manifests deploy
 * @param instance the one {@code plan} predicts, or null when the options come from the command
 *     line or the defaults
 */
public record RuleInput(
    Inventory inventory, Attachments attachments, DnsPlan plan, List<ManifestProblem> problems, Causes causes,
    List<ExternalDnsInstance> instances, ExternalDnsInstance instance) {

  public RuleInput {
    problems = List.copyOf(problems);
    instances = List.copyOf(instances);
  }

  /** Builds the input, classifying causes once. */
  public static RuleInput of(Inventory inventory, Attachments attachments, DnsPlan plan, List<ManifestProblem> problems) {
    return of(inventory, attachments, plan, problems, List.of(), null);
  }

  /** Builds the input for the plan of one external-dns instance. */
  public static RuleInput of(Inventory inventory, Attachments attachments, DnsPlan plan, List<ManifestProblem> problems,
      List<ExternalDnsInstance> instances, ExternalDnsInstance instance) {
    return new RuleInput(inventory, attachments, plan, problems, new Causes(attachments, plan), instances, instance);
  }
}
