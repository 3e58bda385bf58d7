package io.github.gwdns.core.model;

/** {@code allowedRoutes.namespaces.from} and {@code allowedListeners.namespaces.from}. */
public enum FromNamespaces {
  ALL("All"),
  SAME("Same"),
  SELECTOR("Selector"),
  /** Only valid in {@code allowedListeners}, where it is the default. */
  NONE("None");

  private final String spelling;

  FromNamespaces(String spelling) {
    this.spelling = spelling;
  }

  public String spelling() {
    return spelling;
  }

  /** The value spelled {@code text}, or null. */
  public static FromNamespaces of(String text) {
    for (FromNamespaces f : values()) {
      if (f.spelling.equals(text)) {
        return f;
      }
    }
    return null;
  }
}
