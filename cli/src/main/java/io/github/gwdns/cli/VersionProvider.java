package io.github.gwdns.cli;

import io.github.gwdns.core.Version;
import picocli.CommandLine.IVersionProvider;

/** {@code gwdns --version}. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"gwdns " + Version.get()};
  }
}
