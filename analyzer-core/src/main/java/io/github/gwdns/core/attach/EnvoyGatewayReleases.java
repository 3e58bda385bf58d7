package io.github.gwdns.core.attach;

import io.github.gwdns.core.load.ManifestList;
import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.model.GenericObject;
import io.github.gwdns.core.model.Inventory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads which Envoy Gateway release a cluster's manifests install: the {@code gateway-helm} chart
 * version of a Flux HelmRelease (or the OCIRepository its {@code chartRef} names), an Argo CD
 * Application or a kustomize {@code helmCharts} entry, overridden by the image its values set
 * ({@code deployment.envoyGateway.image}, {@code global.images.envoyGateway.image}, as the chart's
 * {@code eg.image} template picks it); or the {@code envoyproxy/gateway} image of a Deployment.
 * When the manifests pin no release, or pin several, the result is not pinned and says why.
 */
public final class EnvoyGatewayReleases {
  static final String CHART = "gateway-helm";
  private static final String IMAGE = "envoyproxy/gateway";

  private EnvoyGatewayReleases() {}

  /**
   * The release the manifests install, or an unpinned {@link EnvoyGatewayRelease#DEFAULT}-like one.
   */
  public static EnvoyGatewayRelease find(Inventory inventory) {
    Map<String, GenericObject> ociRepositories = new HashMap<>();
    for (GenericObject o : inventory.manifests().others()) {
      if (o.kind().equals("OCIRepository")) {
        ociRepositories.put(o.metadata().namespace() + "/" + o.metadata().name(), o);
      }
    }
    List<EnvoyGatewayRelease> found = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    for (GenericObject o : inventory.manifests().others()) {
      String where = o.kind() + " " + o.ref().namespacedName() + " (" + o.provenance().file() + ")";
      switch (o.kind()) {
        case "HelmRelease" -> fromHelmRelease(o, where, ociRepositories, found, unreadable);
        case "Application" -> {
          List<ManifestNode> sources = new ArrayList<>();
          sources.add(node(o, "spec.source"));
          if (node(o, "spec.sources") instanceof ManifestList list) {
            sources.addAll(list.items());
          }
          for (ManifestNode source : sources) {
            if (isChart(text(source, "chart"))) {
              fromChart(
                  found,
                  unreadable,
                  text(source, "targetRevision"),
                  "chart version",
                  descend(source, "helm.valuesObject"),
                  where);
            }
          }
        }
        case "HelmChartInflationGenerator" -> {
          ManifestNode spec = node(o, "spec");
          if (isChart(text(spec, "name"))) {
            fromChart(
                found,
                unreadable,
                text(spec, "version"),
                "chart version",
                descend(spec, "valuesInline"),
                where);
          }
        }
        case "Deployment" -> {
          if (node(o, "spec.template.spec.containers") instanceof ManifestList containers) {
            for (ManifestNode c : containers.items()) {
              String image = text(c, "image");
              if (image != null && repository(image).endsWith(IMAGE)) {
                record(found, unreadable, tag(image), "image " + image + " of " + where);
              }
            }
          }
        }
        default -> {
          // not an install of Envoy Gateway
        }
      }
    }
    List<EnvoyGatewayRelease> distinct = new ArrayList<>();
    for (EnvoyGatewayRelease r : found) {
      if (distinct.stream().noneMatch(d -> d.sameVersion(r))) {
        distinct.add(r);
      }
    }
    if (distinct.size() == 1) {
      return found.get(0);
    }
    if (distinct.size() > 1) {
      return EnvoyGatewayRelease.unpinned(
          "the manifests pin several releases ("
              + found.stream()
                  .map(r -> r.version() + " by " + r.source())
                  .sorted()
                  .collect(Collectors.joining("; "))
              + ")");
    }
    if (!unreadable.isEmpty()) {
      return EnvoyGatewayRelease.unpinned(
          "its version is not an exact release: "
              + unreadable.stream().sorted().collect(Collectors.joining("; ")));
    }
    return EnvoyGatewayRelease.DEFAULT;
  }

