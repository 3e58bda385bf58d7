package io.github.gwdns.core.render;

import io.github.gwdns.core.load.ManifestLoader;
import io.github.gwdns.core.load.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files the render stage reads: the analyzed ones, loaded before, and the ones kustomize and
 * Flux reach from them (a base, a component, a values file), loaded once when first needed.
 */
final class FileStore {
  private final RepositoryFiles files;
  private final ManifestLoader loader;
  private final Map<String, ManifestLoader.FileResult> loaded = new LinkedHashMap<>();
  private final Map<String, SourceFile> inMemory = new HashMap<>();
  private final List<ManifestLoader.FileResult> extra = new ArrayList<>();
  private final java.util.Set<String> inputDirectories = new java.util.TreeSet<>();

  /**
   * @param preloaded the analyzed files, already loaded
   * @param sources their sources, to read the text of one again (in-memory ones included)
   */
  FileStore(
      RepositoryFiles files,
      ManifestLoader loader,
      List<ManifestLoader.FileResult> preloaded,
      List<SourceFile> sources) {
    this.files = files;
    this.loader = loader;
    preloaded.forEach(f -> loaded.put(f.path(), f));
    for (ManifestLoader.FileResult f : preloaded) {
      for (String dir = RepositoryFiles.parent(f.path());
          !dir.isEmpty() && inputDirectories.add(dir);
          dir = RepositoryFiles.parent(dir)) {
        // every directory above an analyzed file, once
      }
    }
    sources.forEach(s -> inMemory.put(s.path(), s));
  }

  /** The directories holding analyzed files, and the directories above them. */
  java.util.Set<String> inputDirectories() {
    return inputDirectories;
  }

  ManifestLoader loader() {
    return loader;
  }

  /** True when {@code path} is a file of the repository (or an analyzed input). */
  boolean isFile(String path) {
    return path != null && (loaded.containsKey(path) || files.isFile(path));
  }

  boolean isDirectory(String path) {
    return path != null && files.isDirectory(path);
  }

  List<String> list(String dir) {
    return files.list(dir);
  }

  /** The file at {@code path}, loaded once; null when there is none. */
  ManifestLoader.FileResult load(String path) {
    if (path == null) {
      return null;
    }
    ManifestLoader.FileResult result = loaded.get(path);
    if (result != null) {
      return result;
    }
    SourceFile source = files.file(path);
    if (source == null) {
      return null;
    }
    result = loader.loadOne(source);
    loaded.put(path, result);
    extra.add(result);
    return result;
  }

  /** The text of the file at {@code path}, read again (for positions inside a string), or null. */
  String text(String path) {
    SourceFile source = inMemory.containsKey(path) ? inMemory.get(path) : files.file(path);
    return source == null ? null : loader.readText(source);
  }

  /** The files loaded beyond the analyzed ones, in the order they were first needed. */
  List<ManifestLoader.FileResult> extra() {
    return extra;
  }

  /** Every file loaded. */
  Iterable<ManifestLoader.FileResult> all() {
    return loaded.values();
  }
}
