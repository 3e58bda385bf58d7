package io.github.gwdns.core.config;

import io.github.gwdns.core.AnalysisException;
import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.load.LoadLimits;
import io.github.gwdns.core.load.ManifestList;
import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.load.ManifestScalar;
import io.github.gwdns.core.load.ParsedDocument;
import io.github.gwdns.core.load.ScalarKind;
import io.github.gwdns.core.load.YamlReader;
import io.github.gwdns.core.predict.ExternalDnsOption;
import io.github.gwdns.core.predict.ExternalDnsOptions;
import io.github.gwdns.core.rules.RuleSelection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code .gwdns.yaml}: rule levels, include/exclude globs, the default namespace and the
 * external-dns options, so a repository carries its own settings. Command-line options win over it.
 *
 * <pre>
 * rules:
 *   dns-conflict: off          # or error, warning, note
 * exclude: ["**&#47;charts/**"]
 * clusters: [clusters/prod, clusters/staging]   # relative to this file; default: found in the input
 * charts:                       # charts gwdns renders routes of from Helm values (docs/charts.md)
 *   - chart: my-app
 *     model: bjw-s-common
 * externalDns:
 *   source: [gateway-httproute]
 *   annotationPrefix: external-dns.alpha.kubernetes.io/
 * </pre>
 *
 * Unknown keys are errors with their position: a typo must not silently change nothing.
 */
public final class GwdnsConfig {
  /** The names looked for at the root of the analyzed tree. */
  public static final List<String> FILE_NAMES = List.of(".gwdns.yaml", ".gwdns.yml");

  private static final Set<String> TOP =
      Set.of(
          "rules",
          "include",
          "exclude",
          "defaultNamespace",
          "externalDns",
          "variables",
          "clusters",
          "charts");

  /** The keys of {@code externalDns:}: the option catalog's, and the instance to predict for. */
  private static final Set<String> EXTERNAL_DNS = externalDnsKeys();

  private static Set<String> externalDnsKeys() {
    Set<String> keys = new java.util.TreeSet<>();
    for (ExternalDnsOption o : ExternalDnsOption.values()) {
      keys.add(o.key());
    }
    keys.add("instance");
    return keys;
  }

  private final String file;
  private final ManifestMap root;

  private GwdnsConfig(String file, ManifestMap root) {
    this.file = file;
    this.root = root;
  }

