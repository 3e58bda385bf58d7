package io.github.gwdns.core.render;

import io.github.gwdns.core.load.LoadedObject;
import io.github.gwdns.core.load.ManifestList;
import io.github.gwdns.core.load.ManifestLoader;
import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.load.ManifestScalar;
import io.github.gwdns.core.load.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rendered output given on standard input ({@code helm template ... | gwdns check -}, {@code
 * kustomize build ... | gwdns check -}), mapped back to the files it was rendered from, so findings
 * name those files rather than the stream: kustomize's {@code config.kubernetes.io/origin}
 * annotation ({@code buildMetadata: [originAnnotations]}) names the resource file, where gwdns
 * finds the object again and takes each field's position; Helm's {@code # Source:} comment names
 * the template, and the lines are then those of the rendered document.
 */
final class RenderedInput {
  private static final Pattern SOURCE = Pattern.compile("^#\\s*Source:\\s*(\\S.*?)\\s*$");
  // Top-level fields only (configuredBy's own kind and name are indented below it).
  private static final Pattern ORIGIN_FIELD =
      Pattern.compile("(?m)^(path|configuredIn|repo):\\s*['\"]?([^'\"\\s]+)['\"]?\\s*$");
  static final String ORIGIN = "config.kubernetes.io/origin";

  private final FileStore store;
  private final RepositoryFiles originFiles;
  private final ManifestLoader loader;
  private final String stdinName;
  private int unmapped;
  private final Map<String, ManifestLoader.FileResult> originals = new java.util.HashMap<>();
  private final Map<String, String[]> templates = new java.util.HashMap<>();

  /**
   * @param originFiles where the files an origin annotation names are read (the repository the user
   *     runs gwdns in)
   * @param stdinName the file or directory standard input was rendered from ({@code --stdin-name}),
   *     or null
   */
  RenderedInput(
      FileStore store, RepositoryFiles originFiles, ManifestLoader loader, String stdinName) {
    this.stdinName = stdinName;
    this.store = store;
    this.originFiles = originFiles;
    this.loader = loader;
  }

  /** Objects of in-memory input that name no origin, so stay at the stream's name and lines. */
  int unmapped() {
    return unmapped;
  }

  /**
   * {@code objects} with those of in-memory {@code streams} placed in the files they were rendered
   * from.
   */
  List<RenderedObject> map(List<RenderedObject> objects, java.util.Set<String> streams) {
    if (streams.isEmpty()) {
      return objects;
    }
    List<RenderedObject> out = new ArrayList<>(objects.size());
    Map<String, String[]> lines = new java.util.HashMap<>();
    for (RenderedObject o : objects) {
      if (!streams.contains(o.file())) {
        out.add(o);
        continue;
      }
      String[] text =
          lines.computeIfAbsent(
              o.file(),
              f -> {
                String t = store.text(f);
                return t == null ? new String[0] : t.split("\r?\n|\r", -1);
              });
      RenderedObject mapped = origin(o, text);
      if (mapped == o) {
        unmapped++;
        mapped =
            stdinName != null && o.file().equals(io.github.gwdns.core.load.SourceFile.STDIN)
                ? o.inFile(stdinName)
                : o;
      }
      out.add(mapped);
    }
    return out;
  }

  private RenderedObject origin(RenderedObject o, String[] text) {
    int start = o.root().span().startLine();
    int documentStart = 1;
    String template = null;
    for (int line = start - 1; line >= 1 && line <= text.length; line--) {
      String l = text[line - 1];
      if (l.startsWith("---")) {
        documentStart = line + 1;
        break;
      }
      Matcher m = SOURCE.matcher(l);
      if (m.matches() && template == null) {
        template = m.group(1);
      }
    }
    String root = root(o.file());
    String annotation = o.annotation(ORIGIN);
    ManifestMap mapped;
    String file;
    if (annotation != null) {
      Map<String, String> origin = originFields(annotation);
      // A remote base or generator names a file of another repository: there is nothing here to
      // point at.
      if (origin.containsKey("repo")
          || (origin.get("path") == null && origin.get("configuredIn") == null)) {
        return o;
      }
      String path = origin.get("path") != null ? origin.get("path") : origin.get("configuredIn");
      file = RepositoryFiles.join(root, path);
      if (file == null) {
        return o;
      }
      ManifestNode original = origin.get("path") == null ? null : find(file, o);
      // A generated object (a helmCharts or configMapGenerator entry) is at the kustomization that
      // generates it.
      mapped =
          (ManifestMap)
              (original != null
                  ? remap(o.root(), original, original.span())
                  : remap(o.root(), null, new Span(1, 1, 1, 1)));
    } else if (template != null) {
      file = templateFile(root, template);
      String[] templateText = originFiles.isFile(file) ? templateLines(file) : null;
      int end = documentEnd(text, start);
      String[] document =
          java.util.Arrays.copyOfRange(text, documentStart - 1, Math.max(documentStart - 1, end));
      mapped =
          templateText == null
              ? (ManifestMap) shifted(o.root(), documentStart - 1)
              : (ManifestMap)
                  aligned(o.root(), TemplateLines.align(document, templateText), documentStart - 1);
    } else {
      return o;
    }
    return new RenderedObject(
        file,
        o.document(),
        o.item(),
        o.apiVersion(),
        o.kind(),
        mapped,
        o.templateExpression(),
        Map.of(),
        o.namespaceSource(),
        o.namespaceOrigin(),
        o.dataFiles(),
        o.literalVariables(),
        o.chart());
  }

  /**
   * The directory origin paths are relative to: that of the file or directory standard input was
   * named after with --stdin-name (the kustomization {@code kustomize build} was given, or the
   * chart of {@code helm template}), else the repository's root.
   */
  private String root(String stream) {
    String named = stream.equals(io.github.gwdns.core.load.SourceFile.STDIN) ? stdinName : stream;
    if (named == null) {
      return "";
    }
    String path = RepositoryFiles.join("", named);
    return path == null ? "" : originFiles.isDirectory(path) ? path : RepositoryFiles.parent(path);
  }

  /**
   * The repository file of a Helm template {@code chart/templates/x.yaml}: under the chart
   * directory standard input is named after, or as written, relative to the repository's root.
   */
  private String templateFile(String root, String template) {
    int slash = template.indexOf('/');
    if (!root.isEmpty() && slash > 0) {
      String inChart = RepositoryFiles.join(root, template.substring(slash + 1));
      if (inChart != null && originFiles.isFile(inChart)) {
        return inChart;
      }
    }
    String asWritten = RepositoryFiles.join("", template);
    if (asWritten != null && (originFiles.isFile(asWritten) || root.isEmpty())) {
      return asWritten;
    }
    String inChart = slash > 0 ? RepositoryFiles.join(root, template.substring(slash + 1)) : null;
    return inChart != null ? inChart : template;
  }

  /** A template's lines, read once however many documents it renders. */
  private String[] templateLines(String file) {
    return templates.computeIfAbsent(
        file,
        f -> {
          io.github.gwdns.core.load.SourceFile source = originFiles.file(f);
          String text = source == null ? null : loader.readText(source);
          return text == null ? null : text.split("\\r?\\n|\\r", -1);
        });
  }

  /**
   * The first line after the document that starts before {@code line}: the next {@code ---} or the
   * end.
   */
  private static int documentEnd(String[] text, int line) {
    for (int l = line; l <= text.length; l++) {
      if (text[l - 1].startsWith("---")) {
        return l - 1;
      }
    }
    return text.length;
  }

  /** The {@code key: value} lines of an origin annotation, the block scalar kustomize writes. */
  private static Map<String, String> originFields(String annotation) {
    Map<String, String> fields = new java.util.HashMap<>();
    Matcher m = ORIGIN_FIELD.matcher(annotation);
    while (m.find()) {
      fields.putIfAbsent(m.group(1), m.group(2));
    }
    return fields;
  }

  /** The object of {@code file} with {@code o}'s kind and name (as written there), or null. */
  private ManifestNode find(String file, RenderedObject o) {
    if (!originFiles.isFile(file)) {
      return null;
    }
    ManifestLoader.FileResult loaded =
        originals.computeIfAbsent(
            file,
            f -> {
              io.github.gwdns.core.load.SourceFile source = originFiles.file(f);
              return source == null ? null : loader.loadOne(source);
            });
    if (loaded == null) {
      return null;
    }
    LoadedObject byKind = null;
    for (LoadedObject candidate : loaded.objects()) {
      if (!candidate.kind().equals(o.kind())) {
        continue;
      }
      String name =
          candidate.root().get("metadata") instanceof ManifestMap m ? m.text("name") : null;
      if (o.name().equals(name)) {
        return candidate.root();
      }
      byKind = byKind == null ? candidate : byKind;
    }
    // A kustomize namePrefix or nameSuffix renames it: the one object of its kind is it.
    return byKind != null
            && loaded.objects().stream().filter(c -> c.kind().equals(o.kind())).count() == 1
        ? byKind.root()
        : null;
  }

  /**
   * {@code rendered}'s values at the positions of the same fields in {@code original}, else at
   * {@code at}.
   */
  private static ManifestNode remap(ManifestNode rendered, ManifestNode original, Span at) {
    Span here = original == null ? at : original.span();
    if (rendered instanceof ManifestMap map) {
      List<ManifestMap.Entry> entries = new ArrayList<>();
      ManifestMap from = original instanceof ManifestMap m ? m : null;
      for (ManifestMap.Entry e : map.entries()) {
        ManifestMap.Entry same = from == null ? null : from.entry(e.key());
        entries.add(
            new ManifestMap.Entry(
                e.key(),
                same == null ? here.start() : same.keySpan(),
                remap(
                    e.value(),
                    same == null ? null : same.value(),
                    same == null ? here : same.value().span())));
      }
      return new ManifestMap(entries, here);
    }
    if (rendered instanceof ManifestList list) {
      List<ManifestNode> items = new ArrayList<>();
      ManifestList from = original instanceof ManifestList l ? l : null;
      for (int i = 0; i < list.items().size(); i++) {
        ManifestNode same = from != null && i < from.items().size() ? from.items().get(i) : null;
        items.add(remap(list.items().get(i), same, same == null ? here : same.span()));
      }
      return new ManifestList(items, here);
    }
    ManifestScalar s = (ManifestScalar) rendered;
    return new ManifestScalar(s.value(), s.kind(), s.plain(), here);
  }

  /** {@code node} with every line moved up by {@code lines}: positions in its rendered document. */
  private static ManifestNode shifted(ManifestNode node, int lines) {
    if (lines == 0) {
      return node;
    }
    if (node instanceof ManifestMap map) {
      List<ManifestMap.Entry> entries = new ArrayList<>();
      for (ManifestMap.Entry e : map.entries()) {
        entries.add(
            new ManifestMap.Entry(e.key(), shift(e.keySpan(), lines), shifted(e.value(), lines)));
      }
      return new ManifestMap(entries, shift(map.span(), lines));
    }
    if (node instanceof ManifestList list) {
      return new ManifestList(
          list.items().stream().map(i -> shifted(i, lines)).toList(), shift(list.span(), lines));
    }
    ManifestScalar s = (ManifestScalar) node;
    return new ManifestScalar(s.value(), s.kind(), s.plain(), shift(s.span(), lines));
  }

  /**
   * {@code node} placed in a template: each rendered line {@code documentStart + n} at the template
   * line {@code lines[n]}, its column moved by the difference of the two lines' indentations.
   */
  private static ManifestNode aligned(ManifestNode node, TemplateLines lines, int documentStart) {
    if (node instanceof ManifestMap map) {
      List<ManifestMap.Entry> entries = new ArrayList<>();
      for (ManifestMap.Entry e : map.entries()) {
        entries.add(
            new ManifestMap.Entry(
                e.key(),
                lines.place(e.keySpan(), documentStart),
                aligned(e.value(), lines, documentStart)));
      }
      return new ManifestMap(entries, lines.place(map.span(), documentStart));
    }
    if (node instanceof ManifestList list) {
      return new ManifestList(
          list.items().stream().map(i -> aligned(i, lines, documentStart)).toList(),
          lines.place(list.span(), documentStart));
    }
    ManifestScalar s = (ManifestScalar) node;
    return new ManifestScalar(s.value(), s.kind(), s.plain(), lines.place(s.span(), documentStart));
  }

  private static Span shift(Span s, int lines) {
    return new Span(s.startLine() - lines, s.startColumn(), s.endLine() - lines, s.endColumn());
  }
}
