package io.github.gwdns.cli;

/** The process exit codes, the same for every command and every output format. */
public enum ExitCode {
  /** 0: nothing at or above {@code --fail-on}. */
  OK(0),
  /** 1: findings at or above {@code --fail-on}. */
  FINDINGS(1),
  /** 2: usage error, unreadable input, I/O or internal error. */
  ERROR(2);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
