package io.github.gwdns.core.predict;

/**
 * external-dns's checks of one {@code status.parents} entry, in order (source/gateway.go); the
 * first that fails skips the entry.
 */
public enum ParentStep {
  /** P1: the status parent must be one of spec.parentRefs (group, kind, namespace, name). */
  IN_SPEC("P1"),
  /** P2: the parent must be a Gateway or ListenerSet of gateway.networking.k8s.io. */
  SUPPORTED_KIND("P2"),
  /** P3: the parent must be among the collected (not filtered) Gateways or ListenerSets. */
  FOUND("P3"),
  /** P4: {@code --gateway-name} must match the Gateway's name. */
  GATEWAY_NAME("P4"),
  /** P5: the entry's first Accepted condition must be True. */
  ACCEPTED("P5"),
  /** P6: a ListenerSet parent must be attached to its Gateway. */
  LISTENERSET_ATTACHED("P6"),
  /** P7: the status sectionName must name a listener. */
  SECTION("P7"),
  /** P8: some listener must match protocol, port, namespaces, kinds and hostnames. */
  LISTENERS("P8");

  private final String label;

  ParentStep(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
