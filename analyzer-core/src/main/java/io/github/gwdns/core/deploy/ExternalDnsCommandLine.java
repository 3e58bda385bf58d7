package io.github.gwdns.core.deploy;

import io.github.gwdns.core.model.FieldPath;
import java.util.List;

/**
 * What one external-dns container starts with: its arguments (after the binary) and its
 * environment, each at the node it is written at, as external-dns's kingpin command line reads
 * them. For a Helm release the arguments are those the chart renders from the values.
 *
 * @param args the arguments, in order
 * @param env the container's environment variables, in order
 * @param envFrom the {@code envFrom} sources gwdns could not read ({@code Secret dns/cloudflare}),
 *     which may set any {@code EXTERNAL_DNS_*} variable; empty when there are none
 * @param rendering failures before external-dns runs: the chart's own {@code fail}, so it renders
 *     no Deployment at all
 * @param entrypointKnown false when the container's {@code command} is not the external-dns binary
 *     ({@code sh -c ...}): then gwdns cannot tell what external-dns is given, and does not judge
 *     its start
 */
public record ExternalDnsCommandLine(
    List<Arg> args,
    List<Env> env,
    List<String> envFrom,
    List<StartupFailure> rendering,
    boolean entrypointKnown) {

  /**
   * One argument, at its node ({@code spec.template.spec.containers[0].args[2]}, {@code
   * spec.values.extraArgs[0]}).
   */
  public record Arg(String text, FieldPath at) {}

  /**
   * One environment variable.
   *
   * @param value its value, or null when it comes from {@code valueFrom} (a Secret's key, which
   *     gwdns cannot read)
   */
  public record Env(String name, String value, FieldPath at) {}

  public ExternalDnsCommandLine {
    args = List.copyOf(args);
    env = List.copyOf(env);
    envFrom = List.copyOf(envFrom);
    rendering = List.copyOf(rendering);
  }

  /** The command line of a container gwdns cannot read (a shell as its command). */
  static ExternalDnsCommandLine unknown() {
    return new ExternalDnsCommandLine(List.of(), List.of(), List.of(), List.of(), false);
  }
}
