package io.github.gwdns.cli;

import io.github.gwdns.core.AnalysisException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code gwdns} command. {@link #main} only exits; {@link #run} does the work and returns the
 * exit code, so tests run the real CLI in-process.
 */
@Command(
    name = "gwdns",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Predicts the DNS records external-dns publishes for Gateway API routes, offline, and explains"
          + " every route that gets none."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  nothing at or above --fail-on",
      "  1  findings at or above --fail-on (default: error)",
      "  2  usage error, unreadable input, I/O or internal error",
      "The exit code is the same for every --format."
    })
public final class Main implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "a command is required: check, plan, status, explain, graph, diff, history or rules");
  }

  public static void main(String[] args) {
    System.exit(run(args, Console.system()));
  }

  /** Runs gwdns with the given streams and returns the exit code. */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    return run(args, new Console(in, out, err, false, System.getenv()));
  }

  static int run(String[] args, Console given) {
    Console console = given.withDebug(List.of(args).contains("--debug"));
    CommandLine cli = new CommandLine(new Main());
    // Building a picocli model reflects over every option; build only the command being run, and
    // all of them only when the top-level help or an error needs the list.
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("check", () -> new CheckCommand(console));
    commands.put("plan", () -> new PlanCommand(console));
    commands.put("status", () -> new StatusCommand(console));
    commands.put("explain", () -> new ExplainCommand(console));
    commands.put("graph", () -> new GraphCommand(console));
    commands.put("diff", () -> new DiffCommand(console));
    commands.put("history", () -> new HistoryCommand(console));
    commands.put("rules", () -> new RulesCommand(console));
    Supplier<Object> only = args.length > 0 ? commands.get(args[0]) : null;
    if (only != null) {
      cli.addSubcommand(command(only.get()));
    } else {
      commands.values().forEach(c -> cli.addSubcommand(command(c.get())));
    }
    cli.setHelpFactory(WordWrappedHelp::new);
    // UTF-8, as every report is, whatever the platform's default charset.
    cli.setOut(
        new PrintWriter(
            new java.io.OutputStreamWriter(console.out(), java.nio.charset.StandardCharsets.UTF_8),
            true));
    cli.setErr(
        new PrintWriter(
            new java.io.OutputStreamWriter(console.err(), java.nio.charset.StandardCharsets.UTF_8),
            true));
    cli.setExitCodeExceptionMapper(e -> ExitCode.ERROR.code());
    cli.setParameterExceptionHandler(
        (e, args2) -> {
          // One line, as every error: the message, the likely spelling, and where the help is.
          console
              .err()
              .println(
                  "gwdns: "
                      + oneLine(message(e))
                      + suggestion(e)
                      + " (see '"
                      + e.getCommandLine().getCommandSpec().qualifiedName()
                      + " --help')");
          return ExitCode.ERROR.code();
        });
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          boolean debug =
              parseResult.hasMatchedOption("--debug")
                  || (parseResult.subcommand() != null
                      && parseResult.subcommand().hasMatchedOption("--debug"));
          console.err().println("gwdns: " + oneLine(describe(e)));
          if (debug) {
            e.printStackTrace(console.err());
          }
          return ExitCode.ERROR.code();
        });
    try {
      return cli.execute(args);
    } catch (Throwable e) {
      // Errors (out of memory, a class missing from a broken install) bypass picocli's handler.
      console
          .err()
          .println(
              "gwdns: internal error: "
                  + e
                  + " (rerun with --debug for the stack trace, and please report it)");
      if (List.of(args).contains("--debug")) {
        e.printStackTrace(console.err());
      }
      return ExitCode.ERROR.code();
    }
  }

  static CommandLine command(Object command) {
    CommandLine line = new CommandLine(command);
    CommandSpec externalDns = line.getCommandSpec().mixins().get("externalDns");
    if (externalDns != null) {
      ((ExternalDnsFlags) externalDns.userObject()).addTo(line.getCommandSpec());
    }
    if (command instanceof CheckCommand) {
      // check's --format and --output are setters called once per occurrence, in order, so each
      // --output pairs with the --format before it.
      line.setOverwrittenOptionsAllowed(true);
    }
    return line;
  }

  /** picocli's message, but "unknown command" for what is not one of gwdns's commands. */
  private static String message(CommandLine.ParameterException e) {
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched
        && !unmatched.getUnmatched().isEmpty()
        && !unmatched.getUnmatched().get(0).startsWith("-")
        && !e.getCommandLine().getCommandSpec().subcommands().isEmpty()) {
      return "unknown command '" + unmatched.getUnmatched().get(0) + "'";
    }
    return e.getMessage();
  }

  /** The closest option or command to an unknown one, as "; did you mean --x?". */
  private static String suggestion(CommandLine.ParameterException e) {
    if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched)) {
      return "";
    }
    List<String> unknown = unmatched.getUnmatched();
    if (unknown.isEmpty()) {
      return "";
    }
    String given = unknown.get(0);
    int eq = given.indexOf('=');
    String name = given.startsWith("-") && eq > 0 ? given.substring(0, eq) : given;
    java.util.Set<String> known = new java.util.TreeSet<>();
    CommandSpec spec = e.getCommandLine().getCommandSpec();
    if (name.startsWith("-")) {
      spec.options().forEach(o -> known.addAll(List.of(o.names())));
    } else {
      known.addAll(spec.subcommands().keySet());
    }
    String closest = io.github.gwdns.core.finding.Spelling.closest(name, known);
    return closest == null ? "" : "; did you mean " + closest + "?";
  }

  /** {@code text} with its line breaks and the blanks around them folded into one space. */
  static String oneLine(String text) {
    return text == null
        ? ""
        : io.github.gwdns.core.report.SafeText.of(text.strip().replaceAll("\\s*\\R\\s*", " "));
  }

  /** One line that says what went wrong; internal errors ask for --debug and a report. */
  static String describe(Exception e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (cause instanceof AnalysisException || cause instanceof Options.UsageException) {
      return cause.getMessage();
    }
    if (cause instanceof NoSuchFileException n) {
      return "no such file: " + n.getFile();
    }
    if (cause instanceof AccessDeniedException a) {
      return "permission denied: " + a.getFile();
    }
    if (cause instanceof IOException io) {
      return "I/O error: " + io.getMessage();
    }
    return "internal error: "
        + cause
        + " (rerun with --debug for the stack trace, and please report it)";
  }
}
