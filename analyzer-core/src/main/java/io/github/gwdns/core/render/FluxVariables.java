package io.github.gwdns.core.render;

import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.load.ManifestScalar;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flux post-build substitution, as kustomize-controller applies it to every object a Kustomization
 * builds: {@code ${VAR}} takes the Kustomization's value; {@code ${VAR:-default}}, {@code
 * ${VAR:=default}}, {@code ${VAR-default}} and {@code ${VAR=default}} take the default (which may
 * hold variables) when the value is unset or empty, as fluxcd/pkg envsubst does. A variable with no
 * value and no default stays as written: its value is in a Secret gwdns cannot read, and gwdns
 * treats the text as unknown, never as wrong. An object annotated or labelled {@code
 * kustomize.toolkit.fluxcd.io/substitute: disabled} is left alone, as Flux does.
 */
public final class FluxVariables {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  static final String DISABLE = "kustomize.toolkit.fluxcd.io/substitute";

  private FluxVariables() {}

  /** True when the object turns substitution off for itself. */
  static boolean disabled(RenderedObject object) {
    return "disabled".equals(object.annotation(DISABLE))
        || "disabled".equals(object.label(DISABLE));
  }

  /** {@code object} with its strings substituted; the object itself when nothing changes. */
  static RenderedObject substitute(RenderedObject object, Map<String, String> values) {
    if (disabled(object)) {
      return object;
    }
    TreeEdit edit = new TreeEdit(object.grafts());
    ManifestNode root = substitute(object.root(), values, edit);
    return root == object.root() ? object : object.withRoot((ManifestMap) root, edit.grafts());
  }

  /** The tree with its strings substituted, copied only where they change. */
  static ManifestNode substitute(ManifestNode tree, Map<String, String> values, TreeEdit edit) {
    return edit.mapScalars(
        tree,
        s -> {
          if (!s.value().contains("${")) {
            return s;
          }
          String now = substitute(s.value(), values);
          return now.equals(s.value())
              ? s
              : new ManifestScalar(now, s.kind(), s.plain(), s.start(), s.end());
        });
  }

  /**
   * {@code text} with every {@code ${VAR}} that has a value replaced; {@code ${VAR:-default}} and
   * the other default forms take their default (which may hold variables itself) when VAR is unset
   * or empty; a variable with neither stays as written.
   */
  public static String substitute(String text, Map<String, String> values) {
    if (text == null || !text.contains("${")) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int start = text.indexOf("${", i);
      if (start < 0) {
        out.append(text, i, text.length());
        break;
      }
      out.append(text, i, start);
      int end = closingBrace(text, start + 2);
      if (end < 0) {
        out.append(text, start, text.length());
        break;
      }
      out.append(expand(text.substring(start + 2, end), text.substring(start, end + 1), values));
      i = end + 1;
    }
    return out.toString();
  }

  /**
   * The index of the brace that closes the one opened before {@code from}, counting nested ones.
   */
  private static int closingBrace(String text, int from) {
    int depth = 1;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static String expand(String inner, String written, Map<String, String> values) {
    Matcher name = NAME.matcher(inner);
    if (!name.lookingAt()) {
      return written;
    }
    String value = values.get(name.group());
    String rest = inner.substring(name.end());
    // fluxcd/pkg envsubst: every default form takes the default when the value is unset or empty
    int operator =
        rest.startsWith(":=") || rest.startsWith(":-")
            ? 2
            : rest.startsWith("=") || rest.startsWith("-") ? 1 : 0;
    if (operator > 0 && (value == null || value.isEmpty())) {
      return substitute(rest.substring(operator), values);
    }
    return value != null ? value : written;
  }

  /**
   * The string values of a {@code data} or {@code substitute} mapping, line breaks removed as Flux
   * does.
   */
  static Map<String, String> strings(ManifestNode node) {
    Map<String, String> values = new HashMap<>();
    if (node instanceof ManifestMap map) {
      for (ManifestMap.Entry e : map.entries()) {
        if (e.value() instanceof ManifestScalar s && !s.isNull()) {
          values.put(e.key(), s.value().replace("\n", ""));
        }
      }
    }
    return values;
  }
}
