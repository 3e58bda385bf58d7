package io.github.gwdns.core.load;

/**
 * A scalar: its text exactly as written (without quotes), the type it resolves to, and whether it
 * was written without quotes.
 */
public record ManifestScalar(String value, ScalarKind kind, boolean plain, long start, long end)
    implements ManifestNode {

  // Positions are packed into two longs: a tree of a large repository has millions of nodes, and a
  // Span object each cost a seventh of the memory.
  public ManifestScalar(String value, ScalarKind kind, boolean plain, Span span) {
    this(value, kind, plain, span.packedStart(), span.packedEnd());
  }

  @Override
  public Span span() {
    return Span.of(start, end);
  }

  @Override
  public String describe() {
    return kind.description();
  }
}
