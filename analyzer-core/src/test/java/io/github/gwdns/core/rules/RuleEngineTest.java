package io.github.gwdns.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.Inputs;
import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.finding.InternalError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rule that throws loses its own findings only, and the error is recorded. */
class RuleEngineTest {
  @RuleInfo(
      id = "always-fails",
      severity = io.github.gwdns.core.finding.Severity.ERROR,
      summary = "fails",
      description = "Fails.",
      remediation = "none",
      tags = {"test"})
  static final class AlwaysFails implements Rule {
    @Override
    public void check(RuleContext context) {
      throw new NullPointerException("simulated bug");
    }
  }

  @Test
  void aFailingRuleIsContained() {
    AnalysisResult analyzed =
        Inputs.analyzeWithAllRules(
            "r.yaml",
            "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: web, namespace: shop}\n"
                + "spec:\n  parentRefs:\n  - name: missing\n");
    RuleInput input =
        RuleInput.of(analyzed.inventory(), analyzed.attachments(), analyzed.plan(), List.of());
    List<InternalError> errors = new ArrayList<>();
    List<Rule> rules = List.of(new AlwaysFails(), BuiltInRules.byId("parent-not-found"));
    List<Finding> findings = RuleEngine.run(input, RuleSelection.defaults(), rules, errors);
    assertThat(findings).extracting(Finding::ruleId).containsExactly("parent-not-found");
    assertThat(errors)
        .extracting(InternalError::describe)
        .containsExactly("rule always-fails: NullPointerException: simulated bug");
  }
}
