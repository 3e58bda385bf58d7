package io.github.gwdns.core.load;

/**
 * A scalar: its text exactly as written (without quotes), the type it resolves to, and whether it was
 * written without quotes.
 */
public record ManifestScalar(String value, ScalarKind kind, boolean plain, Span span)
    implements ManifestNode {

  @Override
  public String describe() {
    return kind.description();
  }
}
