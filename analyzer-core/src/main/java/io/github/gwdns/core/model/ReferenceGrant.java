package io.github.gwdns.core.model;

import io.github.gwdns.core.vocabulary.GatewayApi;
import java.util.List;

/**
 * A ReferenceGrant. It never opens a route-to-Gateway attachment (that is the listener's {@code
 * allowedRoutes}); it is modeled so that findings can say so when someone tries.
 */
public record ReferenceGrant(
    String apiVersion, ObjectMeta metadata, Provenance provenance, List<From> from, List<To> to)
    implements KubeObject {

  /** A {@code spec.from} entry. */
  public record From(String group, String kind, String namespace) {}

  /** A {@code spec.to} entry; {@code name} null for "any". */
  public record To(String group, String kind, String name) {}

  public ReferenceGrant {
    from = List.copyOf(from);
    to = List.copyOf(to);
  }

  @Override
  public String kind() {
    return GatewayApi.REFERENCE_GRANT;
  }
}
