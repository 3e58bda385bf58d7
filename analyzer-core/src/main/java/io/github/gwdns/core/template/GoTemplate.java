package io.github.gwdns.core.template;

import java.util.List;
import java.util.Objects;

/**
 * A faithful subset of Go's {@code text/template}, enough to evaluate external-dns's {@code
 * --fqdn-template} against a Kubernetes object. What it supports behaves exactly as Go does; what
 * it does not fails with a {@link TemplateException} rather than produce a different string.
 *
 * <p>Supported: text, actions with {@code {{- -}}} trimming and comments; pipelines, parenthesized
 * pipelines, variables ({@code $}, {@code $x := ...}, {@code $x = ...}); fields of structs and
 * maps; string, raw string, decimal integer, boolean and nil literals; {@code if}/{@code else
 * if}/{@code else}, {@code range} (lists, maps in key order, integers) with {@code break} and
 * {@code continue}, {@code with}/{@code else with}; the builtins and, or, not, len, index, slice,
 * print, printf (%v %s %d %q %%), println, eq, ne, lt, le, gt, ge; and external-dns's contains,
 * trimPrefix, trimSuffix, trim, toLower, replace, isIPv4, isIPv6, isSource and hasKey.
 *
 * <p>Refused: {@code define}, {@code template}, {@code block}, {@code fromJson}, {@code call},
 * {@code html}, {@code js}, {@code urlquery}, and non-decimal or non-integer number literals.
 *
 * <p>Data model for {@link #execute}: {@link GoStruct} for structs, {@code Map<String, ?>} for maps
 * with string keys, {@code List<?>} for slices, {@code String}, {@code Boolean}, {@code Long} or
 * {@code Integer} for ints, and {@code null} for a nil pointer.
 */
public final class GoTemplate {
  private final String source;
  private final List<Node> root;
  private final TemplateFunctions functions;

  private GoTemplate(String source, List<Node> root, TemplateFunctions functions) {
    this.source = source;
    this.root = root;
    this.functions = functions;
  }

  /**
   * Parses with external-dns's functions; throws TemplateException on syntax errors and unsupported
   * constructs.
   */
  public static GoTemplate parse(String text) throws TemplateException {
    return parse(text, TemplateFunctions.EXTERNAL_DNS);
  }

  /**
   * Parses with {@code functions}; throws TemplateException on syntax errors and unsupported
   * constructs.
   */
  public static GoTemplate parse(String text, TemplateFunctions functions)
      throws TemplateException {
    Objects.requireNonNull(text, "text");
    return new GoTemplate(text, new TemplateParser(text, functions).parse(), functions);
  }

  /**
   * Executes against root data; throws TemplateException on execution errors (Go's exec errors).
   */
  public String execute(Object data) throws TemplateException {
    return new TemplateExecutor(source, functions).execute(root, data);
  }

  @Override
  public String toString() {
    return source;
  }

  /** {@code line:column} of a text offset, both counted from 1. */
  static String position(String source, int offset) {
    int end = Math.min(offset, source.length());
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < end; i++) {
      if (source.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return line + ":" + (end - lineStart + 1);
  }

  /**
   * A parse or execution error, or a construct gwdns does not support. The message is one line
   * naming the construct and its {@code line:column}.
   */
  public static final class TemplateException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean unsupported;

    TemplateException(String message) {
      this(message, false);
    }

    TemplateException(String message, boolean unsupported) {
      super(message);
      this.unsupported = unsupported;
    }

    /**
     * True when the template uses something gwdns does not evaluate (Go would): its result is
     * unknown, not an error.
     */
    public boolean unsupported() {
      return unsupported;
    }
  }
}
