package io.github.gwdns.core.rules;

import io.github.gwdns.core.attach.Attachments;
import io.github.gwdns.core.load.ManifestProblem;
import io.github.gwdns.core.model.Inventory;
import io.github.gwdns.core.predict.DnsPlan;
import java.util.List;

/**
 * What rules read: the engine's outcomes, computed once per analysis.
 *
 * @param problems what the loader and decoder could not use
 * @param causes each parentRef's cause of getting no record
 */
public record RuleInput(
    Inventory inventory, Attachments attachments, DnsPlan plan, List<ManifestProblem> problems, Causes causes) {

  public RuleInput {
    problems = List.copyOf(problems);
  }

  /** Builds the input, classifying causes once. */
  public static RuleInput of(Inventory inventory, Attachments attachments, DnsPlan plan, List<ManifestProblem> problems) {
    return new RuleInput(inventory, attachments, plan, problems, new Causes(attachments, plan));
  }
}
