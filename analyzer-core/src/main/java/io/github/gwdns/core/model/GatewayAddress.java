package io.github.gwdns.core.model;

/**
 * An address in {@code spec.addresses} (a request) or {@code status.addresses} (what is bound).
 *
 * @param type {@code IPAddress} (the default), {@code Hostname}, {@code NamedAddress} or a
 *     domain-prefixed type
 * @param value the address; null in spec when the controller should pick one
 */
public record GatewayAddress(String type, String value) {}
