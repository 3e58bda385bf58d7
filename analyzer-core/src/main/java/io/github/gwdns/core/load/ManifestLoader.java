package io.github.gwdns.core.load;

import io.github.gwdns.core.finding.SourceRange;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Reads source files into {@link LoadedObject}s: decodes the bytes, parses every YAML document,
 * expands {@code List} objects into their items, and turns everything unusable into a {@link
 * ManifestProblem}. Files are independent, so they are read in parallel; the result keeps the order
 * of the files.
 */
public final class ManifestLoader {

  /** Everything read from the input. */
  public record Result(
      List<LoadedObject> objects, List<ManifestProblem> problems, LoadStats stats,
      List<io.github.gwdns.core.finding.InternalError> internalErrors) {}

  /**
   * Counts for the summary line.
   *
   * @param files files read
   * @param documents non-empty YAML documents parsed
   * @param nonKubernetes documents skipped because they have neither apiVersion nor kind (Helm
   *     values, kustomize configs, CI files...)
   * @param bytes total bytes read
   */
  public record LoadStats(int files, int documents, int nonKubernetes, long bytes) {}

  /** The problem code of a file that could not be read at all (an I/O error, not bad content). */
  public static final String UNREADABLE = "unreadable";

  private final LoadLimits limits;
  private final YamlReader yaml;
  private final ParseCache cache;

  public ManifestLoader(LoadLimits limits) {
    this(limits, new ParseCache());
  }

  /** A loader that reuses {@code cache} for content with a {@link SourceFile#cacheKey()}. */
  public ManifestLoader(LoadLimits limits, ParseCache cache) {
    this.limits = limits;
    this.yaml = new YamlReader(limits);
    this.cache = cache;
  }

  /** Loads every file; never throws for bad content. */
  public Result load(List<SourceFile> files) {
    List<FileResult> perFile =
        IntStream.range(0, files.size()).parallel().mapToObj(i -> cache.get(files.get(i), this::loadFileSafely)).toList();
    List<io.github.gwdns.core.finding.InternalError> errors = new ArrayList<>();
    List<LoadedObject> objects = new ArrayList<>();
    List<ManifestProblem> problems = new ArrayList<>();
    int documents = 0;
    int nonKubernetes = 0;
    long bytes = 0;
    for (FileResult r : perFile) {
      objects.addAll(r.objects);
      problems.addAll(r.problems);
      documents += r.documents;
      nonKubernetes += r.nonKubernetes;
      bytes += r.bytes;
      if (r.internalError != null) {
        errors.add(r.internalError);
      }
    }
    return new Result(objects, problems, new LoadStats(files.size(), documents, nonKubernetes, bytes), errors);
  }

  /**
   * {@link #loadFile}, with a bug in reading one file contained to that file: it becomes a problem
   * at the file and an internal error, and the other files are still read.
   */
  private FileResult loadFileSafely(SourceFile file) {
    try {
      return loadFile(file);
    } catch (RuntimeException | StackOverflowError e) {
      FileResult failed = new FileResult();
      failed.problems.add(ManifestProblem.error(SourceRange.startOf(file.path()), "internal-error",
          "gwdns could not read this file because of a bug in gwdns (" + e.getClass().getSimpleName()
              + "); the other files are analyzed. Please report it with this file."));
      failed.internalError = new io.github.gwdns.core.finding.InternalError("file " + file.path(), e);
      return failed;
    }
  }

  /** Loads one file. */
  public FileResult loadFile(SourceFile file) {
    FileResult result = new FileResult();
    String path = file.path();
    byte[] bytes;
    try {
      bytes = file.read(limits.maxFileBytes());
    } catch (FileTooLargeException e) {
      result.problems.add(
          ManifestProblem.error(
              SourceRange.startOf(path),
              "too-large",
              "file not read: it is "
                  + e.size()
                  + " bytes, more than the limit of "
                  + e.limit()
                  + " bytes; raise --max-file-size if it really is a manifest"));
      return result;
    } catch (AccessDeniedException e) {
      result.problems.add(
          ManifestProblem.error(SourceRange.startOf(path), UNREADABLE, "file not read: permission denied"));
      return result;
    } catch (IOException e) {
      result.problems.add(
          ManifestProblem.error(
              SourceRange.startOf(path), UNREADABLE, "file not read: " + e.getMessage()));
      return result;
    }
    result.bytes = bytes.length;
    TextDecoder.Result text = TextDecoder.decode(path, bytes);
    if (text.problem() != null) {
      result.problems.add(text.problem());
      return result;
    }
    YamlReader.Result parsed = yaml.read(path, text.text());
    result.problems.addAll(parsed.problems());
    for (ParsedDocument document : parsed.documents()) {
      result.documents++;
      addObjects(path, document, result);
    }
    return result;
  }

