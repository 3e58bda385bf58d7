package io.github.gwdns.core.deploy;

import io.github.gwdns.core.model.FieldPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * external-dns's command line read as its kingpin parser reads it (kingpin v2.4.0, every release
 * since v0.19.0): {@code --flag=value} and {@code --flag value}; a bool flag takes no value ({@code
 * --flag}, {@code --no-flag}; {@code --flag=true} leaves {@code true} as a stray argument); a
 * single-valued flag given twice, an unknown flag or a stray argument stop it; a flag not on the
 * command line is read from its {@code EXTERNAL_DNS_*} variable (a repeatable one split on
 * newlines, a bool through Go's ParseBool), and an empty variable counts as unset.
 */
final class ExternalDnsFlagParser {
  /**
   * One value of a flag.
   *
   * @param unknown the value comes from a Secret ({@code valueFrom}): set, but gwdns cannot read it
   */
  record Value(String text, FieldPath at, boolean fromEnv, boolean unknown) {}

  /** The flags set, in order of appearance, and what kingpin refuses. */
  record Parsed(Map<String, List<Value>> values, List<StartupFailure> failures) {
    boolean has(String name) {
      return values.containsKey(name);
    }

    /** The values gwdns can read. */
    List<String> texts(String name) {
      return values.getOrDefault(name, List.of()).stream()
          .filter(v -> !v.unknown())
          .map(Value::text)
          .toList();
    }

    /** The last value, or null. */
    Value last(String name) {
      List<Value> all = values.get(name);
      return all == null || all.isEmpty() ? null : all.get(all.size() - 1);
    }
  }

  private static final String PARSING = "flag parsing error: ";
  private static final Set<String> TRUE = Set.of("1", "t", "T", "TRUE", "true", "True");
  private static final Set<String> FALSE = Set.of("0", "f", "F", "FALSE", "false", "False");
  private static final Pattern DURATION =
      Pattern.compile("[-+]?(?:0|(?:(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:ns|us|µs|μs|ms|s|m|h|d|w))+)");
  private static final Pattern DURATION_PART =
      Pattern.compile("(?:\\d+(?:\\.\\d*)?|\\.\\d+)([^\\d.]*)");

  private final ExternalDnsFlags flags;
  private final boolean older;
  private final Map<String, List<Value>> values = new LinkedHashMap<>();

  /**
   * Flags given a value, also one kingpin refused: not missing, and refused for that reason
   * instead.
   */
  private final java.util.Set<String> given = new java.util.HashSet<>();

  private final List<StartupFailure> failures = new ArrayList<>();

  private ExternalDnsFlagParser(ExternalDnsFlags flags, boolean older) {
    this.flags = flags;
    this.older = older;
  }

  /**
   * Parses {@code line} with the flags of {@code flags}' release.
   *
   * @param older the release is older than any gwdns lists, and {@code flags} are the oldest
   *     listed: values are read with their types, but only a flag added later is known to be
   *     unknown to it
   */
  static Parsed parse(ExternalDnsCommandLine line, ExternalDnsFlags flags, boolean older) {
    ExternalDnsFlagParser parser = new ExternalDnsFlagParser(flags, older);
    parser.arguments(line.args());
    parser.environment(line.env());
    if (line.envFrom().isEmpty()) {
      parser.required();
    }
    return new Parsed(parser.values, parser.failures);
  }

  private void arguments(List<ExternalDnsCommandLine.Arg> args) {
    for (int i = 0; i < args.size(); i++) {
      ExternalDnsCommandLine.Arg arg = args.get(i);
      String text = arg.text();
      if (text.equals("--")) {
        if (i + 1 < args.size()) {
          fail(
              "stray-argument",
              "unexpected " + args.get(i + 1).text(),
              args.get(i + 1).at(),
              "remove `"
                  + args.get(i + 1).text()
                  + "`: external-dns takes no arguments besides its flags");
        }
        return;
      }
      if (!text.startsWith("-") || text.equals("-")) {
        fail(
            "stray-argument",
            "unexpected " + text,
            arg.at(),
            "remove `"
                + text
                + "`, or join it to the flag it belongs to"
                + " (`--flag=value`): external-dns takes no arguments besides its flags");
        continue;
      }
      if (!text.startsWith("--")) {
        if (!older) {
          fail(
              "unknown-flag:" + text,
              "unknown short flag '" + text.substring(0, Math.min(2, text.length())) + "'",
              arg.at(),
              "write the flag with two dashes (`-" + text + "`): external-dns has no short flags");
        }
        continue;
      }
      int eq = text.indexOf('=');
      String name = eq < 0 ? text.substring(2) : text.substring(2, eq);
      String value = eq < 0 ? null : text.substring(eq + 1);
      ExternalDnsFlags.Flag flag = flags.flag(name);
      boolean invert = false;
      if (flag == null && name.startsWith("no-") && flags.flag(name.substring(3)) != null) {
        flag = flags.flag(name.substring(3));
        invert = true;
      }
      if (flag == null || (invert && flag.type() != ExternalDnsFlags.Type.BOOL)) {
        unknownFlag(name, arg.at());
        if (value == null && i + 1 < args.size() && !args.get(i + 1).text().startsWith("-")) {
          i++; // most likely its value; kingpin stops here anyway
        }
        continue;
      }
      if (flag.type() == ExternalDnsFlags.Type.BOOL) {
        if (value != null) {
          given.add(flag.name());
          boolean chartMap = arg.at().toString().contains("extraArgs.");
          fail(
              "bool-value:" + flag.name(),
              "unexpected " + value,
              arg.at(),
              (chartMap
                  ? "charts before 1.21.0 render an `extraArgs` bool as `--"
                      + flag.name()
                      + "="
                      + value
                      + "`: write `extraArgs: [--"
                      + (FALSE.contains(value) ? "no-" : "")
                      + flag.name()
                      + "]`, or upgrade the chart to 1.21.0 or later"
                  : "write `--"
                      + (FALSE.contains(value) ? "no-" : "")
                      + flag.name()
                      + "` without a value (a bool flag takes none"
                      + (FALSE.contains(value) ? "; `--no-" + flag.name() + "` turns it off" : "")
                      + ")"));
          continue;
        }
        add(flag, new Value(invert ? "false" : "true", arg.at(), false, false));
        continue;
      }
      FieldPath at = arg.at();
      if (value == null) {
        if (i + 1 < args.size()
            && !(args.get(i + 1).text().startsWith("-") && args.get(i + 1).text().length() > 1)) {
          value = args.get(++i).text();
          at = args.get(i).at();
        } else {
          fail(
              "no-value:" + flag.name(),
              "expected argument for flag '--" + flag.name() + "'",
              arg.at(),
              "give `--" + flag.name() + "` its value (`--" + flag.name() + "=...`)");
          continue;
        }
      }
      if (!flag.type().repeatable() && values.containsKey(flag.name())) {
        fail(
            "repeated:" + flag.name(),
            "flag '" + flag.name() + "' cannot be repeated",
            at,
            "give `--" + flag.name() + "` once: it takes one value");
        continue;
      }
      Value v = new Value(value, at, false, false);
      if (checkValue(flag, v)) {
        add(flag, v);
      }
    }
  }

  private void unknownFlag(String name, FieldPath at) {
    String added = ExternalDnsFlags.addedAfterOldest(name);
    if (older && added == null) {
      return; // gwdns does not know the flags of releases before the oldest it lists
    }
    String last = older ? null : flags.lastReleaseWith(name);
    String fix;
    if (last != null) {
      fix =
          "drop `--"
              + name
              + "`: "
              + flags.release()
              + " no longer has it ("
              + last
              + " was the last release with it)";
    } else if (added != null
        || ExternalDnsFlags.firstReleaseWith(
                name, io.github.gwdns.core.predict.ExternalDnsVersion.parse("0.19.0"))
            != null) {
      fix =
          "drop `--"
              + name
              + "`, or upgrade external-dns to a release that has it"
              + (added != null ? " (" + added + " or later)" : "");
    } else {
      fix =
          "drop `--" + name + "` or correct its name: no external-dns release since v0.19.0 has it";
    }
    fail("unknown-flag:" + name, "unknown long flag '--" + name + "'", at, fix);
  }

  private void environment(List<ExternalDnsCommandLine.Env> env) {
    for (ExternalDnsCommandLine.Env e : env) {
      ExternalDnsFlags.Flag flag = flags.byEnvar(e.name());
      if (flag == null
          || (values.containsKey(flag.name()) && !values.get(flag.name()).get(0).fromEnv())) {
        continue; // not a flag's variable, or the command line sets the flag and kingpin never
        // reads it
      }
      if (e.value() == null) {
        values.put(flag.name(), new ArrayList<>(List.of(new Value("", e.at(), true, true))));
        continue;
      }
      if (e.value().isEmpty()) {
        values.remove(flag.name()); // empty: unset, as kingpin reads it
        continue;
      }
      List<Value> read = new ArrayList<>();
      if (flag.type().repeatable()) {
        for (String item : e.value().replaceFirst("\r?\n$", "").split("\r?\n", -1)) {
          read.add(new Value(item, e.at(), true, false));
        }
      } else if (flag.type() == ExternalDnsFlags.Type.BOOL) {
        if (!TRUE.contains(e.value()) && !FALSE.contains(e.value())) {
          fail(
              "env-bool:" + flag.name(),
              "strconv.ParseBool: parsing \"" + e.value() + "\": invalid syntax",
              e.at(),
              "set " + e.name() + " to `true` or `false`");
          continue;
        }
        read.add(new Value(TRUE.contains(e.value()) ? "true" : "false", e.at(), true, false));
      } else {
        read.add(new Value(e.value(), e.at(), true, false));
      }
      List<Value> kept = new ArrayList<>();
      for (Value v : read) {
        if (checkValue(flag, v)) {
          kept.add(v);
        }
      }
      // A later entry of the same variable wins, as Kubernetes passes the last one.
      values.put(flag.name(), kept);
    }
  }

  private void required() {
    List<String> missing = new ArrayList<>();
    for (String name : List.of("source", "provider")) {
      ExternalDnsFlags.Flag flag = flags.flag(name);
      if (flag != null && flag.required() && !values.containsKey(name) && !given.contains(name)) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      fail(
          "required:" + String.join(",", missing),
          "required flag(s) "
              + String.join(", ", missing.stream().map(n -> "'--" + n + "'").toList())
              + " not provided",
          FieldPath.root(),
          "give "
              + String.join(" and ", missing.stream().map(n -> "`--" + n + "`").toList())
              + (missing.contains("provider")
                  ? " (the DNS provider, e.g. `--provider=cloudflare`)"
                  : ""));
    }
  }

  /** Checks a value as kingpin's flag type does; false (and a failure) when it refuses it. */
  private boolean checkValue(ExternalDnsFlags.Flag flag, Value v) {
    given.add(flag.name());
    String text = v.text();
    switch (flag.type()) {
      case ENUM, ENUMS -> {
        // Before the oldest release listed, the allowed values are not known.
        List<String> allowed = older ? null : ExternalDnsEnums.allowed(flag.name(), flags);
        if (allowed != null && !allowed.contains(text)) {
          List<String> shown = allowed.stream().filter(a -> !a.isEmpty()).sorted().toList();
          fail(
              "enum:" + flag.name(),
              "enum value must be one of "
                  + (shown.size() > 6 ? "…" : String.join(",", allowed))
                  + ", got '"
                  + text
                  + "'",
              v.at(),
              "set "
                  + where(flag, v)
                  + " to one of "
                  + String.join(", ", shown)
                  + (flag.name().equals("provider")
                      ? ExternalDnsEnums.removedProvider(text, flags)
                      : ""));
          return false;
        }
      }
      case DURATION -> {
        String error = duration(text);
        if (error != null) {
          fail(
              "duration:" + flag.name(),
              error,
              v.at(),
              "write " + where(flag, v) + " with a unit, e.g. `1m` or `30s`");
          return false;
        }
      }
      case INT, INT64 -> {
        if (!text.trim().equals(text)
            || !text.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
          fail(
              "int:" + flag.name(),
              "strconv.ParseFloat: parsing \"" + text + "\": invalid syntax",
              v.at(),
              "give " + where(flag, v) + " a number");
          return false;
        }
      }
      case STRING_MAP -> {
        if (!text.contains("=")) {
          fail(
              "map:" + flag.name(),
              "expected KEY=VALUE got '" + text + "'",
              v.at(),
              "write " + where(flag, v) + " as KEY=VALUE");
          return false;
        }
      }
      default -> {}
    }
    return true;
  }

  private static String where(ExternalDnsFlags.Flag flag, Value v) {
    return v.fromEnv() ? flag.envar() : "`--" + flag.name() + "`";
  }

  /**
   * What Go's time.ParseDuration (as kingpin's str2duration extends it, with {@code d} and {@code
   * w}) says of {@code text}, or null when it parses.
   */
  static String duration(String text) {
    if (DURATION.matcher(text).matches()) {
      return null;
    }
    String body = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
    java.util.regex.Matcher m = DURATION_PART.matcher(body);
    int end = 0;
    while (m.find() && m.start() == end) {
      end = m.end();
      String unit = m.group(1);
      if (unit.isEmpty()) {
        return "time: missing unit in duration \"" + text + "\"";
      }
      if (!Set.of("ns", "us", "µs", "μs", "ms", "s", "m", "h", "d", "w").contains(unit)) {
        return "time: unknown unit \"" + unit + "\" in duration \"" + text + "\"";
      }
    }
    return "time: invalid duration \"" + text + "\"";
  }

  private void add(ExternalDnsFlags.Flag flag, Value v) {
    values.computeIfAbsent(flag.name(), k -> new ArrayList<>()).add(v);
  }

  private void fail(String check, String message, FieldPath at, String fix) {
    failures.add(
        new StartupFailure(
            StartupFailure.Stage.FLAG_PARSING, check, PARSING + message, at, fix, null));
  }
}
