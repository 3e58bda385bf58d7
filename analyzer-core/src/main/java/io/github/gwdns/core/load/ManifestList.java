package io.github.gwdns.core.load;

import java.util.List;

/** A sequence. */
public record ManifestList(List<ManifestNode> items, long start, long end) implements ManifestNode {
  public ManifestList {
    items = List.copyOf(items);
  }

  /** Positions are kept packed, as in {@link ManifestScalar}. */
  public ManifestList(List<ManifestNode> items, Span span) {
    this(items, span.packedStart(), span.packedEnd());
  }

  @Override
  public Span span() {
    return Span.of(start, end);
  }

  @Override
  public String describe() {
    return "a list";
  }
}
