package io.github.gwdns.core.model;

import java.util.List;

/**
 * A CustomResourceDefinition of the input, decoded: the API it adds and the versions it serves.
 * Controllers and external-dns watch one version of each kind; a CRD that does not serve it means
 * the watch never starts.
 *
 * @param group {@code spec.group} (the part of the name after the first dot)
 * @param plural the resource's plural, the name's first part ({@code tcproutes})
 * @param served the names of {@code spec.versions} with {@code served} not false, in order
 */
public record CustomResourceDefinition(
    GenericObject object, String group, String plural, List<String> served) {
  public CustomResourceDefinition {
    served = List.copyOf(served);
  }
}
