package io.github.gwdns.core.rules;

/**
 * One check. Implementations are stateless, annotated with {@link RuleInfo}, listed in {@link
 * BuiltInRules}, and only read the engine's outcomes through the {@link RuleContext}: they never
 * redo matching.
 */
public interface Rule {
  void check(RuleContext context);

  /** This rule's metadata. */
  default RuleDescriptor descriptor() {
    return RuleDescriptor.of(getClass());
  }
}
