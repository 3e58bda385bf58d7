package io.github.gwdns.core.deploy;

import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.predict.ExternalDnsVersion;
import io.github.gwdns.core.predict.SelectorParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether an external-dns starts: what its kingpin command line refuses, then what its {@code
 * ValidateConfig} refuses (pkg/apis/externaldns/validation), each only in the releases that have
 * the check. Either makes external-dns log the reason and exit 1 before it reads any source: it
 * publishes no record at all. Checks that need the network or a Secret's content are not made.
 */
public final class ExternalDnsStartup {
  private static final String VALIDATION = "config validation failed: ";

  private ExternalDnsStartup() {}

  /**
   * Why the external-dns of {@code line} does not start, when it runs {@code version}; with {@code
   * version} null (unknown), a failure of only some releases is marked with them.
   */
  public static List<StartupFailure> check(
      ExternalDnsCommandLine line, ExternalDnsVersion version) {
    List<StartupFailure> out = new ArrayList<>(line.rendering());
    if (!line.entrypointKnown()) {
      return out;
    }
    if (version != null) {
      ExternalDnsFlags flags = ExternalDnsFlags.of(version);
      out.addAll(
          flags == null
              ? failures(line, ExternalDnsFlags.oldest(), true)
              : failures(line, flags, false));
      return out;
    }
    // Unknown release: what every release refuses is certain; what some refuse is said with them.
    List<ExternalDnsFlags> releases = ExternalDnsFlags.everyRelease();
    Map<String, StartupFailure> first = new LinkedHashMap<>();
    Map<String, List<Integer>> failingIn = new LinkedHashMap<>();
    for (ExternalDnsFlags flags : releases) {
      for (StartupFailure f : failures(line, flags, false)) {
        String key = f.check() + "@" + f.at();
        // The newest release's wording: the likeliest to run.
        first.put(key, f);
        failingIn.computeIfAbsent(key, k -> new ArrayList<>()).add(flags.index());
      }
    }
    first.forEach(
        (key, f) -> {
          List<Integer> in = failingIn.get(key);
          out.add(in.size() == releases.size() ? f : f.onlyIn(describe(in)));
        });
    return out;
  }

  /**
   * external-dns exiting because a source refuses the value of {@code flag} that {@code line} gives
   * (gwdns found it unusable while predicting), at that argument.
   *
   * @param flag the flag without dashes, {@code fqdn-template}
   * @param error why the value is refused, in words
   */
  public static StartupFailure refusedValue(
      ExternalDnsCommandLine line, String flag, String error) {
    // Only to find where the argument is: every release spells these flags the same.
    ExternalDnsFlagParser.Value value =
        ExternalDnsFlagParser.parse(line, ExternalDnsFlags.newest(), false).last(flag);
    return new StartupFailure(
        StartupFailure.Stage.SOURCE_SETUP,
        "refused-value:" + flag,
        error,
        value == null ? FieldPath.root() : value.at(),
        "correct the value of `--" + flag + "`",
        null);
  }

  /** {@code v0.22.0 and later}, {@code v0.19.0 to v0.21.0}, or a list. */
  private static String describe(List<Integer> releases) {
    List<String> names = ExternalDnsFlags.RELEASES;
    boolean contiguous = releases.get(releases.size() - 1) - releases.get(0) == releases.size() - 1;
    String from = name(names.get(releases.get(0)));
    if (contiguous && releases.get(releases.size() - 1) == names.size() - 1) {
      return releases.get(0) == names.size() - 1 ? "releases after v0.22.0" : from + " or later";
    }
    if (contiguous) {
      return releases.size() == 1
          ? from
          : from + " to " + name(names.get(releases.get(releases.size() - 1)));
    }
    return String.join(", ", releases.stream().map(i -> name(names.get(i))).toList());
  }

  private static String name(String key) {
    return key.equals("head") ? "releases after v0.22.0" : "v" + key + ".0";
  }

  private static List<StartupFailure> failures(
      ExternalDnsCommandLine line, ExternalDnsFlags flags, boolean older) {
    ExternalDnsFlagParser.Parsed parsed = ExternalDnsFlagParser.parse(line, flags, older);
    List<StartupFailure> out = new ArrayList<>(parsed.failures());
    new Validation(parsed, older ? -1 : flags.index(), !line.envFrom().isEmpty(), out).run();
    return out;
  }

