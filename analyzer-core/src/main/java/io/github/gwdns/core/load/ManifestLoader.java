package io.github.gwdns.core.load;

import io.github.gwdns.core.finding.ManifestProblem;
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

  /**
   * Everything read from the input.
   *
   * @param files what each file yielded, in input order: the render stage decides from the file's
   *     context which of its documents are objects and which of its problems are reported
   */
  public record Result(
      List<LoadedObject> objects,
      List<ManifestProblem> problems,
      LoadStats stats,
      List<io.github.gwdns.core.finding.InternalError> internalErrors,
      List<FileResult> files) {}

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
        IntStream.range(0, files.size())
            .parallel()
            .mapToObj(i -> cache.get(files.get(i), this::loadFileSafely))
            .toList();
    return combine(perFile);
  }

  /** Loads one file, through the cache, with a bug in reading it contained to it. */
  public FileResult loadOne(SourceFile file) {
    return cache.get(file, this::loadFileSafely);
  }

  /** The text of {@code file} as YAML reads it, or null when it cannot be read or decoded. */
  public String readText(SourceFile file) {
    try {
      TextDecoder.Result text = TextDecoder.decode(file.path(), file.read(limits.maxFileBytes()));
      return text.problem() == null ? text.text() : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** The YAML reader this loader parses with, for YAML embedded in a string (a patch, values). */
  public YamlReader yaml() {
    return yaml;
  }

  /** Sums what {@code files} yielded. */
  public static Result combine(List<FileResult> perFile) {
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
    return new Result(
        objects,
        problems,
        new LoadStats(perFile.size(), documents, nonKubernetes, bytes),
        errors,
        perFile);
  }

  /**
   * {@link #loadFile}, with a bug in reading one file contained to that file: it becomes a problem
   * at the file and an internal error, and the other files are still read.
   */
  private FileResult loadFileSafely(SourceFile file) {
    try {
      return loadFile(file);
    } catch (RuntimeException | StackOverflowError e) {
      FileResult failed = new FileResult(file.path());
      failed.problems.add(
          ManifestProblem.error(
              SourceRange.startOf(file.path()),
              "internal-error",
              "gwdns could not read this file because of a bug in gwdns ("
                  + e.getClass().getSimpleName()
                  + "); the other files are analyzed. Please report it with this file."));
      failed.internalError =
          new io.github.gwdns.core.finding.InternalError("file " + file.path(), e);
      return failed;
    }
  }

  /** Loads one file. */
  public FileResult loadFile(SourceFile file) {
    String path = file.path();
    FileResult result = new FileResult(path);
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
          ManifestProblem.error(
              SourceRange.startOf(path), UNREADABLE, "file not read: permission denied"));
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
    if (OwnOutput.hasHeader(text.text())) {
      result.ownOutput = true; // an earlier run's plan or status: never input
      return result;
    }
    YamlReader.Result parsed = yaml.read(path, text.text());
    if (parsed.problems().isEmpty()
        && parsed.documents().size() == 1
        && OwnOutput.isOwn(parsed.documents().get(0).root())) {
      result.ownOutput = true; // an earlier run's JSON report or baseline
      return result;
    }
    result.problems.addAll(parsed.problems());
    result.parsed.addAll(parsed.documents());
    if (!parsed.problems().isEmpty()) {
      result.declaresObject = ObjectDeclaration.declaresObject(text.text());
    }
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
        new LoadedObject(
            path, document.index(), -1, apiVersion, kind, root, document.templateExpression()));
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
      String apiVersion =
          absent(map.get("apiVersion"))
              ? itemApiVersion
              : identifier(path, map, "apiVersion", result);
      String kind = absent(map.get("kind")) ? itemKind : identifier(path, map, "kind", result);
      if (apiVersion == null || kind == null) {
        if (absent(map.get("apiVersion")) || absent(map.get("kind"))) {
          result.problems.add(
              ManifestProblem.error(
                  item.span().in(path),
                  "missing-type",
                  listKind
                      + " items["
                      + i
                      + "] has no "
                      + (apiVersion == null ? "apiVersion" : "kind")
                      + "; every item of a List needs apiVersion and kind"));
        }
        continue;
      }
      result.objects.add(
          new LoadedObject(
              path, document.index(), i, apiVersion, kind, map, document.templateExpression()));
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
    if (!(node instanceof ManifestScalar s)
        || s.kind() != ScalarKind.STRING
        || s.value().isBlank()) {
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

  /**
   * What one file yielded. Not changed once loaded: a {@link ParseCache} shares it across analyses.
   */
  public static final class FileResult {
    final String path;
    final List<LoadedObject> objects = new ArrayList<>();
    final List<ManifestProblem> problems = new ArrayList<>();
    final List<ParsedDocument> parsed = new ArrayList<>();
    int documents;
    int nonKubernetes;
    long bytes;
    boolean declaresObject;
    boolean ownOutput;
    io.github.gwdns.core.finding.InternalError internalError;

    FileResult(String path) {
      this.path = path;
    }

    /** The file's display path. */
    public String path() {
      return path;
    }

    /** True for a report or baseline gwdns wrote: neither parsed further nor analyzed. */
    public boolean ownOutput() {
      return ownOutput;
    }

    /** The objects: documents (and List items) with an apiVersion and a kind. */
    public List<LoadedObject> objects() {
      return objects;
    }

    /** What could not be read, from YAML syntax to an object without a kind. */
    public List<ManifestProblem> problems() {
      return problems;
    }

    /** Every document that parsed, objects or not (values, kustomizations, configuration). */
    public List<ParsedDocument> documents() {
      return parsed;
    }

    /**
     * For a file that did not parse (wholly or in part): whether its text declares a Kubernetes
     * object, a top-level {@code apiVersion:} and {@code kind:}; false for a file that parsed.
     */
    public boolean declaresObject() {
      return declaresObject;
    }

    /** True when a bug in gwdns, not the content, kept the file from being read. */
    public boolean failedInternally() {
      return internalError != null;
    }
  }
}
