package io.github.gwdns.core.attach;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One comparison made while matching a route to a listener, with the values compared, for {@code
 * gwdns explain}.
 *
 * <p>The text is built only when read: every route is compared with every listener of its parents,
 * and most comparisons pass and are shown only by {@code explain}, so building their text at once
 * was most of the matching's cost.
 *
 * @param kind what was checked
 * @param passed whether it passed
 * @param text builds the values compared, e.g. {@code route namespace shop, allowed: Same (infra)};
 *     it must read only values that no longer change
 */
public record Check(CheckKind kind, boolean passed, Supplier<String> text) {
  public Check {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  /** A check whose text is already known. */
  public Check(CheckKind kind, boolean passed, String detail) {
    this(kind, passed, () -> detail);
  }

  /** The values compared, in words. */
  public String detail() {
    return text.get();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Check c
        && c.kind == kind
        && c.passed == passed
        && c.detail().equals(detail());
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, passed, detail());
  }

  @Override
  public String toString() {
    return kind + (passed ? " passed: " : " failed: ") + detail();
  }
}
