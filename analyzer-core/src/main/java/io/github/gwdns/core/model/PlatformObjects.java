package io.github.gwdns.core.model;

import java.util.List;

/**
 * The objects of the input that set a cluster up rather than route traffic, decoded: RBAC and
 * CustomResourceDefinitions. Rules and the attach stage read these records, never YAML.
 *
 * @param crds every CustomResourceDefinition, in input order
 */
public record PlatformObjects(Rbac rbac, List<CustomResourceDefinition> crds) {
  /** None: an input without RBAC objects or CRDs. */
  public static final PlatformObjects NONE =
      new PlatformObjects(new Rbac(List.of(), List.of()), List.of());

  public PlatformObjects {
    crds = List.copyOf(crds);
  }
}
