package io.github.gwdns.core.vocabulary;

/**
 * The mark on the YAML files gwdns writes: they hold Kubernetes objects (the plan's DNSEndpoints,
 * the predicted status), so the loader tells them from manifests by this first line and never reads
 * an earlier run's output as input.
 */
public final class GwdnsOutput {
  private GwdnsOutput() {}

  /** How every YAML file gwdns writes begins. */
  public static final String HEADER = "# Written by gwdns";

  /** The first line of a YAML output: {@link #HEADER}, what it holds, and that it is not input. */
  public static String header(String command, String holds) {
    return HEADER + " " + command + ": " + holds + "; gwdns does not read this file as input.\n";
  }
}
