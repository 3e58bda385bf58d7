package io.github.gwdns.core.rules;

import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.finding.Severity;
import java.util.ArrayList;
import java.util.List;

/** Runs the selected rules over the engine's outcomes. */
public final class RuleEngine {
  private RuleEngine() {}

  /** Every finding of every enabled rule, levels as configured, unsorted. */
  public static List<Finding> run(RuleInput input, RuleSelection selection) {
    List<Finding> findings = new ArrayList<>();
    for (Rule rule : BuiltInRules.ALL) {
      RuleDescriptor descriptor = rule.descriptor();
      if (!selection.enabled(descriptor.id())) {
        continue;
      }
      List<Finding> own = new ArrayList<>();
      rule.check(new RuleContext(input, descriptor, own));
      Severity level = selection.level(descriptor.id());
      for (Finding f : own) {
        findings.add(level == null ? f : f.withSeverity(level));
      }
    }
    return findings;
  }
}
