package io.github.gwdns.core.rules;

/**
 * Why a route parentRef (or a hostname of a route) gets no DNS record, named after the rule that
 * reports it. {@link Causes} assigns at most one per parentRef, from the engine's outcomes.
 */
public enum Cause {
  PARENT_NOT_FOUND,
  PARENT_UNSUPPORTED_KIND,
  GATEWAYCLASS_NOT_FOUND,
  LISTENERSET_NOT_ALLOWED,
  SECTION_NOT_FOUND,
  PORT_MISMATCH,
  NAMESPACE_NOT_ALLOWED,
  KIND_NOT_ALLOWED,
  PROTOCOL_MISMATCH,
  HOSTNAME_MISMATCH,
  NO_HOSTNAME,
  LISTENER_CONFLICT,
  ROUTE_NOT_ACCEPTED,
  GATEWAY_FILTERED
}
