package io.github.gwdns.core.load;

/**
 * The type a scalar resolves to under the YAML 1.2 core schema, which is what decides whether the
 * Kubernetes API server accepts it for a field: {@code port: "80"} is a string and is rejected
 * where an integer is required.
 */
public enum ScalarKind {
  STRING("a string"),
  INTEGER("an integer"),
  FLOAT("a number"),
  BOOLEAN("a boolean"),
  NULL("null");

  private final String description;

  ScalarKind(String description) {
    this.description = description;
  }

  /** "a string", "an integer"... for messages. */
  public String description() {
    return description;
  }
}
