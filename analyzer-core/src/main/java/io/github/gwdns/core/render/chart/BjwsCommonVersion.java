package io.github.gwdns.core.render.chart;

import java.util.List;

/**
 * What one release of the bjw-s common library does with {@code route:} values, as read from its
 * templates ({@code classes/_route.tpl}, {@code lib/routes/*}, {@code
 * lib/common/_determineResourceNameFromValues.tpl}, {@code values/_init.tpl}) at each tag. The
 * app-template chart of a version embeds the common library of the same version.
 *
 * @param version the library release modeled
 */
public record BjwsCommonVersion(SemanticVersion version) {
  /**
   * Every release of the library since 3.0.0, oldest first; a version range resolves to one of
   * them.
   */
  public static final List<SemanticVersion> RELEASES =
      List.of(
              "3.0.0", "3.0.1", "3.0.2", "3.0.3", "3.0.4", "3.1.0", "3.2.0", "3.2.1", "3.3.0",
              "3.3.1", "3.3.2", "3.4.0", "3.5.0", "3.5.1", "3.6.0", "3.6.1", "3.7.0", "3.7.1",
              "3.7.2", "3.7.3", "4.0.0", "4.0.1", "4.1.0", "4.1.1", "4.1.2", "4.2.0", "4.3.0",
              "4.4.0", "4.5.0", "4.6.0", "4.6.1", "4.6.2", "5.0.0", "5.0.1", "5.1.0", "5.2.0",
              "5.2.1")
          .stream()
          .map(SemanticVersion::parse)
          .toList();

  /** The newest release gwdns models: what an unpinned or unknown version is predicted with. */
  public static final SemanticVersion NEWEST = RELEASES.get(RELEASES.size() - 1);

  private boolean since(int major, int minor, int patch) {
    return version.atLeast(major, minor, patch);
  }

  /** "5.x": the band in words, for the model's name. */
  public String band() {
    return version.major() + ".x";
  }

  /**
   * 3.0.0 to 3.7.2: a route is unsuffixed only when it is the primary one ({@code primary: true},
   * else the first of the routes with an explicit {@code enabled: true}, in Go map order).
   */
  public boolean primaryRoute() {
    return !since(3, 7, 3);
  }

  /**
   * 3.0.2+ (3.x): {@code nameOverride} goes through tpl and is not appended when it equals the
   * name.
   */
  public boolean nameOverrideTemplated() {
    return since(3, 0, 2);
  }

  /**
   * 4.0.0+: names come from forceRename, prefix, suffix and the identifier
   * (determineResourceNameFromValues).
   */
  public boolean resourceNameRules() {
    return since(4, 0, 0);
  }

  /**
   * 4.1.0+: {@code global.alwaysAppendIdentifierToResourceName}, and no suffix when the identifier
   * is the name.
   */
  public boolean alwaysAppendIdentifier() {
    return since(4, 1, 0);
  }

  /**
   * 3.2.0+: route and global label and annotation values go through tpl (3.0 and 3.1 copy them as
   * written).
   */
  public boolean metadataTemplated() {
    return since(3, 2, 0);
  }

  /** 4.0.0+: a parentRef's {@code port}. */
  public boolean parentRefPort() {
    return since(4, 0, 0);
  }

  /**
   * 5.0.2+: a parentRef without {@code namespace} renders without one (before, the chart requires
   * it).
   */
  public boolean parentRefNamespaceOptional() {
    return since(5, 0, 2);
  }

  /**
   * 4.0.1+: with exactly one enabled Service, a backendRef naming none gets it; with another
   * number, such a backendRef fails.
   */
  public boolean serviceAutoDetection() {
    return since(4, 0, 1);
  }

  /** 4.1.1+: with exactly one enabled Service, a route without rules gets one rule to it. */
  public boolean defaultRule() {
    return since(4, 1, 1);
  }

  /** 4.1.2+: with other than one enabled Service, a route without rules fails. */
  public boolean explicitRuleRequired() {
    return since(4, 1, 2);
  }

  /** 4.0.0+: a backendRef names a Service by {@code name} or by the chart's {@code identifier}. */
  public boolean backendIdentifier() {
    return since(4, 0, 0);
  }

  /**
   * 4.6.1+: a string backendRef {@code port} is the name of a port of the Service; 4.6.2+ fails
   * when none.
   */
  public boolean portByName() {
    return since(4, 6, 1);
  }

  /**
   * 4.6.2+: an unresolved backendRef port is left out (and a named port that does not exist fails).
   */
  public boolean portOptional() {
    return since(4, 6, 2);
  }

  /** 4.5.0+: a rule's {@code name}. */
  public boolean ruleName() {
    return since(4, 5, 0);
  }

  /** 5.0.0+: the reworded validation messages. */
  public boolean messages5() {
    return since(5, 0, 0);
  }

  /**
   * 5.2.0+: {@code listenerSets}, a parentRef's {@code identifier}, a route's {@code
   * namespaceOverride}.
   */
  public boolean listenerSets() {
    return since(5, 2, 0);
  }

  /**
   * 5.2.1+: every string of the values that holds <code>{{</code> is rendered once, before any
   * object ({@code global.templateEvaluation}); the objects' own tpl calls then leave strings
   * alone.
   */
  public boolean centralTemplating() {
    return since(5, 2, 1);
  }

  /** The template-evaluation pass count and path exclusions (5.2.1+). */
  public boolean templateEvaluationSettings() {
    return since(5, 2, 1);
  }

  @Override
  public String toString() {
    return version.toString();
  }
}
