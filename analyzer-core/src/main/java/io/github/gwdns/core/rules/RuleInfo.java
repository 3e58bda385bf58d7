package io.github.gwdns.core.rules;

import io.github.gwdns.core.finding.Severity;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's metadata, declared once on its class. Everything that shows a rule (SARIF rule
 * descriptors, the README table, {@code gwdns rules}, doc page checks) reads it through {@link
 * RuleDescriptor}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
  /** Stable kebab-case id naming the problem, e.g. {@code namespace-not-allowed}; never changes. */
  String id();

  /**
   * Default level: error when a route (or part of it) will not get the DNS it evidently asks for.
   */
  Severity severity();

  /**
   * The other levels its findings can have (a hedged finding is a note, a conflict that breaks a
   * record an error): {@code gwdns rules} lists them, and a finding at an undeclared level is an
   * internal error.
   */
  Severity[] otherLevels() default {};

  /** One line, no trailing period, no Markdown. */
  String summary();

  /** What the rule detects and why external-dns drops the record, a few sentences. */
  String description();

  /** The fix, as an imperative sentence. */
  String remediation();

  /** Tags for grouping, e.g. {@code attachment}, {@code dns}. */
  String[] tags();
}
