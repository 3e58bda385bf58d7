package io.github.gwdns.core.render;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * argocd-vault-plugin placeholders: {@code <path:kv/data/site#host>}, {@code <secret:...>} and
 * {@code <placeholder>}, which the plugin fills in from a vault when Argo CD renders the manifests.
 * Like a Flux variable, a value gwdns does not have stays as written, and {@code --var} gives one.
 */
public final class VaultPlaceholders {
  /** A placeholder; group 1 is its key, what {@code --var KEY=VALUE} names. */
  public static final Pattern PATTERN =
      Pattern.compile("<((?:path|secret|vault):[^<>\\s]+|[A-Za-z_][A-Za-z0-9_.-]*)>");

  private VaultPlaceholders() {}

  /** {@code text} with each placeholder that {@code values} has a value for filled in. */
  public static String fill(String text, Map<String, String> values) {
    if (text == null || values.isEmpty() || text.indexOf('<') < 0) {
      return text;
    }
    Matcher m = PATTERN.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }
}
