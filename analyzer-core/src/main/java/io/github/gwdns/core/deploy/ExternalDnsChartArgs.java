package io.github.gwdns.core.deploy;

import io.github.gwdns.core.load.ManifestList;
import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.load.ManifestScalar;
import io.github.gwdns.core.load.ScalarKind;
import io.github.gwdns.core.model.FieldPath;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The command line the kubernetes-sigs external-dns chart renders from a release's values
 * (templates/deployment.yaml of charts 1.19.0 to 1.21.1): its fixed flags ({@code --log-level},
 * {@code --interval}, {@code --policy}, {@code --registry}, {@code --provider}, ...) with their
 * chart defaults, the flags of the optional values, then {@code extraArgs}; and the container's
 * {@code env}. Each argument is placed at the value it comes from. Values that are still templates
 * are not guessed: they are left out and listed as unread.
 */
final class ExternalDnsChartArgs {
  private final ManifestMap values;
  private final FieldPath at;
  private final int chartMinor;
  private final List<ExternalDnsCommandLine.Arg> args = new ArrayList<>();
  private final List<ExternalDnsInstance.Unread> unread;

  /**
   * @param chartMinor the chart's minor version (19 for 1.19.x), or -1 when it is not known: then
   *     1.21's rendering, the newest, is assumed
   */
  private ExternalDnsChartArgs(
      ManifestMap values, FieldPath at, int chartMinor, List<ExternalDnsInstance.Unread> unread) {
    this.values = values;
    this.at = at;
    this.chartMinor = chartMinor < 0 ? 21 : chartMinor;
    this.unread = unread;
  }

  /**
   * The command line of a release.
   *
   * @param values the release's values (Flux variables substituted)
   * @param at where the values are ({@code spec.values})
   * @param namespace what {@code --namespace} is when the chart's namespaced value is on
   */
  static ExternalDnsCommandLine of(
      ManifestMap values,
      FieldPath at,
      int chartMinor,
      String namespace,
      List<ExternalDnsInstance.Unread> unread) {
    return new ExternalDnsChartArgs(values, at, chartMinor, unread).render(namespace);
  }

  private ExternalDnsCommandLine render(String namespace) {
    fixed("log-level", "logLevel", "info");
    fixed("log-format", "logFormat", "text");
    fixed("interval", "interval", "1m");
    if (truthy("triggerLoopOnEvent")) {
      args.add(new ExternalDnsCommandLine.Arg("--events", at.field("triggerLoopOnEvent")));
    }
    if (values.entry("sources") == null) {
      args.add(new ExternalDnsCommandLine.Arg("--source=service", at));
      args.add(new ExternalDnsCommandLine.Arg("--source=ingress", at));
    } else {
      list("source", "sources");
    }
    fixed("policy", "policy", "upsert-only");
    fixed("registry", "registry", "txt");
    optional("txt-owner-id", "txtOwnerId");
    List<StartupFailure> rendering = new ArrayList<>();
    if (truthy("txtPrefix") && truthy("txtSuffix")) {
      rendering.add(
          new StartupFailure(
              StartupFailure.Stage.CHART_RENDER,
              "chart-txt-prefix-suffix",
              "'txtPrefix' and 'txtSuffix' are mutually exclusive",
              at.field("txtSuffix"),
              "keep one of the values `txtPrefix` and `txtSuffix`: the chart fails to render with both, so Helm"
                  + " installs no external-dns",
              null));
    }
    if (truthy("txtPrefix")) {
      optional("txt-prefix", "txtPrefix");
    } else {
      optional("txt-suffix", "txtSuffix");
    }
    if (truthy("namespaced")) {
      String source = text(values.get("sourceNamespace"));
      args.add(
          new ExternalDnsCommandLine.Arg(
              "--namespace=" + (source != null && !source.isEmpty() ? source : namespace),
              at.field("namespaced")));
    }
    optional("gateway-namespace", "gatewayNamespace");
    if (chartMinor >= 21 && truthy("enableGatewayListenerSets")) {
      args.add(
          new ExternalDnsCommandLine.Arg(
              "--gateway-listener-sets", at.field("enableGatewayListenerSets")));
    }
    list("domain-filter", "domainFilters");
    list("exclude-domains", "excludeDomains");
    optional("label-filter", "labelFilter");
    optional("annotation-filter", "annotationFilter");
    if (chartMinor >= 20) {
      optional("annotation-prefix", "annotationPrefix");
    }
    list("managed-record-types", "managedRecordTypes");
    provider();
    extraArgs();
    return new ExternalDnsCommandLine(
        args, env(values.get("env"), at.field("env")), List.of(), rendering, true);
  }

  /** A flag the chart always passes, with the chart's default when the value is not set. */
  private void fixed(String flag, String key, String fallback) {
    ManifestMap.Entry e = values.entry(key);
    if (e == null) {
      args.add(new ExternalDnsCommandLine.Arg("--" + flag + "=" + fallback, at));
      return;
    }
    // A null value deletes the chart's default, and the template renders nothing.
    String value =
        e.value() instanceof ManifestScalar s && s.kind() != ScalarKind.NULL ? s.value() : "";
    if (plain(value, key)) {
      args.add(new ExternalDnsCommandLine.Arg("--" + flag + "=" + value, at.field(key)));
    }
  }

