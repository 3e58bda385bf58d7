package io.github.gwdns.core.model;

/**
 * The five route kinds external-dns reads, with what differs between them: the {@code --source}
 * value that enables them, whether they have {@code spec.hostnames}, and the protocol external-dns
 * uses to match listeners.
 */
public enum RouteKind {
  HTTP("HTTPRoute", "gateway-httproute", true),
  GRPC("GRPCRoute", "gateway-grpcroute", true),
  TLS("TLSRoute", "gateway-tlsroute", true),
  TCP("TCPRoute", "gateway-tcproute", false),
  UDP("UDPRoute", "gateway-udproute", false);

  private final String kind;
  private final String source;
  private final boolean hasHostnames;

  RouteKind(String kind, String source, boolean hasHostnames) {
    this.kind = kind;
    this.source = source;
    this.hasHostnames = hasHostnames;
  }

  /** The Kubernetes kind, e.g. {@code HTTPRoute}. */
  public String kind() {
    return kind;
  }

  /** The external-dns {@code --source} value, e.g. {@code gateway-httproute}. */
  public String source() {
    return source;
  }

  /** Whether the kind has a {@code spec.hostnames} field (TCPRoute and UDPRoute do not). */
  public boolean hasHostnames() {
    return hasHostnames;
  }

  /** The route kind named {@code kind}, or null. */
  public static RouteKind ofKind(String kind) {
    for (RouteKind k : values()) {
      if (k.kind.equals(kind)) {
        return k;
      }
    }
    return null;
  }

  /** The route kind enabled by external-dns source {@code source}, or null. */
  public static RouteKind ofSource(String source) {
    for (RouteKind k : values()) {
      if (k.source.equals(source)) {
        return k;
      }
    }
    return null;
  }
}
