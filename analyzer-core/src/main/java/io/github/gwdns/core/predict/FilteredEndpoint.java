package io.github.gwdns.core.predict;

/** An endpoint a Gateway API source emits but external-dns's domain or record-type filters drop. */
public record FilteredEndpoint(Endpoint endpoint, String reason) {}
