package io.github.gwdns.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses sizes such as {@code 1048576}, {@code 512k}, {@code 32MiB}, {@code 1g}. */
final class ByteSize implements ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    String text = value.trim().toLowerCase(Locale.ROOT).replace("ib", "").replace("b", "");
    long factor = 1;
    if (text.endsWith("k")) {
      factor = 1024;
    } else if (text.endsWith("m")) {
      factor = 1024 * 1024;
    } else if (text.endsWith("g")) {
      factor = 1024L * 1024 * 1024;
    }
    if (factor > 1) {
      text = text.substring(0, text.length() - 1);
    }
    try {
      long n = Long.parseLong(text.trim());
      if (n < 1) {
        throw new TypeConversionException("size must be positive: '" + value + "'");
      }
      return Math.multiplyExact(n, factor);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new TypeConversionException(
          "invalid size '" + value + "' (examples: 1048576, 512k, 32MiB)");
    }
  }
}
