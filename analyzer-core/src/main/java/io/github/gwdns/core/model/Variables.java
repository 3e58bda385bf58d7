package io.github.gwdns.core.model;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that is not final yet: Flux post-build substitutions ({@code ${SECRET_DOMAIN}}, {@code
 * ${VAR:=default}}) that Flux replaces when it applies the manifests, and test-harness placeholders
 * such as {@code {GATEWAY_CLASS_NAME}}. gwdns must not report them as invalid values or as
 * mismatches: it cannot know what they become.
 */
public final class Variables {
  private Variables() {}

  private static final Pattern FLUX = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)[^}]*}");
  private static final Pattern PLACEHOLDER = Pattern.compile("^\\{[A-Z][A-Z0-9_]*}$");

  /** True when {@code text} holds a {@code ${...}} substitution. */
  public static boolean hasVariable(String text) {
    return text != null && text.contains("${");
  }

  /** The variable names in {@code text}, e.g. {@code SECRET_DOMAIN}. */
  public static Set<String> names(String text) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = FLUX.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
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
