package io.github.gwdns.core.rules;

import io.github.gwdns.core.finding.Severity;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which rules run, and at which level: every rule at its default unless configured {@code off} or
 * given another level (in {@code .gwdns.yaml}, {@code rules: {dns-conflict: off}}).
 */
public final class RuleSelection {
  private static final RuleSelection DEFAULTS = new RuleSelection(Map.of(), Set.of(), null);

  private final Map<String, Severity> levels;
  private final Set<String> disabled;
  private final Set<String> only;

  private RuleSelection(Map<String, Severity> levels, Set<String> disabled, Set<String> only) {
    this.levels = Collections.unmodifiableMap(new TreeMap<>(levels));
    this.disabled = Collections.unmodifiableSet(new TreeSet<>(disabled));
    this.only = only == null ? null : Collections.unmodifiableSet(new TreeSet<>(only));
  }

  /** Every rule at its default level. */
  public static RuleSelection defaults() {
    return DEFAULTS;
  }

  /** Only the rules named (for fixtures and focused runs). */
  public static RuleSelection only(Set<String> ids) {
    ids.forEach(RuleSelection::requireKnown);
    return new RuleSelection(Map.of(), Set.of(), ids);
  }

  /**
   * This selection with {@code id} set to {@code setting}: {@code off}, {@code error}, {@code
   * warning} or {@code note}.
   *
   * @throws IllegalArgumentException for an unknown rule id or setting
   */
  public RuleSelection with(String id, String setting) {
    requireKnown(id);
    Map<String, Severity> newLevels = new TreeMap<>(levels);
    Set<String> newDisabled = new TreeSet<>(disabled);
    String value = setting.trim().toLowerCase(Locale.ROOT);
    if (value.equals("off") || value.equals("false")) {
      newDisabled.add(id);
      newLevels.remove(id);
    } else {
      try {
        newLevels.put(id, Severity.parse(value));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "rule " + id + ": '" + setting + "' is not off, error, warning or note", e);
      }
      newDisabled.remove(id);
    }
    return new RuleSelection(newLevels, newDisabled, only);
  }

  private static void requireKnown(String id) {
    if (BuiltInRules.byId(id) == null) {
      throw new IllegalArgumentException(
          "unknown rule `"
              + id
              + "`"
              + io.github.gwdns.core.finding.Spelling.didYouMean(id, BuiltInRules.ids())
              + " (see `gwdns rules`)");
    }
  }

  public boolean enabled(String id) {
    return !disabled.contains(id) && (only == null || only.contains(id));
  }

  /** The configured level of {@code id}, or null to keep each finding's own. */
  public Severity level(String id) {
    return levels.get(id);
  }
}
