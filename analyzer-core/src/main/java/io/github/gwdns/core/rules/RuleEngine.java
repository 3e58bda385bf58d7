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
   * Every finding of every enabled rule; a rule that throws is recorded in {@code errors} and loses
   * its own findings only.
   */
  public static List<Finding> run(
      RuleInput input, RuleSelection selection, List<InternalError> errors) {
    return run(input, selection, BuiltInRules.ALL, errors);
  }

  /**
   * {@link #run(RuleInput, RuleSelection, List)} over the given rules. Rules only read the input,
   * so they run on all cores; their findings are gathered in rule order.
   */
  static List<Finding> run(
      RuleInput input,
      RuleSelection selection,
      List<? extends Rule> rules,
      List<InternalError> errors) {
    List<Object> outcomes =
        java.util.stream.IntStream.range(0, rules.size())
            .parallel()
            .mapToObj(i -> outcome(input, selection, rules.get(i)))
            .toList();
    List<Finding> findings = new ArrayList<>();
    for (Object outcome : outcomes) {
      if (outcome instanceof InternalError e) {
        errors.add(e);
      } else {
        @SuppressWarnings("unchecked")
        List<Finding> own = (List<Finding>) outcome;
        findings.addAll(own);
      }
    }
    return findings;
  }

  /** The findings of one rule at their configured level, or the bug it met. */
  private static Object outcome(RuleInput input, RuleSelection selection, Rule rule) {
    RuleDescriptor descriptor = rule.descriptor();
    if (!selection.enabled(descriptor.id())) {
      return List.of();
    }
    List<Finding> own = new ArrayList<>();
    try {
      rule.check(new RuleContext(input, descriptor, own));
    } catch (RuntimeException | StackOverflowError e) {
      return new InternalError("rule " + descriptor.id(), e);
    }
    Severity level = selection.level(descriptor.id());
    if (level == null) {
      return own;
    }
    List<Finding> leveled = new ArrayList<>(own.size());
    own.forEach(f -> leveled.add(f.withSeverity(level)));
    return leveled;
  }
}
