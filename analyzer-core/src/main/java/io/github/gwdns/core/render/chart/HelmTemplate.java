package io.github.gwdns.core.render.chart;

import io.github.gwdns.core.template.GoTemplate;
import io.github.gwdns.core.template.GoTemplate.TemplateException;
import io.github.gwdns.core.template.TemplateFunctions;
import java.util.Map;

/**
 * Helm's {@code tpl}: a string of the values rendered as a template against the release's root
 * context ({@code .Release}, {@code .Chart}, {@code .Values}). What gwdns does not evaluate is
 * unresolved, never guessed; what Helm itself would fail on fails.
 */
final class HelmTemplate {
  /** What a string renders to. */
  sealed interface Result {}

  /** The rendered text. */
  record Rendered(String text) implements Result {}

  /** gwdns does not evaluate the template: its result is unknown. */
  record Unresolved(String why) implements Result {}

  /** Helm fails to render it ({@code required}, {@code fail}, an execution error). */
  record Failed(String message) implements Result {}

  private final Map<String, Object> context;

  /**
   * @param context the root context: {@code Release}, {@code Chart}, {@code Values}
   */
  HelmTemplate(Map<String, Object> context) {
    this.context = context;
  }

  /** {@code text} through {@code tpl}: as it is when it holds no action. */
  Result render(String text) {
    if (!text.contains("{{")) {
      return new Rendered(text);
    }
    try {
      // Helm renders with missingkey=zero and then removes every "<no value>".
      return new Rendered(
          GoTemplate.parse(text, TemplateFunctions.HELM)
              .execute(context)
              .replace("<no value>", ""));
    } catch (TemplateException e) {
      return e.unsupported() ? new Unresolved(e.getMessage()) : new Failed(e.getMessage());
    }
  }
}
