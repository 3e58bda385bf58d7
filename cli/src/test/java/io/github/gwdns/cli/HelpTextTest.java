package io.github.gwdns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.OptionSpec;

/** The help a user reads: nothing interpolated away, nothing a user copies split across lines. */
class HelpTextTest {
  private static Console console(ByteArrayOutputStream out) {
    return new Console(
        new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        false,
        Map.of());
  }

  private static String help(String command) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(Main.run(new String[] {command, "--help"}, console(out))).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  private static CommandLine model(String command) {
    Console console = console(new ByteArrayOutputStream());
    return Main.command(
        switch (command) {
          case "check" -> new CheckCommand(console);
          case "plan" -> new PlanCommand(console);
          case "status" -> new StatusCommand(console);
          case "explain" -> new ExplainCommand(console);
          case "graph" -> new GraphCommand(console);
          case "diff" -> new DiffCommand(console);
          case "history" -> new HistoryCommand(console);
          default -> new RulesCommand(console);
        });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"check", "plan", "status", "explain", "graph", "diff", "history", "rules"})
  void everyWordOfEveryOptionStaysOnOneLine(String command) {
    List<String> lines = help(command).lines().toList();
    for (OptionSpec option : model(command).getCommandSpec().options()) {
      for (String line : option.description()) {
        for (String word : line.split("\\s+")) {
          if (word.isEmpty() || word.contains("${")) {
            continue;
          }
          assertThat(lines)
              .as("gwdns %s --help: '%s' of %s on one line", command, word, option.longestName())
              .anyMatch(l -> l.contains(word));
        }
      }
      if (option.arity().max() == 0) {
        continue; // a flag: its name is one word
      }
      String synopsis =
          new CommandLine.Help(
                  model(command).getCommandSpec(), CommandLine.Help.defaultColorScheme(Ansi.OFF))
              .createDefaultParamLabelRenderer()
              .renderParameterLabel(option, Ansi.OFF, List.of())
              .plainString();
      String usage = option.shortestName() + synopsis;
      assertThat(
              lines.subList(
                  0,
                  lines.indexOf(
                      lines.stream()
                          .filter(l -> !l.startsWith(" ") && !l.startsWith("Usage:"))
                          .findFirst()
                          .orElseThrow())))
          .as("gwdns %s --help synopsis holds %s on one line", command, usage)
          .anyMatch(l -> l.contains(usage));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"check", "plan", "status", "explain", "graph", "diff", "history"})
  void varNamesTheSubstitutionItFills(String command) {
    assertThat(help(command)).contains("A value for a Flux ${KEY} substitution");
  }

  @ParameterizedTest
  @ValueSource(strings = {"check", "plan", "explain", "diff", "history"})
  void noLineIsWiderThanTheScreen(String command) {
    assertThat(help(command).lines())
        .as("gwdns %s --help", command)
        .allMatch(
            l ->
                l.length() <= 80
                    || Arrays.stream(l.strip().split(" ")).anyMatch(w -> w.length() > 50));
  }

  @org.junit.jupiter.api.Test
  void wrapsAtSpacesOnly() {
    Ansi.Text text =
        Ansi.OFF.new Text("before v0.22.0 the default was `external-dns.alpha.kubernetes.io/`");
    assertThat(WordWrappedHelp.wrap(text, 20, 18).stream().map(Ansi.Text::plainString))
        .containsExactly(
            "before v0.22.0 the", "default was", "`external-dns.alpha.kubernetes.io/`");
  }
}