  private static void fromHelmRelease(
      GenericObject o,
      String where,
      Map<String, GenericObject> ociRepositories,
      List<EnvoyGatewayRelease> found,
      List<String> unreadable) {
    ManifestNode chartSpec = node(o, "spec.chart.spec");
    String version = null;
    String what = "chart version";
    boolean chart = false;
    if (isChart(text(chartSpec, "chart"))) {
      chart = true;
      version = text(chartSpec, "version");
    } else if (node(o, "spec.chartRef") instanceof ManifestMap ref
        && "OCIRepository".equals(ref.text("kind"))) {
      String namespace =
          ref.text("namespace") != null ? ref.text("namespace") : o.metadata().namespace();
      GenericObject repository = ociRepositories.get(namespace + "/" + ref.text("name"));
      if (repository != null && isChart(lastSegment(text(node(repository, "spec"), "url")))) {
        chart = true;
        ManifestNode repoRef = node(repository, "spec.ref");
        version = text(repoRef, "tag") != null ? text(repoRef, "tag") : text(repoRef, "semver");
        what =
            "tag %s of OCIRepository "
                + repository.ref().namespacedName()
                + " ("
                + repository.provenance().file()
                + "), the chart of";
      } else if (repository == null && isChart(ref.text("name"))) {
        // The OCIRepository is not in these manifests: the chart is known, its version is not.
        unreadable.add(
            where
                + " names OCIRepository "
                + namespace
                + "/"
                + ref.text("name")
                + ", which is not in the manifests");
        return;
      }
    }
    if (!chart) {
      return;
    }
    fromChart(found, unreadable, version, what, node(o, "spec.values"), where);
  }

  /** A chart install: the image its values set wins over the chart's version (its appVersion). */
  private static void fromChart(
      List<EnvoyGatewayRelease> found,
      List<String> unreadable,
      String version,
      String what,
      ManifestNode values,
      String where) {
    String[] image = image(values);
    if (image != null) {
      record(found, unreadable, image[0], image[1] + " in the values of " + where);
    } else if (version == null) {
      unreadable.add(where + " names no chart version");
    } else {
      record(
          found,
          unreadable,
          version,
          (what.contains("%s") ? what.formatted(version) : what + " " + version + " of")
              + " "
              + where);
    }
  }

  /**
   * The image the chart's values set, as its {@code eg.image} helper picks it: {@code
   * deployment.envoyGateway.image.repository} with its {@code tag} (the tag alone is ignored), else
   * {@code global.images.envoyGateway.image}; null when the chart's own default applies.
   */
  private static String[] image(ManifestNode values) {
    String repository = text(values, "deployment.envoyGateway.image.repository");
    if (repository != null && !repository.isEmpty()) {
      String tag = text(values, "deployment.envoyGateway.image.tag");
      return tag == null || tag.isEmpty()
          ? null
          : new String[] {tag, "image tag `deployment.envoyGateway.image.tag` " + tag};
    }
    String image = text(values, "global.images.envoyGateway.image");
    if (image != null && !image.isEmpty() && tag(image) != null) {
      return new String[] {tag(image), "image `global.images.envoyGateway.image` " + image};
    }
    return null;
  }

  private static void record(
      List<EnvoyGatewayRelease> found, List<String> unreadable, String version, String source) {
    EnvoyGatewayRelease release = EnvoyGatewayRelease.parse(version, source);
    if (release != null) {
      found.add(release);
    } else {
      unreadable.add("`" + version + "`, the " + source);
    }
  }

  private static boolean isChart(String name) {
    return name != null && lastSegment(name).equals(CHART);
  }

  private static String lastSegment(String name) {
    return name == null ? null : name.substring(name.lastIndexOf('/') + 1);
  }

  /** {@code docker.io/envoyproxy/gateway:v1.8.2} gives {@code docker.io/envoyproxy/gateway}. */
  private static String repository(String image) {
    String noDigest = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
    int colon = noDigest.lastIndexOf(':');
    return colon > noDigest.lastIndexOf('/') ? noDigest.substring(0, colon) : noDigest;
  }

  /** The tag of an image, or null. */
  private static String tag(String image) {
    String noDigest = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
    int colon = noDigest.lastIndexOf(':');
    return colon > noDigest.lastIndexOf('/') ? noDigest.substring(colon + 1) : null;
  }

  private static ManifestNode node(GenericObject o, String dotted) {
    return o.provenance().node(FieldPath.parse(dotted));
  }

  private static ManifestNode descend(ManifestNode node, String dotted) {
    return ControllerClasses.descend(node, dotted);
  }

  private static String text(ManifestNode node, String dotted) {
    return ControllerClasses.text(node, dotted);
  }
}
