package io.github.gwdns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Progress goes to standard error only when standard error itself is a terminal. */
class TerminalsTest {
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private Console console(boolean outTerminal, boolean errTerminal) {
    return new Console(
        new ByteArrayInputStream(new byte[0]),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        outTerminal,
        errTerminal,
        Map.of());
  }

  private String progress(Console console) {
    err.reset();
    ProgressLine line = new ProgressLine(console, System.nanoTime() - 2_000_000_000L);
    line.update(10, 20);
    line.finish();
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void progressFollowsStandardErrorNotStandardOutput() {
    assertThat(progress(console(false, true)))
        .startsWith("\rgwdns history: 10/20 commits, ")
        .endsWith(" commits/s\n");
    // gwdns history 2>log on a terminal: the log stays clean.
    assertThat(progress(console(true, false))).isEmpty();
    assertThat(progress(console(false, false))).isEmpty();
  }

  @Test
  void terminalsAreTerminalDevices() {
    assertThat(Terminals.terminalDevice("/dev/pts/3")).isTrue();
    assertThat(Terminals.terminalDevice("/dev/tty1")).isTrue();
    assertThat(Terminals.terminalDevice("/dev/console")).isTrue();
    assertThat(Terminals.terminalDevice("pipe:[123456]")).isFalse();
    assertThat(Terminals.terminalDevice("/dev/null")).isFalse();
    assertThat(Terminals.terminalDevice("/tmp/gwdns.log")).isFalse();
    // Surefire pipes the forked JVM's streams: neither is a terminal, whatever the JDK.
    assertThat(Terminals.stderr()).isFalse();
    assertThat(Terminals.stdout()).isFalse();
  }
}
