package io.github.gwdns.core.rules;

import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.finding.Fingerprints;
import io.github.gwdns.core.finding.ObjectRef;
import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.finding.Suppression;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.model.Inventory;
import io.github.gwdns.core.model.KubeObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Marks findings suppressed: by the {@code gwdns.io/ignore} annotation on the object ({@code
 * "rule-id[,rule-id]: reason"}, the reason required), or by a baseline of accepted fingerprints.
 * Suppressed findings stay in the results, marked, so SARIF can show them as dismissed.
 */
public final class Suppressions {
  /** The annotation that suppresses rules on its object. */
  public static final String ANNOTATION = "gwdns.io/ignore";

  /** The rule a malformed annotation is reported under, as a warning. */
  public static final String REPORTED_AS = "invalid-manifest";

  private Suppressions() {}

  /**
   * Applies both kinds of suppression.
   *
   * @param inline whether {@code gwdns.io/ignore} annotations count ({@code
   *     --no-inline-suppressions} turns them off for admins)
   * @param rules the rules that run: an annotation that names one of them and matches no finding on
   *     its object is reported as a note, and nothing about annotations is reported when {@link
   *     #REPORTED_AS} is off
   * @param accepted fingerprints of accepted findings (baseline, --new-since) with why
   * @return the findings, suppressed where they should be, plus findings about malformed and unused
   *     annotations (which a baseline can accept too)
   */
  public static List<Finding> apply(
      List<Finding> findings,
      Inventory inventory,
      boolean inline,
      RuleSelection rules,
      Map<String, String> accepted) {
    Map<ObjectRef, Map<String, String>> ignores = new HashMap<>();
    Map<ObjectRef, KubeObject> annotated = new java.util.LinkedHashMap<>();
    List<Finding> own = new ArrayList<>();
    if (inline) {
      for (KubeObject o : inventory.manifests().objects()) {
        String value = o.metadata().annotation(ANNOTATION);
        if (value != null) {
          parse(o, value, ignores, own);
          annotated.put(o.ref(), o);
        }
      }
    }
    List<Finding> out = new ArrayList<>();
    Map<ObjectRef, Set<String>> used = new HashMap<>();
    for (Finding f : findings) {
      Map<String, String> ignored = f.object() == null ? null : ignores.get(f.object());
      if (ignored != null && ignored.containsKey(f.ruleId())) {
        out.add(f.suppressed(new Suppression(Suppression.IN_SOURCE, ignored.get(f.ruleId()))));
        used.computeIfAbsent(f.object(), k -> new java.util.HashSet<>()).add(f.ruleId());
      } else {
        out.add(accepted(f, accepted));
      }
    }
    ignores.forEach(
        (ref, ignored) ->
            ignored.keySet().stream()
                .sorted()
                .forEach(
                    rule -> {
                      if (rules.enabled(rule) && !used.getOrDefault(ref, Set.of()).contains(rule)) {
                        KubeObject o = annotated.get(ref);
                        own.add(
                            finding(
                                o,
                                Severity.NOTE,
                                "its `"
                                    + ANNOTATION
                                    + "` annotation hides a rule that finds nothing here.",
                                "annotation `"
                                    + ANNOTATION
                                    + "` suppresses `"
                                    + rule
                                    + "`, which reports"
                                    + " nothing on this "
                                    + o.kind()
                                    + ": remove it from the annotation, so it cannot hide a later, real finding"
                                    + " (findings of a Gateway's routes are suppressed on each route)."));
                      }
                    }));
    if (rules.enabled(REPORTED_AS)) {
      own.forEach(f -> out.add(accepted(f, accepted)));
    }
    return out;
  }

  /**
   * {@code findings} with those whose fingerprint is accepted (a baseline, --new-since) suppressed.
   */
  public static List<Finding> accept(List<Finding> findings, Map<String, String> accepted) {
    if (accepted.isEmpty()) {
      return findings;
    }
    List<Finding> out = new ArrayList<>();
    findings.forEach(f -> out.add(f.suppression() == null ? accepted(f, accepted) : f));
    return out;
  }

  private static Finding accepted(Finding f, Map<String, String> accepted) {
    String why = accepted.get(f.fingerprint());
    return why == null ? f : f.suppressed(new Suppression(Suppression.EXTERNAL, why));
  }

  private static void parse(
      KubeObject o, String value, Map<ObjectRef, Map<String, String>> ignores, List<Finding> out) {
    int colon = value.indexOf(':');
    String reason = colon < 0 ? "" : value.substring(colon + 1).trim();
    if (reason.isEmpty()) {
      problem(
          o,
          "annotation `"
              + ANNOTATION
              + "` needs a reason: write `<rule-id>[,<rule-id>]: <why>`;"
              + " without one it suppresses nothing.",
          out);
      return;
    }
    for (String id : value.substring(0, colon).split(",")) {
      String rule = id.trim();
      if (BuiltInRules.byId(rule) == null) {
        problem(
            o,
            "annotation `"
                + ANNOTATION
                + "` names unknown rule `"
                + rule
                + "`"
                + io.github.gwdns.core.finding.Spelling.didYouMean(rule, BuiltInRules.ids())
                + " (see `gwdns rules`).",
            out);
      } else {
        ignores.computeIfAbsent(o.ref(), k -> new HashMap<>()).put(rule, reason);
      }
    }
  }

  private static void problem(KubeObject o, String message, List<Finding> out) {
    out.add(
        finding(
            o,
            Severity.WARNING,
            "its `" + ANNOTATION + "` annotation suppresses nothing as written.",
            message));
  }

  /** A finding about the annotation: {@code lead} follows the object's name, then the detail. */
  private static Finding finding(KubeObject o, Severity level, String lead, String message) {
    FieldPath at = FieldPath.root().field("metadata").field("annotations").field(ANNOTATION);
    return new Finding(
        REPORTED_AS,
        level,
        o.kind() + " " + o.ref().namespacedName() + ": " + lead + " " + message,
        o.provenance().rangeOf(at),
        o.ref(),
        List.of(),
        Fingerprints.of(REPORTED_AS, o.ref().display(), ANNOTATION, message),
        null);
  }
}
