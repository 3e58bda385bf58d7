package io.github.gwdns.core.finding;

/**
 * A bug in gwdns met while analyzing one part of the input (a file, an object, a rule): that part
 * is left out, the rest is analyzed and reported, and the run is marked incomplete, so callers
 * never exit as if all was well.
 *
 * @param where what was being analyzed, e.g. {@code rule dns-conflict} or {@code file apps/a.yaml}
 * @param cause what was thrown, for {@code --debug}
 */
@SuppressWarnings("JavaLangClash") // the API's name for it; always imported, never confused in use
public record InternalError(String where, Throwable cause) implements Comparable<InternalError> {
  /** One line: where, and what was thrown. */
  public String describe() {
    return where
        + ": "
        + cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
  }

  @Override
  public int compareTo(InternalError other) {
    return where.compareTo(other.where);
  }
}
