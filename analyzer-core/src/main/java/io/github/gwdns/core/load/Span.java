package io.github.gwdns.core.load;

import io.github.gwdns.core.finding.SourceRange;

/**
 * A region inside one file, without the file: 1-based lines, 1-based columns in Unicode code
 * points, {@code endColumn} just after the last character.
 */
public record Span(int startLine, int startColumn, int endLine, int endColumn) {

  /**
   * {@code line} and {@code column} in one long: nodes keep their positions packed, not as objects.
   */
  static long pack(int line, int column) {
    return ((long) line << 32) | (column & 0xFFFFFFFFL);
  }

  /** The span from two packed positions. */
  static Span of(long start, long end) {
    return new Span((int) (start >>> 32), (int) start, (int) (end >>> 32), (int) end);
  }

  long packedStart() {
    return pack(startLine, startColumn);
  }

  long packedEnd() {
    return pack(endLine, endColumn);
  }

  /** The span as a {@link SourceRange} of {@code file}. */
  public SourceRange in(String file) {
    return new SourceRange(file, startLine, startColumn, endLine, endColumn);
  }

  /** The one-point span at this span's start. */
  public Span start() {
    return new Span(startLine, startColumn, startLine, startColumn);
  }

  /** A span from this span's start to {@code end}'s end. */
  public Span to(Span end) {
    return new Span(startLine, startColumn, end.endLine, end.endColumn);
  }
}
