package io.github.gwdns.core.load;

import java.util.List;

/**
 * A mapping, in source order. Keys are unique: a document with a duplicate key is reported and
 * never becomes a {@code ManifestMap}.
 */
public record ManifestMap(List<Entry> entries, long start, long end) implements ManifestNode {

  /**
   * One {@code key: value} pair, with the key's own position (kept packed, as in {@link
   * ManifestScalar}).
   */
  public record Entry(String key, long keyStart, long keyEnd, ManifestNode value) {
    public Entry(String key, Span keySpan, ManifestNode value) {
      this(key, keySpan.packedStart(), keySpan.packedEnd(), value);
    }

    public Span keySpan() {
      return Span.of(keyStart, keyEnd);
    }
  }

  public ManifestMap {
    entries = List.copyOf(entries);
  }

  /** Positions are kept packed, as in {@link ManifestScalar}. */
  public ManifestMap(List<Entry> entries, Span span) {
    this(entries, span.packedStart(), span.packedEnd());
  }

  @Override
  public Span span() {
    return Span.of(start, end);
  }

  /** The value of {@code key}, or {@code null} when the key is absent. */
  public ManifestNode get(String key) {
    for (Entry entry : entries) {
      if (entry.key().equals(key)) {
        return entry.value();
      }
    }
    return null;
  }

  /** The entry for {@code key}, or {@code null} when the key is absent. */
  public Entry entry(String key) {
    for (Entry entry : entries) {
      if (entry.key().equals(key)) {
        return entry;
      }
    }
    return null;
  }

  /** The text of the scalar at {@code key}, or {@code null} when absent, null or not a scalar. */
  public String text(String key) {
    ManifestNode node = get(key);
    if (node instanceof ManifestScalar s && s.kind() != ScalarKind.NULL) {
      return s.value();
    }
    return null;
  }

  @Override
  public String describe() {
    return "a mapping";
  }
}