  /**
   * ValidateConfig, in its order, for the release at {@code release} of {@link
   * ExternalDnsFlags#RELEASES} (-1: older).
   */
  private record Validation(
      ExternalDnsFlagParser.Parsed p, int release, boolean envFrom, List<StartupFailure> out) {
    private static final int V0_20 = 1;
    private static final int V0_21 = 2;
    private static final int V0_22 = 3;

    void run() {
      boolean known = release >= 0;
      if (release >= V0_22) {
        ExternalDnsFlagParser.Value policy = p.last("policy");
        if ((policy == null && !envFrom)
            || (policy != null && !policy.unknown() && policy.text().isEmpty())) {
          fail(
              "policy-required",
              "--policy must be set explicitly (one of: sync, upsert-only, create-only)",
              policy,
              "set `--policy` (sync, upsert-only or create-only): external-dns v0.22.0 and later have no default (before, it"
                  + " was sync)");
        }
      }
      if (known && "rfc2136".equals(text("provider"))) {
        if (isTrue("rfc2136-insecure") && isTrue("rfc2136-gss-tsig")) {
          fail(
              "rfc2136-insecure-gss",
              "--rfc2136-insecure and --rfc2136-gss-tsig are mutually exclusive arguments",
              p.last("rfc2136-gss-tsig"),
              "drop one of `--rfc2136-insecure` and `--rfc2136-gss-tsig`");
        }
        if (isTrue("rfc2136-gss-tsig")
            && (blank("rfc2136-kerberos-realm")
                || blank("rfc2136-kerberos-username")
                || blank("rfc2136-kerberos-password"))) {
          fail(
              "rfc2136-kerberos",
              "--rfc2136-kerberos-realm, --rfc2136-kerberos-username, and --rfc2136-kerberos-password are"
                  + " required when specifying --rfc2136-gss-tsig option",
              p.last("rfc2136-gss-tsig"),
              "set the three Kerberos flags, or drop `--rfc2136-gss-tsig`");
        }
      }
      // True of every release since 2018 (older ones too).
      if (isTrue("ignore-hostname-annotation") && noFqdnTemplate()) {
        fail(
            "fqdn-template-required",
            "FQDN Template must be set if ignoring annotations",
            p.last("ignore-hostname-annotation"),
            "add `--fqdn-template` (the names to publish), or drop `--ignore-hostname-annotation`");
      }
      if (!known) {
        return;
      }
      if (!blank("txt-prefix") && !blank("txt-suffix")) {
        fail(
            "txt-prefix-suffix",
            "txt-prefix and txt-suffix are mutual exclusive",
            p.last("txt-suffix"),
            "keep one of `--txt-prefix` and `--txt-suffix`");
      }
      selector("label-filter", "--label-filter does not specify a valid label selector");
      if (release >= V0_21) {
        selector(
            "annotation-filter", "--annotation-filter does not specify a valid label selector");
      }
      if (release >= V0_20
          && p.has("annotation-prefix")
          && !p.last("annotation-prefix").unknown()) {
        String prefix = text("annotation-prefix");
        if (prefix.isEmpty()) {
          fail(
              "annotation-prefix",
              "--annotation-prefix cannot be empty",
              p.last("annotation-prefix"),
              "drop `--annotation-prefix`, or give it a prefix such as `external-dns.kubernetes.io/`");
        } else if (!prefix.endsWith("/")) {
          fail(
              "annotation-prefix",
              "--annotation-prefix must end with '/'",
              p.last("annotation-prefix"),
              "write `--annotation-prefix=" + prefix + "/`");
        }
      }
      if (release >= V0_21) {
        for (String flag : List.of("kube-api-qps", "kube-api-burst")) {
          if (p.has(flag) && !p.last(flag).unknown() && number(text(flag)) <= 0) {
            fail(
                flag,
                "--" + flag + " must be greater than 0",
                p.last(flag),
                "give `--" + flag + "` a number of 1 or more" + " (kingpin drops the fraction)");
          }
        }
        if (isTrue("create-ptr") && !ptrManaged()) {
          fail(
              "create-ptr",
              "--create-ptr requires PTR in --managed-record-types",
              p.last("create-ptr"),
              "add `--managed-record-types=PTR` (and list the others you need: giving the flag replaces the defaults A, AAAA,"
                  + " CNAME)");
        }
      }
    }

    private boolean noFqdnTemplate() {
      if (envFrom && !p.has("fqdn-template")) {
        return false;
      }
      List<ExternalDnsFlagParser.Value> templates =
          p.values().getOrDefault("fqdn-template", List.of());
      if (templates.stream().anyMatch(ExternalDnsFlagParser.Value::unknown)) {
        return false;
      }
      // Before v0.22.0 the template is one string, empty by default; since, a list
      // (`--fqdn-template=` is one empty item).
      return release >= V0_22
          ? templates.isEmpty()
          : templates.isEmpty() || templates.get(templates.size() - 1).text().isEmpty();
    }

    private boolean ptrManaged() {
      List<ExternalDnsFlagParser.Value> types = p.values().get("managed-record-types");
      if (types == null) {
        return false; // the default A, AAAA, CNAME
      }
      return types.stream().anyMatch(t -> t.unknown() || t.text().equals("PTR"));
    }

    private void selector(String flag, String message) {
      ExternalDnsFlagParser.Value v = p.last(flag);
      if (v == null || v.unknown() || v.text().contains("<") || v.text().contains(">")) {
        return; // numeric forms are valid label selectors, which gwdns's parser does not read
      }
      try {
        SelectorParser.parse(v.text());
      } catch (IllegalArgumentException e) {
        fail(
            flag,
            message,
            v,
            "correct `--"
                + flag
                + "` ("
                + e.getMessage()
                + "), in label-selector syntax: `key=value`,"
                + " `key!=value`, `key in (a,b)`, `key`, `!key`, separated by commas");
      }
    }

    private String text(String flag) {
      ExternalDnsFlagParser.Value v = p.last(flag);
      return v == null || v.unknown() ? null : v.text();
    }

    private boolean isTrue(String flag) {
      return "true".equals(text(flag));
    }

    private boolean blank(String flag) {
      ExternalDnsFlagParser.Value v = p.last(flag);
      return v == null || (!v.unknown() && v.text().isEmpty());
    }

    private static double number(String text) {
      try {
        double d = Double.parseDouble(text);
        return d < 0 ? Math.ceil(d) : Math.floor(d);
      } catch (NumberFormatException e) {
        return 1; // refused by the parser already
      }
    }

    private void fail(String check, String message, ExternalDnsFlagParser.Value at, String fix) {
      out.add(
          new StartupFailure(
              StartupFailure.Stage.VALIDATION,
              check,
              VALIDATION + message,
              at == null ? FieldPath.root() : at.at(),
              fix,
              null));
    }
  }
}
