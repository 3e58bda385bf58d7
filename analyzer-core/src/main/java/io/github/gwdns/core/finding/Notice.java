package io.github.gwdns.core.finding;

/**
 * A message about the run itself rather than about the manifests, e.g. a symlink that was not
 * followed. Reports show notices apart from findings (SARIF: tool execution notifications).
 *
 * @param message what happened
 * @param file the file concerned, or the empty string
 */
public record Notice(String message, String file) implements Comparable<Notice> {
  public Notice {
    file = file == null ? "" : file;
    message = Finding.oneLine(message);
  }

  @Override
  public int compareTo(Notice other) {
    int byFile = file.compareTo(other.file);
    return byFile != 0 ? byFile : message.compareTo(other.message);
  }
}
