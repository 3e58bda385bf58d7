package io.github.gwdns.core.model;

/**
 * A status condition: type, status ({@code True}, {@code False}, {@code Unknown}), reason, message.
 */
public record Condition(String type, String status, String reason, String message) {

  /** True when this is a condition of {@code type} with status {@code True}. */
  public boolean isTrue(String type) {
    return this.type.equals(type) && "True".equals(status);
  }
}
