package io.github.gwdns.core.deploy;

import io.github.gwdns.core.model.FieldPath;

/**
 * A reason external-dns exits as it starts (or is never rendered), so it publishes no record at
 * all.
 *
 * @param stage where it fails: the chart's rendering, the flag parser, or the configuration check
 * @param check what is checked, stable across releases ({@code policy-required}, {@code
 *     unknown-flag:foo}): part of the finding's fingerprint
 * @param logged what external-dns logs, word for word ({@code config validation failed: --policy
 *     must be set explicitly (one of: sync, upsert-only, create-only)}), or what the chart's {@code
 *     fail} says; for {@link Stage#SOURCE_SETUP}, the error in gwdns's words
 * @param at the node of the instance's object that causes it
 * @param fix what to change
 * @param releases the releases it is true of, in words, when gwdns does not know which release runs
 *     and not every release fails ({@code v0.22.0 and later}); null when it is certain
 */
public record StartupFailure(
    Stage stage, String check, String logged, FieldPath at, String fix, String releases) {
  /** Where external-dns fails before it publishes anything. */
  public enum Stage {
    /** The external-dns chart's templates {@code fail}: Helm installs nothing. */
    CHART_RENDER,
    /** The flag parser refuses the command line. */
    FLAG_PARSING,
    /** The configuration check after parsing refuses a value. */
    VALIDATION,
    /**
     * Building the sources refuses a value (an --fqdn-template that does not parse, a label
     * selector or a regular expression that does not compile), and external-dns stops with that
     * error; {@code logged} is gwdns's wording of it.
     */
    SOURCE_SETUP
  }

  /** Whether the release that runs is known to fail, rather than only some releases. */
  public boolean certain() {
    return releases == null;
  }

  /** This failure, true of only {@code which} of the releases the unknown version may be. */
  StartupFailure onlyIn(String which) {
    return new StartupFailure(stage, check, logged, at, fix, which);
  }
}
