package io.github.gwdns.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** One {@code --var KEY=VALUE}: a value for a Flux {@code ${KEY}} substitution. */
record Substitution(String key, String value) {
  /** Parses {@code KEY=VALUE}; the value may be empty and may hold {@code =}. */
  static final class Converter implements ITypeConverter<Substitution> {
    @Override
    public Substitution convert(String text) {
      int eq = text.indexOf('=');
      if (eq <= 0) {
        throw new TypeConversionException(
            "'" + text + "' is not KEY=VALUE (e.g. --var CLUSTER_DOMAIN=example.com)");
      }
      return new Substitution(text.substring(0, eq), text.substring(eq + 1));
    }
  }
}
