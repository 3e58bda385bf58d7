package io.github.gwdns.core.model;

/**
 * Any object of a kind gwdns does not model in detail (Deployment, ConfigMap, HelmRelease...). Its
 * manifest stays reachable through {@link #provenance()} for analyses that read a few fields.
 */
public record GenericObject(
    String apiVersion, String kind, ObjectMeta metadata, Provenance provenance)
    implements KubeObject {}
