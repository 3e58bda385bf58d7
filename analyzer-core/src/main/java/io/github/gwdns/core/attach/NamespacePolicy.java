package io.github.gwdns.core.attach;

import io.github.gwdns.core.model.FromNamespaces;
import io.github.gwdns.core.model.Inventory;
import io.github.gwdns.core.model.LabelSelector;
import java.util.Map;

/**
 * Whether a namespace is admitted by an {@code allowedRoutes.namespaces} or {@code
 * allowedListeners.namespaces} block. Selector matching uses the namespace's labels as the API
 * server has them, {@code kubernetes.io/metadata.name} included.
 */
public final class NamespacePolicy {
  private NamespacePolicy() {}

  /**
   * The answer and the values compared; the text is built only when read (every route meets this
   * for every listener of its parents, and mostly only {@code explain} reads it).
   */
  public record Decision(boolean admitted, java.util.function.Supplier<String> text) {
    Decision(boolean admitted, String detail) {
      this(admitted, () -> detail);
    }

    /** The values compared, in words. */
    public String detail() {
      return text.get();
    }
  }

  /**
   * Whether a route of {@code namespace} may attach under {@code from}.
   *
   * @param from the policy
   * @param selector the selector for {@code Selector}; null matches nothing
   * @param ownerNamespace the namespace {@code Same} means
   * @param namespace the namespace asking to attach
   */
  public static Decision decide(
      FromNamespaces from,
      LabelSelector selector,
      String ownerNamespace,
      String namespace,
      Inventory inventory) {
    return switch (from) {
      case ALL -> new Decision(true, "from: All admits every namespace");
      case SAME ->
          ownerNamespace.equals(namespace)
              ? new Decision(
                  true, () -> "from: Same admits namespace `" + namespace + "`, the listener's own")
              : new Decision(
                  false,
                  () ->
                      "from: Same admits only namespace `"
                          + ownerNamespace
                          + "`; the route is in `"
                          + namespace
                          + "`");
      case NONE -> new Decision(false, "from: None admits no namespace");
      case SELECTOR -> selector(selector, namespace, inventory);
    };
  }

  private static Decision selector(LabelSelector selector, String namespace, Inventory inventory) {
    if (selector == null) {
      return new Decision(false, "from: Selector without a `selector` matches no namespace");
    }
    Map<String, String> labels = inventory.namespaceLabels(namespace);
    boolean matches = selector.matches(labels);
    return new Decision(
        matches,
        () ->
            "from: Selector "
                + describe(selector)
                + (matches ? " matches" : " does not match")
                + " namespace `"
                + namespace
                + "` with labels "
                + labels
                + (inventory.namespace(namespace) == null
                    ? " (no Namespace manifest in the input)"
                    : ""));
  }

  /** A selector in label-selector syntax: {@code team=a,env in (prod)}. */
  public static String describe(LabelSelector selector) {
    if (selector.isEmpty()) {
      return "{} (every namespace)";
    }
    StringBuilder text = new StringBuilder();
    selector
        .matchLabels()
        .forEach(
            (k, v) -> text.append(text.length() > 0 ? "," : "").append(k).append('=').append(v));
    for (LabelSelector.Requirement r : selector.matchExpressions()) {
      text.append(text.length() > 0 ? "," : "");
      switch (r.operator()) {
        case IN ->
            text.append(r.key()).append(" in (").append(String.join(",", r.values())).append(')');
        case NOT_IN ->
            text.append(r.key())
                .append(" notin (")
                .append(String.join(",", r.values()))
                .append(')');
        case EXISTS -> text.append(r.key());
        case DOES_NOT_EXIST -> text.append('!').append(r.key());
      }
    }
    return "`" + text + "`";
  }
}
