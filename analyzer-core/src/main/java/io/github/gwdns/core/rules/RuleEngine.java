package io.github.gwdns.core.rules;

import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.finding.InternalError;
import io.github.gwdns.core.finding.Severity;
import java.util.ArrayList;
import java.util.List;

/** Runs the selected rules over the engine's outcomes. */
public final class RuleEngine {
  private RuleEngine() {}

  /** Every finding of every enabled rule, levels as configured, unsorted. */
  public static List<Finding> run(RuleInput input, RuleSelection selection) {
    List<InternalError> errors = new ArrayList<>();
    List<Finding> findings = run(input, selection, errors);
    if (!errors.isEmpty()) {
      throw new IllegalStateException(errors.get(0).describe(), errors.get(0).cause());
    }
    return findings;
  }

  /**
   * Every finding of every enabled rule; a rule that throws is recorded in {@code errors} and
   * loses its own findings only.
   */
  public static List<Finding> run(RuleInput input, RuleSelection selection, List<InternalError> errors) {
    return run(input, selection, BuiltInRules.ALL, errors);
  }

  /** {@link #run(RuleInput, RuleSelection, List)} over the given rules. */
  static List<Finding> run(RuleInput input, RuleSelection selection, List<? extends Rule> rules, List<InternalError> errors) {
    List<Finding> findings = new ArrayList<>();
    for (Rule rule : rules) {
      RuleDescriptor descriptor = rule.descriptor();
      if (!selection.enabled(descriptor.id())) {
        continue;
      }
      List<Finding> own = new ArrayList<>();
      try {
        rule.check(new RuleContext(input, descriptor, own));
      } catch (RuntimeException | StackOverflowError e) {
        errors.add(new InternalError("rule " + descriptor.id(), e));
        continue;
      }
      Severity level = selection.level(descriptor.id());
      for (Finding f : own) {
        findings.add(level == null ? f : f.withSeverity(level));
      }
    }
    return findings;
  }
}
