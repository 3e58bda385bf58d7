package io.github.gwdns.core.attach;

/**
 * One comparison made while matching a route to a listener, with the values compared, for {@code
 * gwdns explain}.
 *
 * @param name what was checked: protocol, kinds, namespaces, hostnames, conflicts
 * @param passed whether it passed
 * @param detail the values compared, e.g. {@code route namespace shop, allowed: Same (infra)}
 */
public record Check(String name, boolean passed, String detail) {}
