package io.github.gwdns.core.template;

/**
 * A failure inside a function or a value operation. The executor adds the position and the failing
 * expression; {@code unsupported} marks constructs gwdns refuses rather than Go errors.
 */
final class EvalFailure extends Exception {
  private static final long serialVersionUID = 1L;

  final boolean unsupported;

  private EvalFailure(String message, boolean unsupported) {
    super(message);
    this.unsupported = unsupported;
  }

  /** An error Go itself reports. */
  static EvalFailure go(String message) {
    return new EvalFailure(message, false);
  }

  /** Something Go would evaluate but gwdns cannot reproduce exactly. */
  static EvalFailure unsupported(String message) {
    return new EvalFailure("unsupported: " + message, true);
  }
}
