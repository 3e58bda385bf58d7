package io.github.gwdns.core.predict;

/**
 * Why external-dns never looks at an object: a source not enabled, an informer or index filter
 * ({@code --namespace}, a label or annotation selector), the controller annotation, or ListenerSet
 * support. Reports render {@link #detail()} and {@link Filter#fix()}; nothing parses the text.
 *
 * @param filter which option or annotation drops the object
 * @param detail the values compared, e.g. {@code --namespace=apps excludes namespace shop}
 */
public record Exclusion(Filter filter, String detail) {
  /** The options and annotations that drop an object before external-dns reads its status. */
  public enum Filter {
    SOURCE("--source", "add that --source to external-dns"),
    NAMESPACE("--namespace", flagFix("--namespace")),
    LABEL_FILTER("--label-filter", flagFix("--label-filter")),
    ANNOTATION_FILTER("--annotation-filter", flagFix("--annotation-filter")),
    GATEWAY_NAMESPACE("--gateway-namespace", flagFix("--gateway-namespace")),
    GATEWAY_LABEL_FILTER("--gateway-label-filter", flagFix("--gateway-label-filter")),
    CONTROLLER_ANNOTATION(
        "annotation", "remove the controller annotation, or set it to `dns-controller`"),
    LISTENER_SETS_UNSUPPORTED(
        "--gateway-listener-sets",
        "run external-dns "
            + ExternalDnsVersion.LISTENER_SETS
            + " or later with --gateway-listener-sets, or attach the"
            + " route to the Gateway"),
    LISTENER_SETS_OFF(
        "--gateway-listener-sets",
        "run external-dns with --gateway-listener-sets, or attach the route to the Gateway"),
    LISTENER_SET_VERSION("apiVersion", "move to gateway.networking.k8s.io/v1 ListenerSet");

    private final String key;
    private final String fix;

    Filter(String key, String fix) {
      this.key = key;
      this.fix = fix;
    }

    /** The flag or field that drops the object: part of a finding's fingerprint. */
    public String key() {
      return key;
    }

    /** What to change so external-dns reads the object. */
    public String fix() {
      return fix;
    }

    private static String flagFix(String flag) {
      return "change "
          + flag
          + " of external-dns, or the object's namespace, labels or annotations so it matches";
    }
  }
}
