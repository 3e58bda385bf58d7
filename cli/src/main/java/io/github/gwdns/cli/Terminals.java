package io.github.gwdns.cli;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard output and standard error are terminals, decided without the environment.
 *
 * <p>{@code System.console() != null} is not the answer: on JDK 17 to 21 it needs standard input
 * <em>and</em> standard output to be terminals (so {@code gwdns history 2>log} on a terminal would
 * write progress into the log, and {@code gwdns history | less} would show none), and since JDK 22
 * it is non-null even when both are redirected. So, per stream:
 *
 * <ol>
 *   <li>where the process's descriptors are visible ({@code /proc/self/fd/N}, Linux), the stream is
 *       a terminal when its descriptor points at a terminal device ({@code /dev/pts/*}, {@code
 *       /dev/tty*}, {@code /dev/console});
 *   <li>elsewhere, {@code System.console()} must exist and, on JDK 22 and later, {@code
 *       Console.isTerminal()} (called by reflection, the build targets 17) must say so.
 * </ol>
 */
final class Terminals {
  private Terminals() {}

  static boolean stdout() {
    return isTerminal(1);
  }

  static boolean stderr() {
    return isTerminal(2);
  }

  private static boolean isTerminal(int fd) {
    Path descriptor = Path.of("/proc/self/fd/" + fd);
    if (Files.isDirectory(Path.of("/proc/self/fd"))) {
      try {
        return terminalDevice(Files.readSymbolicLink(descriptor).toString());
      } catch (IOException | UnsupportedOperationException | SecurityException e) {
        return false; // closed, or not a link we may read: not a terminal we can tell about
      }
    }
    return consoleIsTerminal();
  }

  /** True for the device names of terminals. */
  static boolean terminalDevice(String target) {
    return target.startsWith("/dev/pts/")
        || target.startsWith("/dev/tty")
        || target.equals("/dev/console");
  }

  // Null means no console before JDK 22; from JDK 22 isTerminal() below tells.
  @SuppressWarnings("SystemConsoleNull")
  private static boolean consoleIsTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = java.io.Console.class.getMethod("isTerminal"); // JDK 22+
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException e) {
      return true; // JDK 17 to 21: a console exists only when input and output are terminals
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }
}
