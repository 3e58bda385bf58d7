package io.github.gwdns.core.load;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a YAML stream into one chunk per document at the {@code ---} markers, so that one broken
 * document does not hide the ones after it: a scanner's state after an error is unreliable, but a
 * document marker at the start of a line always starts a new document (YAML 1.2, 9.1.4), even
 * inside what a broken document left open.
 */
final class DocumentSplitter {
  private DocumentSplitter() {}

  /** Part of the stream; {@code lineOffset} is the number of lines before it. */
  record Chunk(int lineOffset, String text) {}

  static List<Chunk> split(String text) {
    List<Chunk> chunks = new ArrayList<>();
    int chunkStart = 0;
    int chunkLine = 0;
    boolean chunkHasContent = false;
    int line = 0;
    int pos = 0;
    int length = text.length();
    while (pos < length) {
      int lineEnd = pos;
      while (lineEnd < length && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
        lineEnd++;
      }
      if (isDocumentStart(text, pos, lineEnd)) {
        // Directives and comments before a marker belong to the document the marker starts.
        if (chunkHasContent) {
          chunks.add(new Chunk(chunkLine, text.substring(chunkStart, pos)));
          chunkStart = pos;
          chunkLine = line;
        }
        chunkHasContent = true;
      } else if (!chunkHasContent && hasContent(text, pos, lineEnd)) {
        chunkHasContent = true;
      }
      if (lineEnd >= length) {
        break;
      }
      boolean crlf =
          text.charAt(lineEnd) == '\r' && lineEnd + 1 < length && text.charAt(lineEnd + 1) == '\n';
      int next = lineEnd + (crlf ? 2 : 1);
      pos = next;
      line++;
    }
    if (chunkHasContent) {
      chunks.add(new Chunk(chunkLine, text.substring(chunkStart)));
    }
    return chunks;
  }

  private static boolean isDocumentStart(String text, int start, int end) {
    if (end - start < 3 || !text.startsWith("---", start)) {
      return false;
    }
    return end - start == 3 || text.charAt(start + 3) == ' ' || text.charAt(start + 3) == '\t';
  }

  /** A line that is not blank, a comment, a directive or a document end marker. */
  private static boolean hasContent(String text, int start, int end) {
    int i = start;
    while (i < end
        && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\uFEFF')) {
      i++;
    }
    if (i == end) {
      return false;
    }
    char c = text.charAt(i);
    if (c == '#' || (c == '%' && i == start)) {
      return false;
    }
    return !(i == start
        && text.startsWith("...", i)
        && (end - i == 3 || text.charAt(i + 3) == ' '));
  }
}
