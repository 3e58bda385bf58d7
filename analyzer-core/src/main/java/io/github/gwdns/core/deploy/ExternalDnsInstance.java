package io.github.gwdns.core.deploy;

import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.model.KubeObject;
import io.github.gwdns.core.predict.ExternalDnsOptions;
import java.util.List;

/**
 * One external-dns found in the manifests: a Deployment (or StatefulSet, DaemonSet) running its
 * image, or a Flux HelmRelease of its chart, with the options its arguments or values set.
 *
 * @param object the Deployment or HelmRelease
 * @param options its options, each with this instance as origin; the rest external-dns's defaults
 * @param at where findings about its configuration point: the container's args, the release's
 *     values
 * @param sources every {@code --source}, Gateway API or not ({@code service}, {@code ingress})
 * @param serviceAccount the ServiceAccount it runs as ({@code namespace/name}), or null when a
 *     chart creates it and its RBAC
 * @param unread options gwdns could not read (templated values), with the value as written, for
 *     explain
 * @param commandLine what its container starts with, for whether it starts at all
 */
public record ExternalDnsInstance(
    KubeObject object,
    ExternalDnsOptions options,
    FieldPath at,
    List<String> sources,
    String serviceAccount,
    List<Unread> unread,
    ExternalDnsCommandLine commandLine) {

  /**
   * An option left at external-dns's default because its value is still a template.
   *
   * @param option the chart value ({@code domainFilters}, {@code extraArgs --domain-filter=...})
   * @param value as written, e.g. {@code ${SECRET_DOMAIN}}
   */
  public record Unread(String option, String value) {
    /** {@code domainFilters: not read (${SECRET_DOMAIN}); pass --var SECRET_DOMAIN=...}. */
    public String explain() {
      List<String> variables =
          io.github.gwdns.core.render.Variables.names(value).stream()
              .filter(v -> !v.startsWith("{{"))
              .toList();
      String how =
          !variables.isEmpty()
              ? "pass "
                  + String.join(" ", variables.stream().map(v -> "--var " + v + "=...").toList())
              : "a Helm template gwdns does not render; give the option on the command line or in .gwdns.yaml";
      return option + ": not read (" + value + "); " + how;
    }
  }

  public ExternalDnsInstance {
    sources = List.copyOf(sources);
    unread = List.copyOf(unread);
  }

  /** {@code Deployment external-dns/public}: how messages name it. */
  public String label() {
    return object.kind() + " " + object.ref().namespacedName();
  }

  /** {@code external-dns/public}: what {@code --external-dns} matches. */
  public String name() {
    return object.ref().namespacedName();
  }

  /** True when a Helm chart renders its RBAC (gwdns does not check RBAC it cannot see). */
  public boolean rbacFromChart() {
    return serviceAccount == null;
  }
}
