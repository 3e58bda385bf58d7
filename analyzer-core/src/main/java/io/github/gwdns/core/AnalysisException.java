package io.github.gwdns.core;

/**
 * The analysis could not run at all: an input path that does not exist, standard input that cannot
 * be read. Problems inside the manifests are never exceptions; they are findings.
 */
public final class AnalysisException extends Exception {
  private static final long serialVersionUID = 1L;

  public AnalysisException(String message, Throwable cause) {
    super(message, cause);
  }

  public AnalysisException(String message) {
    super(message);
  }
}
