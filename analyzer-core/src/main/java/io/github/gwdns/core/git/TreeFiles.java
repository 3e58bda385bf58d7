package io.github.gwdns.core.git;

import io.github.gwdns.core.load.SourceFile;
import io.github.gwdns.core.render.RepositoryFiles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The files of a Git tree, for the render stage: indexed once, read blob by blob. Symlinks,
 * submodules and LFS pointers are not files here, as in a selection.
 */
final class TreeFiles implements RepositoryFiles {
  private final GitRepository repository;
  private final Map<String, TreeSnapshot.Entry> files = new HashMap<>();
  private final Map<String, TreeSet<String>> children = new HashMap<>();

  TreeFiles(TreeSnapshot tree) {
    this.repository = tree.repository();
    children.put("", new TreeSet<>());
    for (TreeSnapshot.Entry e : tree.entries()) {
      if (GitRepository.isFile(e.mode())) {
        files.put(e.path(), e);
      }
      String path = e.path();
      while (true) {
        String parent = RepositoryFiles.parent(path);
        TreeSet<String> names = children.computeIfAbsent(parent, k -> new TreeSet<>());
        if (!names.add(RepositoryFiles.name(path)) || parent.isEmpty()) {
          break; // the directories above were indexed with this name's siblings
        }
        path = parent;
      }
    }
  }

  @Override
  public boolean isFile(String path) {
    return path != null && files.containsKey(path);
  }

  @Override
  public boolean isDirectory(String path) {
    return path != null && children.containsKey(path);
  }

  @Override
  public List<String> list(String dir) {
    TreeSet<String> names = dir == null ? null : children.get(dir);
    return names == null ? List.of() : new ArrayList<>(names);
  }

  @Override
  public SourceFile file(String path) {
    TreeSnapshot.Entry e = path == null ? null : files.get(path);
    if (e == null || repository.isLfsPointer(e.id())) {
      return null;
    }
    return new BlobFile(e.path(), e.id(), repository.jgit());
  }
}
