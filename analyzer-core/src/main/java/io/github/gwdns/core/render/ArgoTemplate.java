package io.github.gwdns.core.render;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The templates of an ApplicationSet, for what they hold in practice: {@code {{path.basename}}}
 * (fasttemplate, the default) and, with {@code goTemplate: true}, field references such as {@code
 * {{ .path.path }}} and {@code {{ index .path.segments 1 }}}. Anything else is left as written and
 * named, never guessed.
 */
final class ArgoTemplate {
  private static final Pattern TAG = Pattern.compile("\\{\\{(.*?)}}");
  private static final Pattern INDEX =
      Pattern.compile("index\\s+\\.([A-Za-z0-9_.]+)\\s+(\\d{1,4})");

  private ArgoTemplate() {}

  static String render(
      String text, Map<String, String> params, boolean goTemplate, Set<String> unknown) {
    Matcher m = TAG.matcher(text);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      out.append(text, last, m.start());
      String expression = m.group(1).trim();
      String value = null;
      if (goTemplate) {
        Matcher index = INDEX.matcher(expression);
        if (expression.startsWith(".") && expression.matches("\\.[A-Za-z0-9_.\\[\\]]+")) {
          value = params.get(expression.substring(1));
        } else if (index.matches()) {
          value = params.get(index.group(1) + "." + index.group(2));
        }
      } else {
        value = params.get(expression);
      }
      if (value == null) {
        unknown.add("`" + m.group() + "`");
        out.append(m.group());
      } else {
        out.append(value);
      }
      last = m.end();
    }
    out.append(text, last, text.length());
    return out.toString();
  }
}