  private void optional(String flag, String key) {
    String value = text(values.get(key));
    if (value != null && !value.isEmpty() && !value.equals("false") && plain(value, key)) {
      args.add(new ExternalDnsCommandLine.Arg("--" + flag + "=" + value, at.field(key)));
    }
  }

  private void list(String flag, String key) {
    if (values.get(key) instanceof ManifestList l) {
      for (int i = 0; i < l.items().size(); i++) {
        String value = text(l.items().get(i));
        if (value != null && plain(value, key)) {
          args.add(
              new ExternalDnsCommandLine.Arg("--" + flag + "=" + value, at.field(key).index(i)));
        }
      }
    }
  }

  private void provider() {
    ManifestNode provider = values.get("provider");
    FieldPath where = provider == null ? at : at.field("provider");
    String name =
        provider instanceof ManifestMap p
            ? (p.entry("name") == null ? "aws" : text(p.get("name")))
            : text(provider);
    if (provider instanceof ManifestMap p && p.entry("name") != null) {
      where = where.field("name");
    }
    if (provider == null) {
      name = "aws";
    }
    if (name != null && plain(name, "provider")) {
      args.add(new ExternalDnsCommandLine.Arg("--provider=" + name, where));
    }
  }

  /**
   * {@code extraArgs}: a list passed as written; a map rendered flag by flag in the order of its
   * keys ({@code key: value} as {@code --key=value}, a list as one flag per item, no value as the
   * bare flag, and from chart 1.21.0 a bool as {@code --key} or {@code --no-key}; before, as {@code
   * --key=true}).
   */
  private void extraArgs() {
    ManifestNode node = values.get("extraArgs");
    FieldPath where = at.field("extraArgs");
    if (node instanceof ManifestList list) {
      for (int i = 0; i < list.items().size(); i++) {
        String s = text(list.items().get(i));
        if (s != null && plain(s, "extraArgs")) {
          args.add(new ExternalDnsCommandLine.Arg(s, where.index(i)));
        }
      }
    } else if (node instanceof ManifestMap map) {
      TreeMap<String, ManifestMap.Entry> sorted = new TreeMap<>();
      map.entries().forEach(e -> sorted.put(e.key(), e));
      for (ManifestMap.Entry e : sorted.values()) {
        String key = e.key();
        FieldPath here = where.field(key);
        ManifestNode value = e.value();
        if (value instanceof ManifestList items) {
          for (int i = 0; i < items.items().size(); i++) {
            String s = text(items.items().get(i));
            if (s != null && plain(s, "extraArgs." + key)) {
              args.add(new ExternalDnsCommandLine.Arg("--" + key + "=" + s, here.index(i)));
            }
          }
        } else if (value == null || value.isNull()) {
          args.add(new ExternalDnsCommandLine.Arg("--" + key, here));
        } else if (value instanceof ManifestScalar s
            && s.kind() == ScalarKind.BOOLEAN
            && chartMinor >= 21) {
          args.add(
              new ExternalDnsCommandLine.Arg(
                  Boolean.parseBoolean(s.value()) ? "--" + key : "--no-" + key, here));
        } else if (value instanceof ManifestScalar s) {
          if (plain(s.value(), "extraArgs." + key)) {
            args.add(new ExternalDnsCommandLine.Arg("--" + key + "=" + s.value(), here));
          }
        }
      }
    }
  }

  /** A container's {@code env} list: each variable, with null for one a {@code valueFrom} sets. */
  static List<ExternalDnsCommandLine.Env> env(ManifestNode node, FieldPath where) {
    List<ExternalDnsCommandLine.Env> out = new ArrayList<>();
    if (node instanceof ManifestList list) {
      for (int i = 0; i < list.items().size(); i++) {
        if (list.items().get(i) instanceof ManifestMap e && e.text("name") != null) {
          boolean secret = e.get("valueFrom") != null;
          String value = secret ? null : text(e.get("value"));
          out.add(
              new ExternalDnsCommandLine.Env(
                  e.text("name"),
                  secret ? null : value == null ? "" : value,
                  where
                      .index(i)
                      .field(secret ? "valueFrom" : e.get("value") != null ? "value" : "name")));
        }
      }
    }
    return out;
  }

  private boolean truthy(String key) {
    String value = text(values.get(key));
    return value != null && !value.isEmpty() && !value.equals("false") && !value.equals("0");
  }

  private boolean plain(String value, String key) {
    if (value.contains("{{") || value.contains("${")) {
      unread.add(new ExternalDnsInstance.Unread(key, value));
      return false;
    }
    return true;
  }

  private static String text(ManifestNode node) {
    return node instanceof ManifestScalar s && s.kind() != ScalarKind.NULL ? s.value() : null;
  }
}