  /**
   * The config file of a tree: {@code .gwdns.yaml} or {@code .gwdns.yml} in {@code dir} or the
   * nearest directory above it, up to the root of its Git work tree (so a repository's settings
   * apply when a subdirectory is analyzed); null when there is none.
   */
  public static Path discover(Path dir) {
    Path start = dir.toAbsolutePath().normalize();
    Path top = io.github.gwdns.core.load.RepositoryRoot.of(start);
    for (Path d = start; d != null && d.startsWith(top); d = d.getParent()) {
      for (String name : FILE_NAMES) {
        Path candidate = d.resolve(name);
        if (Files.isRegularFile(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }

  /**
   * Reads and checks {@code path}.
   *
   * @throws AnalysisException naming the file, line and column of the problem
   */
  public static GwdnsConfig load(Path path) throws AnalysisException {
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AnalysisException("cannot read config " + path + ": " + e.getMessage(), e);
    }
    YamlReader.Result parsed = new YamlReader(LoadLimits.DEFAULTS).read(path.toString(), text);
    if (!parsed.problems().isEmpty()) {
      var p = parsed.problems().get(0);
      throw new AnalysisException("config " + p.range().display() + ": " + p.message());
    }
    if (parsed.documents().isEmpty()) {
      return new GwdnsConfig(
          path.toString(),
          new ManifestMap(List.of(), new io.github.gwdns.core.load.Span(1, 1, 1, 1)));
    }
    ParsedDocument doc = parsed.documents().get(0);
    if (!(doc.root() instanceof ManifestMap map)) {
      throw new AnalysisException(
          "config "
              + doc.root().span().in(path.toString()).display()
              + ": the file must be a mapping");
    }
    GwdnsConfig config = new GwdnsConfig(path.toString(), map);
    config.checkKeys(map, TOP, "");
    ManifestNode dns = map.get("externalDns");
    if (dns != null && !dns.isNull()) {
      config.checkKeys(config.mapAt(dns, "externalDns"), EXTERNAL_DNS, "externalDns.");
    }
    config.charts();
    return config;
  }

  /** The chart descriptors under {@code charts:}, checked. */
  private List<io.github.gwdns.core.render.chart.ChartDescriptor> charts()
      throws AnalysisException {
    ManifestNode charts = root.get("charts");
    if (charts == null || charts.isNull()) {
      return List.of();
    }
    try {
      return io.github.gwdns.core.render.chart.ChartDescriptors.parse(
          charts,
          file,
          new java.io.File(file).getName(),
          io.github.gwdns.core.render.chart.ChartDescriptors.builtIn());
    } catch (IllegalArgumentException e) {
      throw new AnalysisException("config " + e.getMessage(), e);
    }
  }

  /**
   * Copies the request settings: rules, globs, default namespace; and a notice naming this file, so
   * reports say which settings applied.
   */
  public void applyTo(AnalysisRequest.Builder request) throws AnalysisException {
    Path path = Path.of(file).toAbsolutePath().normalize();
    Path base = request.baseDir();
    request.addNotice(
        new io.github.gwdns.core.finding.Notice(
            "settings read from this file",
            (path.startsWith(base) ? base.relativize(path) : path).toString().replace('\\', '/')));
    ManifestNode rules = root.get("rules");
    if (rules != null && !rules.isNull()) {
      RuleSelection selection = request.rules();
      for (ManifestMap.Entry e : mapAt(rules, "rules").entries()) {
        try {
          selection = selection.with(e.key(), text(e.value(), "rules." + e.key()));
        } catch (IllegalArgumentException ex) {
          throw error(e.value(), ex.getMessage());
        }
      }
      request.rules(selection);
    }
    if (root.get("include") != null) {
      request.includes(strings("include"));
    }
    if (root.get("clusters") != null) {
      List<Path> dirs = new ArrayList<>();
      for (String dir : strings("clusters")) {
        dirs.add(path.getParent().resolve(dir).normalize());
      }
      request.clusters(dirs);
    }
    if (root.get("exclude") != null) {
      request.excludes(strings("exclude"));
    }
    ManifestNode ns = root.get("defaultNamespace");
    if (ns != null && !ns.isNull()) {
      request.defaultNamespace(text(ns, "defaultNamespace"));
    }
    request.charts(charts());
    ManifestNode variables = root.get("variables");
    if (variables != null && !variables.isNull()) {
      for (ManifestMap.Entry e : mapAt(variables, "variables").entries()) {
        request.variable(e.key(), text(e.value(), "variables." + e.key()));
      }
    }
    if (root.get("externalDns") instanceof ManifestMap dns && dns.get("instance") != null) {
      String instance = text(dns.get("instance"), "externalDns.instance");
      if (instance.equals("none")) {
        request.discoverExternalDns(false);
      } else {
        request.externalDnsInstance(instance);
      }
    }
  }

  /** Copies the external-dns options. */
  public void applyTo(ExternalDnsOptions.Builder options) throws AnalysisException {
    ManifestNode dns = root.get("externalDns");
    if (dns == null || dns.isNull()) {
      return;
    }
    options.origin(new java.io.File(file).getName());
    for (ManifestMap.Entry e : mapAt(dns, "externalDns").entries()) {
      String key = "externalDns." + e.key();
      ManifestNode v = e.value();
      if (e.key().equals("instance")) {
        continue; // read by applyTo(request)
      }
      ExternalDnsOption option = ExternalDnsOption.ofKey(e.key());
      if (option == null) {
        throw error(
            v,
            "unknown key "
                + key
                + io.github.gwdns.core.finding.Spelling.didYouMean(
                    key,
                    java.util.Arrays.stream(ExternalDnsOption.values())
                        .map(o -> "externalDns." + o.key())
                        .toList()));
      }
      try {
        option.apply(options, values(option, v, key));
      } catch (IllegalArgumentException ex) {
        throw error(v, "`" + key + "`: " + ex.getMessage());
      }
    }
  }

  /** An option's values as text: a list's items (or one scalar), a boolean checked to be one. */
  private List<String> values(ExternalDnsOption option, ManifestNode v, String key)
      throws AnalysisException {
    return switch (option.type()) {
      case LIST -> list(v, key);
      case BOOLEAN -> List.of(Boolean.toString(bool(v, key)));
      case TEXT -> List.of(text(v, key));
    };
  }

  private void checkKeys(ManifestMap map, Set<String> allowed, String prefix)
      throws AnalysisException {
    for (ManifestMap.Entry e : map.entries()) {
      if (!allowed.contains(e.key())) {
        throw new AnalysisException(
            "config "
                + e.keySpan().in(file).display()
                + ": unknown key `"
                + prefix
                + e.key()
                + "`"
                + io.github.gwdns.core.finding.Spelling.didYouMean(
                    prefix + e.key(), allowed.stream().map(k -> prefix + k).toList())
                + " (known: "
                + String.join(", ", new java.util.TreeSet<>(allowed))
                + ")");
      }
    }
  }

  private ManifestMap mapAt(ManifestNode node, String key) throws AnalysisException {
    if (node instanceof ManifestMap m) {
      return m;
    }
    throw error(node, "`" + key + "` must be a mapping");
  }

  private List<String> strings(String key) throws AnalysisException {
    ManifestNode node = root.get(key);
    return node == null || node.isNull() ? List.of() : list(node, key);
  }

  private List<String> list(ManifestNode node, String key) throws AnalysisException {
    if (node instanceof ManifestScalar) {
      return List.of(text(node, key));
    }
    if (!(node instanceof ManifestList list)) {
      throw error(node, "`" + key + "` must be a list of strings");
    }
    List<String> values = new ArrayList<>();
    for (ManifestNode item : list.items()) {
      values.add(text(item, key));
    }
    return values;
  }

  private String text(ManifestNode node, String key) throws AnalysisException {
    if (node instanceof ManifestScalar s && s.kind() != ScalarKind.NULL) {
      return s.value();
    }
    throw error(node, "`" + key + "` must be a value, found " + node.describe());
  }

  private boolean bool(ManifestNode node, String key) throws AnalysisException {
    if (node instanceof ManifestScalar s && s.kind() == ScalarKind.BOOLEAN) {
      return Boolean.parseBoolean(s.value().toLowerCase(java.util.Locale.ROOT));
    }
    throw error(node, "`" + key + "` must be true or false");
  }

  private AnalysisException error(ManifestNode node, String message) {
    return new AnalysisException("config " + node.span().in(file).display() + ": " + message);
  }
}
