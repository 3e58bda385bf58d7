package io.github.gwdns.core.attach;

import io.github.gwdns.core.model.CustomResourceDefinition;
import io.github.gwdns.core.model.GenericObject;
import io.github.gwdns.core.model.Inventory;
import io.github.gwdns.core.vocabulary.GatewayApi;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Gateway API CustomResourceDefinitions the manifests install, with the versions each serves.
 * Controllers and external-dns watch one version of each kind; a CRD that does not serve it means
 * the watch never starts.
 */
public final class ServedVersions {
  private final Map<String, GenericObject> crds = new LinkedHashMap<>();
  private final Map<String, List<String>> served = new LinkedHashMap<>();

  /** Reads the Gateway API CRDs among the manifests, in input order. */
  public ServedVersions(Inventory inventory) {
    for (CustomResourceDefinition crd : inventory.crds()) {
      if (crd.group().equals(GatewayApi.GROUP)) {
        crds.putIfAbsent(crd.plural(), crd.object());
        served.putIfAbsent(crd.plural(), crd.served());
      }
    }
  }

  /** Whether the manifests install any Gateway API CRD. */
  public boolean any() {
    return !crds.isEmpty();
  }

  /**
   * The CRD of {@code plural} ({@code tcproutes}), or null when the manifests do not install it.
   */
  public GenericObject crd(String plural) {
    return crds.get(plural);
  }

  /** The first CRD the manifests install, or null. */
  public GenericObject first() {
    return crds.isEmpty() ? null : crds.values().iterator().next();
  }

  /** The versions the CRD of {@code plural} serves; empty when it is not installed. */
  public List<String> served(String plural) {
    return Collections.unmodifiableList(served.getOrDefault(plural, List.of()));
  }
}
