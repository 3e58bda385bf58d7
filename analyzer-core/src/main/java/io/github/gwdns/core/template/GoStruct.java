package io.github.gwdns.core.template;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Marks a Go struct value in the data a {@link GoTemplate} executes against. Fields are reached by
 * their exact, capitalized Go name ({@code .Name}); a missing field is an execution error {@code
 * can't evaluate field X in type <typeName>}, as in Go. Fields print in insertion order.
 *
 * <p>A {@code typeName} starting with {@code *} (such as {@code *v1.HTTPRoute}) marks a pointer to
 * the struct, which changes how Go prints it: {@code print} shows {@code &{...}}, and a pointer
 * nested inside another value would print as an address, which is refused.
 */
public final class GoStruct {
  private final String typeName;
  private final Map<String, Object> fields;

  /**
   * @param typeName the Go type, as Go's messages name it: {@code v1.HTTPRouteSpec}, {@code
   *     *v1.HTTPRoute}
   * @param fields field name to value, in declaration order; values follow the data model of {@link
   *     GoTemplate#execute}
   */
  public GoStruct(String typeName, Map<String, Object> fields) {
    this.typeName = Objects.requireNonNull(typeName, "typeName");
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** The Go type name given at construction. */
  public String typeName() {
    return typeName;
  }

  /** The fields, in declaration order; read-only. */
  public Map<String, Object> fields() {
    return fields;
  }

  boolean isPointer() {
    return typeName.startsWith("*");
  }

  @Override
  public String toString() {
    return typeName + fields;
  }
}
