package io.github.gwdns.cli;

import io.github.gwdns.core.predict.ExternalDnsOption;
import io.github.gwdns.core.predict.ExternalDnsOptions;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * external-dns's own flags, made from the option catalog ({@link ExternalDnsOption}) with its names
 * and meaning, so users can paste their Helm values; and {@code --external-dns}, which picks the
 * instance of the manifests. An option not given keeps the value of {@code .gwdns.yaml}, else
 * external-dns's default.
 */
final class ExternalDnsFlags {
  @Option(
      names = "--external-dns",
      paramLabel = "NS/NAME",
      description =
          "Predict for this external-dns Deployment or HelmRelease of the manifests only (default: each one found; none: ignore them).")
  String instance;

  private final Map<ExternalDnsOption, OptionSpec> options = new EnumMap<>(ExternalDnsOption.class);

  /**
   * Adds one option per catalog entry to {@code command}, just before {@code --external-dns}, so
   * help lists them where this mixin stands.
   */
  void addTo(CommandSpec command) {
    List<OptionSpec> after = new ArrayList<>();
    boolean found = false;
    for (OptionSpec o : command.options()) {
      found |= o.longestName().equals("--external-dns");
      if (found) {
        after.add(o);
      }
    }
    after.forEach(command::remove);
    for (ExternalDnsOption option : ExternalDnsOption.values()) {
      OptionSpec.Builder spec =
          OptionSpec.builder(option.option()).description(option.description());
      switch (option.type()) {
        case TEXT -> spec.type(String.class).paramLabel(option.paramLabel());
        case BOOLEAN ->
            spec.type(Boolean.class).arity("0..1").fallbackValue("true").paramLabel("true|false");
        case LIST ->
            spec.type(List.class)
                .auxiliaryTypes(String.class)
                .paramLabel(option.paramLabel())
                .splitRegex(option == ExternalDnsOption.SOURCE ? "," : "");
      }
      OptionSpec built = spec.build();
      options.put(option, built);
      command.addOption(built);
    }
    after.forEach(command::addOption);
  }

  /** Copies the options given on the command line over {@code builder}. */
  void applyTo(ExternalDnsOptions.Builder builder) {
    for (Map.Entry<ExternalDnsOption, OptionSpec> e : options.entrySet()) {
      Object value = e.getValue().getValue();
      if (value == null) {
        continue;
      }
      List<String> texts = new ArrayList<>();
      if (value instanceof List<?> list) {
        list.forEach(v -> texts.add(String.valueOf(v)));
      } else {
        texts.add(String.valueOf(value));
      }
      try {
        e.getKey().apply(builder, texts);
      } catch (IllegalArgumentException ex) {
        throw new Options.UsageException(e.getKey().option() + ": " + ex.getMessage());
      }
    }
  }
}
