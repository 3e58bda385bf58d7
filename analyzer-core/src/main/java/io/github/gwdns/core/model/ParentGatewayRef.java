package io.github.gwdns.core.model;

/** A ListenerSet's {@code spec.parentRef}, defaulted: kind Gateway, the ListenerSet's namespace. */
public record ParentGatewayRef(String group, String kind, String namespace, String name) {}
