package io.github.gwdns.core.load;

import io.github.gwdns.core.finding.SourceRange;

/**
 * A region inside one file, without the file: 1-based lines, 1-based columns in Unicode code points,
 * {@code endColumn} just after the last character.
 */
public record Span(int startLine, int startColumn, int endLine, int endColumn) {

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
