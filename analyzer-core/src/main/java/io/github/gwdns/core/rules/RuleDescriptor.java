package io.github.gwdns.core.rules;

import io.github.gwdns.core.finding.Severity;
import java.util.List;

/**
 * A rule's metadata, read once from its {@link RuleInfo}.
 *
 * @param levels every level its findings can have, the default first, then the others from the most
 *     severe
 * @param helpUri the rule's doc page
 */
public record RuleDescriptor(
    String id,
    Severity defaultSeverity,
    List<Severity> levels,
    String summary,
    String description,
    String remediation,
    List<String> tags,
    String helpUri,
    Class<? extends Rule> type) {

  /** Where the rule doc pages live. */
  public static final String DOCS_BASE = "https://github.com/gwdns/gwdns/blob/main/docs/rules/";

  public RuleDescriptor {
    tags = List.copyOf(tags);
    levels = List.copyOf(levels);
  }

  /** Reads the annotation of {@code type}. */
  public static RuleDescriptor of(Class<? extends Rule> type) {
    RuleInfo info = type.getAnnotation(RuleInfo.class);
    if (info == null) {
      throw new IllegalArgumentException(type.getName() + " has no @RuleInfo");
    }
    return new RuleDescriptor(
        info.id(),
        info.severity(),
        java.util.stream.Stream.concat(
                java.util.stream.Stream.of(info.severity()),
                java.util.Arrays.stream(info.otherLevels())
                    .filter(l -> l != info.severity())
                    .sorted()
                    .distinct())
            .toList(),
        info.summary(),
        info.description(),
        info.remediation(),
        List.of(info.tags()),
        DOCS_BASE + info.id() + ".md",
        type);
  }
}
