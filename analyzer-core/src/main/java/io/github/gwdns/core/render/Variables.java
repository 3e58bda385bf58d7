package io.github.gwdns.core.render;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that is not final yet: Flux post-build substitutions ({@code ${SECRET_DOMAIN}}, {@code
 * ${VAR:=default}}) that Flux replaces when it applies the manifests, argocd-vault-plugin
 * placeholders ({@code <path:kv/data/site#host>}, {@code <secret:...>}, {@code <placeholder>}) that
 * Argo CD fills in when it renders them, and test-harness placeholders such as {@code
 * {GATEWAY_CLASS_NAME}}, and Helm templates ({@code {{ include "x" . }}}) that gwdns does not
 * evaluate in the values a chart renders. gwdns must not report them as invalid values or as
 * mismatches: it cannot know what they become.
 */
public final class Variables {
  private Variables() {}

  private static final Pattern FLUX = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)[^}]*}");
  private static final Pattern PLACEHOLDER = Pattern.compile("^\\{[A-Z][A-Z0-9_]*}$");

  /**
   * An argocd-vault-plugin placeholder: {@code <path:...>}, {@code <secret:...>} or {@code <name>}.
   */
  private static final Pattern VAULT = io.github.gwdns.core.render.VaultPlaceholders.PATTERN;

  /** A Helm template expression left unevaluated. */
  private static final Pattern HELM = Pattern.compile("\\{\\{.*?}}", Pattern.DOTALL);

  /**
   * True when {@code text} holds a {@code ${...}} substitution, an argocd-vault-plugin placeholder,
   * or a Helm template expression.
   */
  public static boolean hasVariable(String text) {
    return hasSubstitution(text) || hasHelmTemplate(text);
  }

  /**
   * True when {@code text} holds a {@code ${...}} substitution or an argocd-vault-plugin
   * placeholder.
   */
  public static boolean hasSubstitution(String text) {
    return text != null
        && (text.contains("${") || (text.indexOf('<') >= 0 && VAULT.matcher(text).find()));
  }

  /** True when {@code text} holds a complete Helm template expression ({@code {{ ... }}}). */
  public static boolean hasHelmTemplate(String text) {
    return text != null && text.contains("{{") && HELM.matcher(text).find();
  }

  /** True when {@code text} holds a Helm template and no other kind of variable. */
  public static boolean onlyHelmTemplates(String text) {
    return hasHelmTemplate(text) && !hasSubstitution(text);
  }

  /**
   * The variable names in {@code text}: {@code SECRET_DOMAIN} for {@code ${SECRET_DOMAIN}}, the key
   * inside the brackets ({@code path:kv/data/site#host}) for an argocd-vault-plugin placeholder.
   * Either is what {@code --var NAME=VALUE} gives a value for.
   */
  public static Set<String> names(String text) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = FLUX.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    Matcher v = VAULT.matcher(text);
    while (v.find()) {
      names.add(v.group(1));
    }
    Matcher h = HELM.matcher(text);
    while (h.find()) {
      names.add(h.group());
    }
    return names;
  }

  /**
   * How variable {@code name} (of {@link #names}) is written in {@code text}: {@code ${NAME}} or
   * {@code <NAME>}.
   */
  public static String written(String text, String name) {
    if (name.startsWith("{{")) {
      return name;
    }
    return text.contains("<" + name + ">") && !text.contains("${" + name)
        ? "<" + name + ">"
        : "${" + name + "}";
  }

  /** True when {@code name} is an argocd-vault-plugin placeholder's key in {@code text}. */
  public static boolean isVaultPlaceholder(String text, String name) {
    return written(text, name).startsWith("<");
  }

  /** True for a whole-value placeholder such as {@code {GATEWAY_CLASS_NAME}}. */
  public static boolean isPlaceholder(String text) {
    return text != null && PLACEHOLDER.matcher(text).matches();
  }

  /** True when the value is not final: a substitution or a placeholder. */
  public static boolean unresolved(String text) {
    return hasVariable(text) || isPlaceholder(text);
  }
}
