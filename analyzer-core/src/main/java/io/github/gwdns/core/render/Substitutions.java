package io.github.gwdns.core.render;

import io.github.gwdns.core.load.LoadedObject;
import io.github.gwdns.core.load.ManifestList;
import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.load.ManifestScalar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Flux post-build substitution for files no cluster entry point reaches (a subdirectory analyzed
 * alone): as kustomize-controller does it when it applies a Kustomization, {@code ${VAR}} and
 * {@code ${VAR:=default}} in the files under the Kustomization's {@code spec.path} take the values
 * of {@code spec.postBuild.substitute}, then of the ConfigMaps named in {@code
 * spec.postBuild.substituteFrom} (when the repository holds them), with {@code --var KEY=VALUE}
 * filling in the rest (Secrets, which repositories keep encrypted). A variable with no value and no
 * default stays as written: gwdns then treats the text as unknown, never as wrong.
 */
public final class Substitutions {

  private record Scope(String path, Map<String, String> values) {}

  private final List<Scope> scopes = new ArrayList<>();
  private final Map<String, String> given;

  private Substitutions(Map<String, String> given) {
    this.given = Map.copyOf(given);
  }

  /** No Flux substitution; only {@code given} (from {@code --var}). */
  public static Substitutions only(Map<String, String> given) {
    return new Substitutions(given);
  }

  /**
   * Reads every Flux Kustomization among {@code objects}, and the ConfigMaps they substitute from.
   */
  public static Substitutions from(List<LoadedObject> objects, Map<String, String> given) {
    Substitutions result = new Substitutions(given);
    Map<String, Map<String, String>> configMaps = new HashMap<>();
    for (LoadedObject o : objects) {
      if (o.kind().equals("ConfigMap")
          && o.apiVersion().equals("v1")
          && o.root().get("metadata") instanceof ManifestMap meta
          && o.root().get("data") instanceof ManifestMap data) {
        configMaps.put(meta.text("namespace") + "/" + meta.text("name"), strings(data));
      }
    }
    for (LoadedObject o : objects) {
      if (!o.kind().equals("Kustomization")
          || !o.apiVersion().startsWith("kustomize.toolkit.fluxcd.io/")
          || !(o.root().get("spec") instanceof ManifestMap spec)
          || spec.text("path") == null
          || !(spec.get("postBuild") instanceof ManifestMap postBuild)) {
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      String namespace =
          o.root().get("metadata") instanceof ManifestMap m ? m.text("namespace") : null;
      if (postBuild.get("substituteFrom") instanceof ManifestList from) {
        for (ManifestNode item : from.items()) {
          if (item instanceof ManifestMap ref && "ConfigMap".equals(ref.text("kind"))) {
            Map<String, String> data = configMaps.get(namespace + "/" + ref.text("name"));
            if (data != null) {
              values.putAll(data);
            }
          }
        }
      }
      if (postBuild.get("substitute") instanceof ManifestMap substitute) {
        values.putAll(strings(substitute)); // inline values win over substituteFrom, as in Flux
      }
      result.scopes.add(new Scope(NamespaceRules.normalizePath(spec.text("path")), values));
    }
    return result;
  }

  private static Map<String, String> strings(ManifestMap map) {
    Map<String, String> values = new LinkedHashMap<>();
    for (ManifestMap.Entry e : map.entries()) {
      if (e.value() instanceof ManifestScalar s && !s.isNull()) {
        values.put(e.key(), s.value());
      }
    }
    return values;
  }

  /** What substitution does to the strings of {@code file}. */
  public UnaryOperator<String> forFile(String file) {
    Scope best = null;
    for (Scope scope : scopes) {
      if (NamespaceRules.covers(scope.path(), file)
          && (best == null || scope.path().length() > best.path().length())) {
        best = scope;
      }
    }
    Map<String, String> values = new HashMap<>(given);
    if (best != null) {
      values.putAll(best.values());
    }
    if (values.isEmpty()) {
      return text -> substituteDefaults(text);
    }
    return text -> FluxVariables.substitute(text, values);
  }

  private static String substituteDefaults(String text) {
    return FluxVariables.substitute(text, Map.of());
  }
}
