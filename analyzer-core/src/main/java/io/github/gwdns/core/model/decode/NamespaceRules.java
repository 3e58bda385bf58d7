package io.github.gwdns.core.model.decode;

import io.github.gwdns.core.load.LoadedObject;
import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.model.NamespaceSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where an object's namespace comes from in an unrendered GitOps tree. In order:
 *
 * <ol>
 *   <li>a Flux {@code Kustomization}'s {@code targetNamespace}, when its {@code spec.path} covers the
 *       file (Flux sets it on every namespaced object it applies from there, overriding);
 *   <li>{@code metadata.namespace};
 *   <li>the {@code namespace:} of the nearest {@code kustomization.yaml} in the file's directory or
 *       above;
 *   <li>the configured default namespace.
 * </ol>
 *
 * Flux paths are relative to the source repository's root; a file is covered when its path, from
 * any analyzed root, contains the Flux path as whole directories.
 */
public final class NamespaceRules {
  /** A namespace and where it came from. */
  public record Resolution(String namespace, NamespaceSource source, String origin) {}

  private record FluxRule(String path, String namespace, String origin) {}

  private final String defaultNamespace;
  private final List<FluxRule> flux = new ArrayList<>();
  private final Map<String, String> kustomize = new HashMap<>();

  private NamespaceRules(String defaultNamespace) {
    this.defaultNamespace = defaultNamespace;
  }

  /** Only the default namespace: for inputs without kustomize or Flux files. */
  public static NamespaceRules defaultOnly(String defaultNamespace) {
    return new NamespaceRules(defaultNamespace);
  }

  /** Reads every kustomization.yaml and Flux Kustomization among {@code objects}. */
  public static NamespaceRules from(List<LoadedObject> objects, String defaultNamespace) {
    NamespaceRules rules = new NamespaceRules(defaultNamespace);
    for (LoadedObject o : objects) {
      if (!o.kind().equals("Kustomization")) {
        continue;
      }
      if (o.apiVersion().startsWith("kustomize.config.k8s.io/")) {
        String namespace = o.root().text("namespace");
        String name = fileName(o.file());
        if (namespace != null && !namespace.isEmpty()
            && (name.equals("kustomization.yaml") || name.equals("kustomization.yml") || name.equals("Kustomization"))) {
          rules.kustomize.put(directory(o.file()), namespace);
        }
      } else if (o.apiVersion().startsWith("kustomize.toolkit.fluxcd.io/") && o.root().get("spec") instanceof ManifestMap spec) {
        String target = spec.text("targetNamespace");
        String path = spec.text("path");
        if (target != null && !target.isEmpty() && path != null) {
          String meta = o.root().get("metadata") instanceof ManifestMap m && m.text("name") != null ? m.text("name") : "?";
          rules.flux.add(new FluxRule(normalize(path), target,
              "Flux Kustomization " + meta + " (targetNamespace for path " + path + ", " + o.file() + ")"));
        }
      }
    }
    return rules;
  }

  /** The namespace of a namespaced object in {@code file} whose manifest says {@code written}. */
  public Resolution resolve(String file, String written) {
    FluxRule best = null;
    for (FluxRule rule : flux) {
      if (covers(rule.path, file) && (best == null || rule.path.length() > best.path.length())) {
        best = rule;
      }
    }
    if (best != null) {
      return new Resolution(best.namespace, NamespaceSource.FLUX, best.origin);
    }
    if (written != null && !written.isEmpty()) {
      return new Resolution(written, NamespaceSource.METADATA, "metadata.namespace");
    }
    for (String dir = directory(file); ; dir = directory(dir)) {
      String namespace = kustomize.get(dir);
      if (namespace != null) {
        return new Resolution(namespace, NamespaceSource.KUSTOMIZATION,
            "namespace of " + (dir.isEmpty() ? "" : dir + "/") + "kustomization.yaml");
      }
      if (dir.isEmpty() || dir.equals("/")) {
        break;
      }
    }
    return new Resolution(defaultNamespace, NamespaceSource.DEFAULT, "--default-namespace");
  }

  static boolean covers(String path, String file) {
    if (path.isEmpty()) {
      return true;
    }
    return file.startsWith(path + "/") || file.contains("/" + path + "/");
  }

  static String normalizePath(String path) {
    return normalize(path);
  }

  private static String normalize(String path) {
    String p = path.replace('\\', '/');
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p.equals(".") ? "" : p;
  }

  private static String directory(String file) {
    int slash = file.lastIndexOf('/');
    return slash < 0 ? "" : slash == 0 ? "/" : file.substring(0, slash);
  }

  private static String fileName(String file) {
    return file.substring(file.lastIndexOf('/') + 1);
  }
}
