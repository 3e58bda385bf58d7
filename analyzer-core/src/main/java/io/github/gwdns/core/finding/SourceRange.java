package io.github.gwdns.core.finding;

import java.util.Comparator;
import java.util.Objects;

/**
 * A region of an input file. Lines and columns are 1-based; columns count Unicode code points
 * (SARIF {@code columnKind = unicodeCodePoints}); {@code endColumn} is the column just after the
 * last character. {@code file} is the path as shown to the user: relative to the analysis base
 * directory, with {@code /} separators.
 */
public record SourceRange(String file, int startLine, int startColumn, int endLine, int endColumn)
    implements Comparable<SourceRange> {

  private static final Comparator<SourceRange> ORDER =
      Comparator.comparing(SourceRange::file)
          .thenComparingInt(SourceRange::startLine)
          .thenComparingInt(SourceRange::startColumn)
          .thenComparingInt(SourceRange::endLine)
          .thenComparingInt(SourceRange::endColumn);

  public SourceRange {
    Objects.requireNonNull(file, "file");
    if (startLine < 1 || startColumn < 1) {
      throw new IllegalArgumentException("positions are 1-based: " + startLine + ":" + startColumn);
    }
    if (endLine < startLine || (endLine == startLine && endColumn < startColumn)) {
      endLine = startLine;
      endColumn = startColumn;
    }
  }

  /** The start of a file: line 1, column 1, for problems that have no better position. */
  public static SourceRange startOf(String file) {
    return new SourceRange(file, 1, 1, 1, 1);
  }

  /** A one-point range. */
  public static SourceRange at(String file, int line, int column) {
    return new SourceRange(file, line, column, line, column);
  }

  /** {@code file:line:column}, the form compilers print and IDEs link. */
  public String display() {
    return file + ":" + startLine + ":" + startColumn;
  }

  @Override
  public int compareTo(SourceRange other) {
    return ORDER.compare(this, other);
  }
}
