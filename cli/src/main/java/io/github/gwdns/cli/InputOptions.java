package io.github.gwdns.cli;

import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.load.LoadLimits;
import io.github.gwdns.core.load.SourceFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** What to read: shared by every command that analyzes manifests. */
final class InputOptions {
  /** How standard input is shown in findings. */
  static final String STDIN_NAME = "<stdin>";

  /** The description of the PATH parameters, shared by every command. */
  static final String PATHS =
      "Files or directories to analyze (directories recursively: *.yaml, *.yml, *.json), or - for"
          + " standard input. Default: the current directory.";

  @Option(
      names = "--include",
      paramLabel = "GLOB",
      description = "Read only files matching GLOB in directory walks (repeatable; replaces the default *.yaml, *.yml, *.json).")
  List<String> includes = new ArrayList<>();

  @Option(
      names = "--exclude",
      paramLabel = "GLOB",
      description = "Skip files and directories matching GLOB in directory walks (repeatable), e.g. '**/charts/**'.")
  List<String> excludes = new ArrayList<>();

  @Option(
      names = "--default-namespace",
      paramLabel = "NS",
      defaultValue = AnalysisRequest.DEFAULT_NAMESPACE,
      description = "Namespace of objects that set none (default: ${DEFAULT-VALUE}).")
  String defaultNamespace;

  @Option(
      names = "--max-file-size",
      paramLabel = "SIZE",
      converter = ByteSize.class,
      description = "Refuse larger files with a finding (default: 32MiB).")
  Long maxFileSize;

  /** Copies these options into {@code builder}; reads standard input when a path is {@code -}. */
  void applyTo(AnalysisRequest.Builder builder, List<String> paths, InputStream stdin) throws IOException {
    LoadLimits limits = maxFileSize == null ? LoadLimits.DEFAULTS : LoadLimits.DEFAULTS.withMaxFileBytes(maxFileSize);
    builder.includes(includes).excludes(excludes).defaultNamespace(defaultNamespace).limits(limits);
    List<String> effective = paths.isEmpty() ? List.of(".") : paths;
    boolean stdinRead = false;
    for (String path : effective) {
      if (path.equals("-")) {
        if (!stdinRead) {
          builder.addSource(SourceFile.ofBytes(STDIN_NAME, readAll(stdin, limits.maxFileBytes())));
          stdinRead = true;
        }
      } else {
        builder.addPath(Path.of(path));
      }
    }
  }

  /** Reads at most one byte more than the limit, so an oversized stdin is refused, not buffered. */
  private static byte[] readAll(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    byte[] chunk = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(chunk)) > 0) {
      total += n;
      if (total > limit) {
        buffer.write(chunk, 0, n);
        break;
      }
      buffer.write(chunk, 0, n);
    }
    return buffer.toByteArray();
  }
}
