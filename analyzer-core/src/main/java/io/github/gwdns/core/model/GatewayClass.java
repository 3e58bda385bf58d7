package io.github.gwdns.core.model;

import io.github.gwdns.core.vocabulary.GatewayApi;

/** A GatewayClass; {@code controllerName} says which controller reconciles its Gateways. */
public record GatewayClass(
    String apiVersion, ObjectMeta metadata, Provenance provenance, String controllerName)
    implements KubeObject {

  @Override
  public String kind() {
    return GatewayApi.GATEWAY_CLASS;
  }
}
