package io.github.gwdns.core.finding;

import java.util.Objects;

/**
 * Something in the input that gwdns could not use, with its position: a file that does not parse, a
 * document with a duplicate key, an object with a field of the wrong type. Each one is reported as
 * an {@code invalid-manifest} finding; the rest of the input is still analyzed.
 *
 * @param range where the problem is
 * @param severity how bad it is; {@link Severity#ERROR} when the API server would reject the object
 * @param code a short stable name of the kind of problem (e.g. {@code yaml-syntax}), part of the
 *     finding's fingerprint
 * @param message what is wrong and how to fix it
 * @param object the object concerned, or {@code null} when none could be identified
 * @param field the field path inside the object (e.g. {@code spec.parentRefs[0].port}), or the
 *     empty string
 */
public record ManifestProblem(
    SourceRange range,
    Severity severity,
    String code,
    String message,
    ObjectRef object,
    String field) {

  public ManifestProblem {
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    field = field == null ? "" : field;
  }

  /** An error-level problem that concerns no identified object. */
  public static ManifestProblem error(SourceRange range, String code, String message) {
    return new ManifestProblem(range, Severity.ERROR, code, message, null, "");
  }
}
