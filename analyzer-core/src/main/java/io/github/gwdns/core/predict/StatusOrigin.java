package io.github.gwdns.core.predict;

/** Whether a route's status came from its manifest or from the controller simulation. */
public enum StatusOrigin {
  OBSERVED,
  PREDICTED
}
