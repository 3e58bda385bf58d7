package io.github.gwdns.core.attach;

/**
 * One comparison made while matching a route to a listener, with the values compared, for {@code
 * gwdns explain}.
 *
 * @param kind what was checked
 * @param passed whether it passed
 * @param detail the values compared, e.g. {@code route namespace shop, allowed: Same (infra)}
 */
public record Check(CheckKind kind, boolean passed, String detail) {}
