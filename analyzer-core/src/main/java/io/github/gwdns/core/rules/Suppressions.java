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
   * @param inline whether {@code gwdns.io/ignore} annotations count ({@code --no-inline-suppressions}
   *     turns them off for admins)
   * @param reportMalformed whether malformed annotations are reported (off when {@link #REPORTED_AS}
   *     is turned off)
   * @param accepted fingerprints of accepted findings (baseline, --new-since) with why
   * @return the findings, suppressed where they should be, plus findings about malformed annotations
   */
  public static List<Finding> apply(List<Finding> findings, Inventory inventory, boolean inline, boolean reportMalformed,
      Map<String, String> accepted) {
    Map<ObjectRef, Map<String, String>> ignores = new HashMap<>();
    List<Finding> out = new ArrayList<>();
    if (inline) {
      for (KubeObject o : inventory.manifests().objects()) {
        String value = o.metadata().annotation(ANNOTATION);
        if (value != null) {
          parse(o, value, ignores, reportMalformed ? out : new ArrayList<>());
        }
      }
    }
    for (Finding f : findings) {
      Map<String, String> rules = f.object() == null ? null : ignores.get(f.object());
      if (rules != null && rules.containsKey(f.ruleId())) {
        out.add(f.suppressed(new Suppression(Suppression.IN_SOURCE, rules.get(f.ruleId()))));
      } else if (accepted.containsKey(f.fingerprint())) {
        out.add(f.suppressed(new Suppression(Suppression.EXTERNAL, accepted.get(f.fingerprint()))));
      } else {
        out.add(f);
      }
    }
    return out;
  }

  private static void parse(KubeObject o, String value, Map<ObjectRef, Map<String, String>> ignores, List<Finding> out) {
    int colon = value.indexOf(':');
    String reason = colon < 0 ? "" : value.substring(colon + 1).trim();
    FieldPath at = FieldPath.root().field("metadata").field("annotations").field(ANNOTATION);
    if (reason.isEmpty()) {
      problem(o, at, "annotation `" + ANNOTATION + "` needs a reason: write `<rule-id>[,<rule-id>]: <why>`;"
          + " without one it suppresses nothing", out);
      return;
    }
    for (String id : value.substring(0, colon).split(",")) {
      String rule = id.trim();
      if (BuiltInRules.byId(rule) == null) {
        problem(o, at, "annotation `" + ANNOTATION + "` names unknown rule `" + rule + "` (see `gwdns rules`)", out);
      } else {
        ignores.computeIfAbsent(o.ref(), k -> new HashMap<>()).put(rule, reason);
      }
    }
  }

  private static void problem(KubeObject o, FieldPath at, String message, List<Finding> out) {
    out.add(new Finding(REPORTED_AS, Severity.WARNING, o.kind() + " " + o.ref().namespacedName() + ": " + message,
        o.provenance().rangeOf(at), o.ref(), List.of(), Fingerprints.of(REPORTED_AS, o.ref().display(), ANNOTATION, message), null));
  }
}
