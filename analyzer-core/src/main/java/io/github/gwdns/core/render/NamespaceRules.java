package io.github.gwdns.core.render;

import io.github.gwdns.core.load.LoadedObject;
import io.github.gwdns.core.load.ManifestList;
import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.load.ManifestScalar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where an object's namespace comes from in an unrendered GitOps tree, as Flux and kustomize set it
 * when they build and apply the manifests. In order:
 *
 * <ol>
 *   <li>a Flux {@code Kustomization}'s {@code targetNamespace}, when its {@code spec.path} covers
 *       the file: kustomize-controller sets it on every namespaced object it applies from there,
 *       overriding {@code metadata.namespace} and any kustomization.yaml {@code namespace:};
 *   <li>the {@code namespace:} of a kustomization.yaml that includes the file (it lists the file,
 *       or a directory above it, in {@code resources}): kustomize's namespace transformer overrides
 *       {@code metadata.namespace} too. With nested kustomizations the outermost one that sets a
 *       namespace wins, because a parent's transformer runs after its children's. Under a Flux
 *       path, only kustomization.yaml files at or below that path count (Flux builds from there);
 *   <li>{@code metadata.namespace};
 *   <li>the {@code namespace:} of the nearest kustomization.yaml above the file, when none lists
 *       it: repositories commonly pass it on to the app's Flux Kustomization as its targetNamespace
 *       (a replacement or component gwdns may not see);
 *   <li>the configured default namespace.
 * </ol>
 *
 * Flux paths are relative to the source repository's root; a file is covered when its path, from
 * any analyzed root, contains the Flux path as whole directories. The kustomization.yaml files of
 * the directories above the analyzed paths, up to the repository root, are read too.
 */
public final class NamespaceRules {
  /** A namespace and where it came from. */
  public record Resolution(String namespace, NamespaceSource source, String origin) {}

  private record FluxRule(String path, String namespace, String origin) {}

  /**
   * One kustomization.yaml.
   *
   * @param namespace its {@code namespace:}, or null
   * @param resources its {@code resources} (and {@code components}), normalized relative to the
   *     repository; null when it has none listed
   */
  private record Kustomize(String dir, String namespace, List<String> resources) {}

  private final String defaultNamespace;
  private final List<FluxRule> flux = new ArrayList<>();
  private final Map<String, Kustomize> kustomize = new HashMap<>();

  private NamespaceRules(String defaultNamespace) {
    this.defaultNamespace = defaultNamespace;
  }

  /** Only the default namespace: for inputs without kustomize or Flux files. */
  public static NamespaceRules defaultOnly(String defaultNamespace) {
    return new NamespaceRules(defaultNamespace);
  }

  /** True for the file names kustomize reads as a kustomization. */
  public static boolean isKustomizationFile(String path) {
    String name = fileName(path);
    return name.equals("kustomization.yaml")
        || name.equals("kustomization.yml")
        || name.equals("Kustomization");
  }

