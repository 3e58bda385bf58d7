package io.github.gwdns.core.attach;

import io.github.gwdns.core.load.ManifestList;
import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.model.GenericObject;
import io.github.gwdns.core.model.Inventory;
import java.util.ArrayList;
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
  private static final String SUFFIX = ".gateway.networking.k8s.io";
  private final Map<String, GenericObject> crds = new LinkedHashMap<>();
  private final Map<String, List<String>> served = new LinkedHashMap<>();

  /** Reads the Gateway API CRDs among the manifests, in input order. */
  public ServedVersions(Inventory inventory) {
    for (GenericObject o : inventory.manifests().others()) {
      if (o.kind().equals("CustomResourceDefinition") && o.metadata().name().endsWith(SUFFIX)) {
        String plural = o.metadata().name().substring(0, o.metadata().name().length() - SUFFIX.length());
        crds.putIfAbsent(plural, o);
        served.putIfAbsent(plural, versions(o));
      }
    }
  }

  /** Whether the manifests install any Gateway API CRD. */
  public boolean any() {
    return !crds.isEmpty();
  }

  /** The CRD of {@code plural} ({@code tcproutes}), or null when the manifests do not install it. */
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

  private static List<String> versions(GenericObject crd) {
    List<String> versions = new ArrayList<>();
    if (crd.provenance().node(FieldPath.parse("spec.versions")) instanceof ManifestList list) {
      for (ManifestNode item : list.items()) {
        if (item instanceof ManifestMap v && !"false".equals(v.text("served")) && v.text("name") != null) {
          versions.add(v.text("name"));
        }
      }
    }
    return versions;
  }
}