  private void addObjects(String path, ParsedDocument document, FileResult result) {
    if (!(document.root() instanceof ManifestMap root)) {
      result.nonKubernetes++;
      return;
    }
    ManifestNode apiVersionNode = root.get("apiVersion");
    ManifestNode kindNode = root.get("kind");
    if (absent(apiVersionNode) && absent(kindNode)) {
      result.nonKubernetes++;
      return;
    }
    String apiVersion = identifier(path, root, "apiVersion", result);
    String kind = identifier(path, root, "kind", result);
    if (apiVersion == null || kind == null) {
      return;
    }
    if (kind.endsWith("List") && root.get("items") != null) {
      addItems(path, document, root, apiVersion, kind, result);
      return;
    }
    result.objects.add(
        new LoadedObject(path, document.index(), -1, apiVersion, kind, root, document.templateExpression()));
  }

  /** The items of {@code kind: List} or a typed list such as {@code HTTPRouteList}. */
  private void addItems(
      String path,
      ParsedDocument document,
      ManifestMap list,
      String listApiVersion,
      String listKind,
      FileResult result) {
    ManifestNode items = list.get("items");
    if (items.isNull()) {
      return;
    }
    if (!(items instanceof ManifestList itemList)) {
      result.problems.add(
          ManifestProblem.error(
              items.span().in(path),
              "wrong-type",
              listKind + " items must be a list, found " + items.describe()));
      return;
    }
    // A typed list (HTTPRouteList) names its items' kind; a plain v1 List does not.
    String itemKind = listKind.equals("List") ? null : listKind.substring(0, listKind.length() - 4);
    String itemApiVersion = listKind.equals("List") ? null : listApiVersion;
    for (int i = 0; i < itemList.items().size(); i++) {
      ManifestNode item = itemList.items().get(i);
      if (!(item instanceof ManifestMap map)) {
        result.problems.add(
            ManifestProblem.error(
                item.span().in(path),
                "wrong-type",
                listKind + " items[" + i + "] must be an object, found " + item.describe()));
        continue;
      }
      String apiVersion = absent(map.get("apiVersion")) ? itemApiVersion : identifier(path, map, "apiVersion", result);
      String kind = absent(map.get("kind")) ? itemKind : identifier(path, map, "kind", result);
      if (apiVersion == null || kind == null) {
        if (absent(map.get("apiVersion")) || absent(map.get("kind"))) {
          result.problems.add(
              ManifestProblem.error(
                  item.span().in(path),
                  "missing-type",
                  listKind + " items[" + i + "] has no " + (apiVersion == null ? "apiVersion" : "kind")
                      + "; every item of a List needs apiVersion and kind"));
        }
        continue;
      }
      result.objects.add(new LoadedObject(path, document.index(), i, apiVersion, kind, map, document.templateExpression()));
    }
  }

  /** The text of the apiVersion or kind field, or null after reporting why it is unusable. */
  private static String identifier(String path, ManifestMap map, String key, FileResult result) {
    ManifestNode node = map.get(key);
    if (absent(node)) {
      String other = key.equals("kind") ? "apiVersion" : "kind";
      result.problems.add(
          ManifestProblem.error(
              map.span().start().in(path),
              "missing-type",
              "object has " + other + " but no " + key + "; the API server rejects it"));
      return null;
    }
    if (!(node instanceof ManifestScalar s) || s.kind() != ScalarKind.STRING || s.value().isBlank()) {
      result.problems.add(
          ManifestProblem.error(
              node.span().in(path),
              "wrong-type",
              key + " must be a non-empty string, found " + node.describe()));
      return null;
    }
    return s.value();
  }

  private static boolean absent(ManifestNode node) {
    return node == null || node.isNull();
  }

  /** What one file yielded. */
  public static final class FileResult {
    final List<LoadedObject> objects = new ArrayList<>();
    final List<ManifestProblem> problems = new ArrayList<>();
    int documents;
    int nonKubernetes;
    long bytes;
    io.github.gwdns.core.finding.InternalError internalError;

    public List<LoadedObject> objects() {
      return objects;
    }

    public List<ManifestProblem> problems() {
      return problems;
    }
  }
}