  /** Reads every kustomization.yaml and Flux Kustomization among {@code objects}. */
  public static NamespaceRules from(List<LoadedObject> objects, String defaultNamespace) {
    NamespaceRules rules = new NamespaceRules(defaultNamespace);
    for (LoadedObject o : objects) {
      if (!o.kind().equals("Kustomization")) {
        continue;
      }
      if (o.apiVersion().startsWith("kustomize.config.k8s.io/")) {
        if (!isKustomizationFile(o.file())) {
          continue;
        }
        String namespace = o.root().text("namespace");
        String dir = directory(o.file());
        List<String> resources = null;
        for (String key : List.of("resources", "components")) {
          if (o.root().get(key) instanceof ManifestList list) {
            resources = resources == null ? new ArrayList<>() : resources;
            for (ManifestNode item : list.items()) {
              if (item instanceof ManifestScalar s && !s.isNull() && !s.value().contains("://")) {
                resources.add(join(dir, s.value()));
              }
            }
          }
        }
        rules.kustomize.putIfAbsent(
            dir,
            new Kustomize(
                dir, namespace == null || namespace.isEmpty() ? null : namespace, resources));
      } else if (o.apiVersion().startsWith("kustomize.toolkit.fluxcd.io/")
          && o.root().get("spec") instanceof ManifestMap spec) {
        String target = spec.text("targetNamespace");
        String path = spec.text("path");
        if (path != null) {
          String meta =
              o.root().get("metadata") instanceof ManifestMap m && m.text("name") != null
                  ? m.text("name")
                  : "?";
          rules.flux.add(
              new FluxRule(
                  normalize(path),
                  target == null || target.isEmpty() ? null : target,
                  "Flux Kustomization "
                      + meta
                      + " (targetNamespace for path "
                      + path
                      + ", "
                      + o.file()
                      + ")"));
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
    if (best != null && best.namespace != null) {
      return new Resolution(best.namespace, NamespaceSource.FLUX, best.origin);
    }
    Kustomize outermost = null;
    String top = best == null ? null : buildRoot(best.path, file);
    String reached =
        file; // what a kustomization further up must list: the file, or a directory that builds it
    boolean blocked =
        false; // a kustomization on the way does not build the file: only a direct listing reaches
    // it
    for (String dir = directory(file); ; dir = directory(dir)) {
      Kustomize k = kustomize.get(dir);
      if (k != null) {
        if (blocked ? k.resources != null && k.resources.contains(file) : includes(k, reached)) {
          if (k.namespace != null) {
            outermost = k; // a parent's namespace transformer runs after its children's
          }
          reached = dir;
          blocked = false;
        } else if (reached.equals(file)) {
          blocked = true;
        } else {
          break;
        }
      }
      if (dir.isEmpty() || dir.equals("/") || dir.equals(top)) {
        break;
      }
    }
    if (outermost != null) {
      return new Resolution(
          outermost.namespace,
          NamespaceSource.KUSTOMIZATION,
          "namespace of "
              + (outermost.dir.isEmpty() ? "" : outermost.dir + "/")
              + "kustomization.yaml");
    }
    if (written != null && !written.isEmpty()) {
      return new Resolution(written, NamespaceSource.METADATA, "metadata.namespace");
    }
    // No kustomization lists the file and it names no namespace. GitOps repositories usually pass
    // the namespace of the kustomization.yaml above an app on to the app's Flux Kustomization
    // (a replacement or component that sets its targetNamespace), often from files not analyzed:
    // take the nearest one rather than the default, and say so.
    for (String dir = directory(file); ; dir = directory(dir)) {
      Kustomize k = kustomize.get(dir);
      if (k != null && k.namespace != null) {
        return new Resolution(
            k.namespace,
            NamespaceSource.ASSUMED,
            "namespace of "
                + (dir.isEmpty() ? "" : dir + "/")
                + "kustomization.yaml, the nearest above the file (it does not list it; assumed passed on as a Flux targetNamespace)");
      }
      if (dir.isEmpty() || dir.equals("/")) {
        break;
      }
    }
    return new Resolution(defaultNamespace, NamespaceSource.DEFAULT, "--default-namespace");
  }

  /**
   * True when kustomization {@code k} lists {@code path} (a file, or a directory above the file).
   */
  private static boolean includes(Kustomize k, String path) {
    if (k.resources == null) {
      return directory(path)
          .equals(k.dir); // nothing listed: only its own directory's files, leniently
    }
    for (String r : k.resources) {
      if (r.equals(path) || path.startsWith(r + "/")) {
        return true;
      }
    }
    return false;
  }

  /** The directory of {@code file} where a Flux path covering it starts. */
  private static String buildRoot(String fluxPath, String file) {
    if (fluxPath.isEmpty()) {
      return "";
    }
    int at = file.startsWith(fluxPath + "/") ? 0 : file.indexOf("/" + fluxPath + "/") + 1;
    return file.substring(0, at + fluxPath.length());
  }

  /** {@code dir/relative}, normalized: {@code ./} and {@code ..} resolved. */
  private static String join(String dir, String relative) {
    java.util.Deque<String> parts = new java.util.ArrayDeque<>();
    for (String p : ((dir.isEmpty() ? "" : dir + "/") + relative).replace('\\', '/').split("/")) {
      if (p.isEmpty() || p.equals(".")) {
        continue;
      }
      if (p.equals("..")) {
        if (!parts.isEmpty()) {
          parts.removeLast();
        }
      } else {
        parts.addLast(p);
      }
    }
    return String.join("/", parts);
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
