package io.github.gwdns.core.load;

import java.util.List;

/** A sequence. */
public record ManifestList(List<ManifestNode> items, Span span) implements ManifestNode {
  public ManifestList {
    items = List.copyOf(items);
  }

  @Override
  public String describe() {
    return "a list";
  }
}
