package io.github.gwdns.core.render.chart;

import io.github.gwdns.core.vocabulary.GatewayApi;
import java.util.function.Predicate;

/**
 * What {@code .Capabilities.APIVersions.Has} tells a chart: whether the cluster serves {@code
 * group/version/Kind}. Flux and Argo CD render against the cluster they install to; gwdns takes a
 * cluster that serves the Gateway API versions it accepts itself ({@link GatewayApi}), so a chart
 * picks the version the decoder then reads.
 */
public record Capabilities(Predicate<String> served) {
  /** A cluster with the Gateway API installed. */
  public static final Capabilities GATEWAY_API =
      new Capabilities(
          gvk -> {
            String[] parts = gvk.split("/");
            return parts.length == 3
                && parts[0].equals(GatewayApi.GROUP)
                && GatewayApi.served(parts[2], parts[1]);
          });

  /** None: what {@code helm template} without {@code --api-versions} sees. */
  public static final Capabilities NONE = new Capabilities(gvk -> false);

  /** True when {@code group/version/Kind} is served. */
  public boolean has(String groupVersionKind) {
    return served.test(groupVersionKind);
  }
}
