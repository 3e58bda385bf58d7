package io.github.gwdns.core.render.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chart version constraint as Flux writes it ({@code spec.chart.spec.version}, an OCIRepository's
 * {@code spec.ref.semver}): Masterminds semver syntax, {@code 5.1.0}, {@code 5.x}, {@code ^5.0.0},
 * {@code ~4.1}, {@code >=4.0.0 <5.0.0}, alternatives joined by {@code ||}. Pre-releases satisfy a
 * constraint only when it names one, as in Masterminds.
 */
public final class VersionRange {
  private static final Pattern COMPARISON =
      Pattern.compile(
          "(=|!=|>=|<=|>|<|\\^|~>|~)?\\s*v?(\\d+|[xX*])(?:\\.(\\d+|[xX*]))?(?:\\.(\\d+|[xX*]))?(?:-([0-9A-Za-z.-]+))?");

  /** One {@code op version} test. */
  private record Test(String op, SemanticVersion version) {
    boolean accepts(SemanticVersion v) {
      int c = v.compareTo(version);
      return switch (op) {
        case "=" -> c == 0;
        case "!=" -> c != 0;
        case ">" -> c > 0;
        case ">=" -> c >= 0;
        case "<" -> c < 0;
        case "<=" -> c <= 0;
        default -> throw new IllegalStateException(op);
      };
    }
  }

  /** Alternatives, each a conjunction of tests. */
  private final List<List<Test>> alternatives;

  private final boolean namesPreRelease;

  private VersionRange(List<List<Test>> alternatives, boolean namesPreRelease) {
    this.alternatives = alternatives;
    this.namesPreRelease = namesPreRelease;
  }

  /**
   * The constraint, or null when {@code text} is not one ({@code ""}, a digest, a tag like {@code
   * latest}).
   */
  public static VersionRange parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    List<List<Test>> alternatives = new ArrayList<>();
    boolean pre = false;
    for (String alternative : text.split("\\|\\|")) {
      List<Test> tests = new ArrayList<>();
      String rest =
          alternative.trim().replace(",", " ").replaceAll("(>=|<=|!=|~>|[><=^~])\\s+", "$1");
      // A hyphen range: 1.2 - 1.4.5
      Matcher hyphen = Pattern.compile("^(\\S+)\\s+-\\s+(\\S+)$").matcher(rest);
      if (hyphen.matches()) {
        rest = ">=" + hyphen.group(1) + " <=" + hyphen.group(2);
      }
      for (String part : rest.trim().split("\\s+(?=[=!<>^~v\\d*xX])")) {
        part = part.trim();
        if (part.isEmpty()) {
          continue;
        }
        Matcher m = COMPARISON.matcher(part);
        if (!m.matches()) {
          return null;
        }
        pre |= m.group(5) != null;
        if (!expand(m, tests)) {
          return null;
        }
      }
      if (tests.isEmpty()) {
        return null;
      }
      alternatives.add(tests);
    }
    return new VersionRange(alternatives, pre);
  }

  private static boolean expand(Matcher m, List<Test> tests) {
    String op = m.group(1) == null ? "=" : m.group(1);
    Integer major = number(m.group(2));
    Integer minor = number(m.group(3));
    Integer patch = number(m.group(4));
    String pre = m.group(5) == null ? "" : m.group(5);
    if (major == null) {
      tests.add(new Test(">=", SemanticVersion.of(0, 0, 0)));
      return true;
    }
    int mi = minor == null ? 0 : minor;
    int pa = patch == null ? 0 : patch;
    SemanticVersion base = new SemanticVersion(major, mi, pa, pre);
    switch (op) {
      case "^" -> {
        tests.add(new Test(">=", base));
        tests.add(
            new Test(
                "<",
                major > 0 || minor == null
                    ? SemanticVersion.of(major + 1, 0, 0)
                    : mi > 0 || patch == null
                        ? SemanticVersion.of(0, mi + 1, 0)
                        : SemanticVersion.of(0, 0, pa + 1)));
      }
      case "~", "~>" -> {
        tests.add(new Test(">=", base));
        tests.add(
            new Test(
                "<",
                minor == null
                    ? SemanticVersion.of(major + 1, 0, 0)
                    : SemanticVersion.of(major, mi + 1, 0)));
      }
      case "=" -> {
        if (minor == null) {
          tests.add(new Test(">=", base));
          tests.add(new Test("<", SemanticVersion.of(major + 1, 0, 0)));
        } else if (patch == null) {
          tests.add(new Test(">=", base));
          tests.add(new Test("<", SemanticVersion.of(major, mi + 1, 0)));
        } else {
          tests.add(new Test("=", base));
        }
      }
      case ">" ->
          tests.add(
              minor == null
                  ? new Test(">=", SemanticVersion.of(major + 1, 0, 0))
                  : patch == null
                      ? new Test(">=", SemanticVersion.of(major, mi + 1, 0))
                      : new Test(">", base));
      case "<=" ->
          tests.add(
              minor == null
                  ? new Test("<", SemanticVersion.of(major + 1, 0, 0))
                  : patch == null
                      ? new Test("<", SemanticVersion.of(major, mi + 1, 0))
                      : new Test("<=", base));
      default -> tests.add(new Test(op, base));
    }
    return true;
  }

  private static Integer number(String part) {
    if (part == null || part.toLowerCase(Locale.ROOT).equals("x") || part.equals("*")) {
      return null;
    }
    try {
      return Integer.parseInt(part);
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  /** True when {@code version} satisfies the constraint. */
  public boolean accepts(SemanticVersion version) {
    if (!version.preRelease().isEmpty() && !namesPreRelease) {
      return false;
    }
    for (List<Test> tests : alternatives) {
      if (tests.stream().allMatch(t -> t.accepts(version))) {
        return true;
      }
    }
    return false;
  }

  /** The newest of {@code versions} the constraint accepts, or null. */
  public SemanticVersion newest(List<SemanticVersion> versions) {
    SemanticVersion best = null;
    for (SemanticVersion v : versions) {
      if (accepts(v) && (best == null || v.compareTo(best) > 0)) {
        best = v;
      }
    }
    return best;
  }
}
