package io.github.gwdns.core.render;

import java.util.List;

/**
 * One cluster the repository deploys, and what it applies.
 *
 * @param name how findings and plans name it ({@code ""} when the input holds one cluster, or
 *     when gwdns found no entry point and analyzes the input as one)
 * @param entry where it starts, in words (the FluxInstance, bootstrap Kustomization, Argo CD
 *     Application or directory), for notices and {@code explain}
 * @param objects every object it applies, in the order they are applied
 */
public record Cluster(String name, String entry, List<RenderedObject> objects) {
  public Cluster {
    objects = List.copyOf(objects);
  }
}
