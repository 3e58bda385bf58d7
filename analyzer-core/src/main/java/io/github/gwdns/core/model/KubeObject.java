package io.github.gwdns.core.model;

import io.github.gwdns.core.finding.ObjectRef;

/** Every decoded Kubernetes object: its type, metadata and where it came from. */
public sealed interface KubeObject
    permits GatewayClass, Gateway, ListenerSet, Route, ReferenceGrant, Namespace, GenericObject {

  /** As written, e.g. {@code gateway.networking.k8s.io/v1}. */
  String apiVersion();

  /** As written, e.g. {@code HTTPRoute}. */
  String kind();

  ObjectMeta metadata();

  Provenance provenance();

  /** The API group: the part of apiVersion before {@code /}, or {@code ""} for the core group. */
  default String group() {
    return ApiVersions.group(apiVersion());
  }

  /** The version: the part of apiVersion after {@code /}. */
  default String version() {
    return ApiVersions.version(apiVersion());
  }

  /** Group, kind, namespace and name. */
  default ObjectRef ref() {
    return metadata().ref();
  }
}
