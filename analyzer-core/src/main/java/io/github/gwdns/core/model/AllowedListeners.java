package io.github.gwdns.core.model;

/**
 * A Gateway's {@code spec.allowedListeners}, defaulted: ListenerSets are admitted from no namespace
 * unless {@code from} says otherwise.
 */
public record AllowedListeners(FromNamespaces from, LabelSelector selector) {
  public static final AllowedListeners DEFAULT = new AllowedListeners(FromNamespaces.NONE, null);
}
