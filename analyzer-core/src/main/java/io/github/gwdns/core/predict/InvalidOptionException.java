package io.github.gwdns.core.predict;

/**
 * An external-dns option whose value external-dns refuses (a selector, regular expression or
 * template that does not parse): external-dns would not start. It names the option, so the error
 * can name where the value came from (the command line, {@code .gwdns.yaml}, a Deployment).
 */
public final class InvalidOptionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient ExternalDnsOption option;

  InvalidOptionException(ExternalDnsOption option, String message, Throwable cause) {
    super(message, cause);
    this.option = option;
  }

  /** The option whose value is refused. */
  public ExternalDnsOption option() {
    return option;
  }
}
