package io.github.gwdns.core.predict;

/** A provider-specific endpoint property, e.g. {@code aws/evaluate-target-health=true}. */
public record ProviderProperty(String name, String value) implements Comparable<ProviderProperty> {
  @Override
  public int compareTo(ProviderProperty other) {
    int byName = name.compareTo(other.name);
    return byName != 0 ? byName : value.compareTo(other.value);
  }
}
