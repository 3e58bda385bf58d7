package io.github.gwdns.core.load;

import io.github.gwdns.core.finding.ManifestProblem;
import io.github.gwdns.core.finding.SourceRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.exceptions.ComposerException;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Parses YAML (and JSON, which is YAML) into {@link ManifestNode} trees with exact positions,
 * straight from SnakeYAML Engine's events (no intermediate node tree); a chunk with a merge key
 * ({@code <<}) goes through SnakeYAML's composer, which flattens merges. This is the only class
 * that sees SnakeYAML types.
 *
 * <p>What it adds to SnakeYAML: documents are parsed one by one so a broken document does not hide
 * the next; duplicate keys are reported (the composer keeps them silently, kubectl and Flux reject
 * them); a nesting depth limit; cycles through aliases are refused; unquoted Helm/Go template
 * expressions are marked. A document with any problem is not returned: it would never reach the
 * cluster.
 */
public final class YamlReader {

  /** The documents that parsed, and the problems of the ones that did not. */
  public record Result(List<ParsedDocument> documents, List<ManifestProblem> problems) {}

  /**
   * The core schema with one scalar resolver for every document: SnakeYAML's CoreSchema builds a
   * new resolver (and its tables) for each composer, that is for each document. The resolver is
   * read-only once built, so threads share it.
   */
  private static final CoreSchema SHARED_CORE_SCHEMA =
      new CoreSchema() {
        private final org.snakeyaml.engine.v2.resolver.ScalarResolver resolver =
            super.getScalarResolver();

        @Override
        public org.snakeyaml.engine.v2.resolver.ScalarResolver getScalarResolver() {
          return resolver;
        }
      };

  private final LoadSettings settings;
  private final LoadLimits limits;

  /**
   * One copy of each short string, across all the files this reader parses: keys and small values
   * (`apiVersion`, `HTTPRoute`, `infra`, `https`) repeat in every object, and SnakeYAML makes a new
   * string for each occurrence; shared, they cost a fraction of the memory. Bounded, so hostile
   * input cannot grow it without end.
   */
  private final java.util.concurrent.ConcurrentHashMap<String, String> strings =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final int SHARED_MAX_LENGTH = 40;
  private static final int SHARED_MAX_STRINGS = 1 << 17;

  private String shared(String value) {
    if (value.length() > SHARED_MAX_LENGTH) {
      return value;
    }
    String known = strings.get(value);
    if (known != null) {
      return known;
    }
    if (strings.size() >= SHARED_MAX_STRINGS) {
      return value;
    }
    known = strings.putIfAbsent(value, value);
    return known == null ? value : known;
  }

  /** Reads with SnakeYAML's composer only: the reference the event builder is tested against. */
  private final boolean composerOnly;

  public YamlReader(LoadLimits limits) {
    this(limits, false);
  }

  /** A reader that always composes with SnakeYAML's composer (tests compare the two paths). */
  static YamlReader composing(LoadLimits limits) {
    return new YamlReader(limits, true);
  }

  private YamlReader(LoadLimits limits, boolean composerOnly) {
    this.composerOnly = composerOnly;
    this.limits = limits;
    this.settings =
        LoadSettings.builder()
            .setUseMarks(true)
            // "billion laughs" guard, enforced by the composer
            .setMaxAliasesForCollections(limits.maxAliasesForCollections())
            .setAllowRecursiveKeys(false)
            .setAllowNonScalarKeys(false)
            .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()))
            // merge keys (<<) are resolved only under the core schema
            .setSchema(SHARED_CORE_SCHEMA)
            .build();
  }

  /** Parses every document of {@code text}; {@code file} only labels positions. */
  public Result read(String file, String text) {
    List<ParsedDocument> documents = new ArrayList<>();
    List<ManifestProblem> problems = new ArrayList<>();
    int index = 0;
    for (DocumentSplitter.Chunk chunk : DocumentSplitter.split(text)) {
      readChunk(file, chunk, index, documents, problems);
      index++;
    }
    return new Result(documents, problems);
  }

  private void readChunk(
      String file,
      DocumentSplitter.Chunk chunk,
      int index,
      List<ParsedDocument> documents,
      List<ManifestProblem> problems) {
    int before = problems.size();
    AliasKeys aliasKeys = new AliasKeys(chunk.text());
    boolean composed = composerOnly;
    while (true) {
      try {
        Parser parser =
            new DepthLimitingParser(
                new ParserImpl(settings, new StreamReader(settings, aliasKeys.text())),
                limits.maxNestingDepth());
        if (composed) {
          // Merge keys: SnakeYAML's composer flattens them; gwdns keeps its order and overrides.
          Composer composer = new Composer(settings, parser);
          while (composer.hasNext()) {
            Node node = composer.next();
            Converter converter = new Converter(file, chunk.lineOffset(), aliasKeys);
            ManifestNode root = converter.convert(node, 1);
            problems.addAll(converter.problems);
            if (converter.problems.isEmpty() && !root.isNull()) {
              documents.add(new ParsedDocument(index, root, converter.templateExpression));
            }
          }
        } else {
          new EventBuilder(file, chunk.lineOffset(), aliasKeys)
              .documents(parser, index, documents, problems);
        }
      } catch (MergeKeyFound e) {
        problems.subList(before, problems.size()).clear();
        documents.removeIf(d -> d.index() == index);
        composed = true;
        continue;
      } catch (DepthLimitingParser.TooDeepException e) {
        problems.add(tooDeep(position(file, chunk, aliasKeys, e.mark())));
      } catch (MarkedYamlEngineException e) {
        if (aliasKeys.separate(e)) {
          // Dropping what the failed attempt yielded, read the chunk again with the alias key
          // split.
          problems.subList(before, problems.size()).clear();
          documents.removeIf(d -> d.index() == index);
          continue;
        }
        problems.add(syntaxProblem(file, chunk, aliasKeys, e));
      } catch (YamlEngineException e) {
        // Thrown without a mark: the alias and code-point limits, and a non-scalar key, which is
        // what
        // an unquoted `key: {{ .Values.x }}` composes to.
        ManifestProblem template = templateProblem(file, chunk);
        problems.add(
            template != null
                ? template
                : String.valueOf(e.getMessage()).startsWith("Non scalar key")
                    ? ManifestProblem.error(
                        SourceRange.at(file, chunk.lineOffset() + 1, 1),
                        "non-scalar-key",
                        "document "
                            + (index + 1)
                            + " uses a mapping or a list as a key (such as `{a: b}: c` or `? [x]: y`);"
                            + " Kubernetes manifests take only strings as keys")
                    : ManifestProblem.error(
                        SourceRange.at(file, chunk.lineOffset() + 1, 1),
                        "yaml-limit",
                        "document " + (index + 1) + " cannot be read: " + oneLine(e.getMessage())));
      } catch (StackOverflowError e) {
        problems.add(tooDeep(SourceRange.at(file, chunk.lineOffset() + 1, 1)));
      }
      break;
    }
    if (problems.size() > before && documents.size() > 0) {
      // A document of this chunk parsed before the error: drop it, the chunk is one document.
      ParsedDocument last = documents.get(documents.size() - 1);
      if (last.index() == index) {
        documents.remove(documents.size() - 1);
      }
    }
  }

  /**
   * An alias used as a mapping key, {@code *app:}, as go-yaml reads it (and so Flux and kubectl):
   * go-yaml ends an alias name at the first character that is not a letter, digit, {@code _} or
   * {@code -}, while YAML 1.2 (and SnakeYAML) let the name run on to include the colon, so the
   * alias {@code app:} is undefined. When that is the error, a space is put before the colon and
   * the chunk is read again; positions are mapped back to the text as written.
   */
  static final class AliasKeys {
    private static final int MAX_ATTEMPTS = 1000;
    private String text;

    /**
     * Per 0-based line of the chunk, the 0-based columns (in the rewritten text) of inserted
     * spaces.
     */
    private final Map<Integer, List<Integer>> inserted = new HashMap<>();

    private int attempts;

    AliasKeys(String text) {
      this.text = text;
    }

    String text() {
      return text;
    }

    /**
     * Splits the alias key the error is about and returns true, or returns false when it is another
     * error.
     */
    boolean separate(MarkedYamlEngineException e) {
      String problem = e.getProblem();
      if (problem == null
          || !problem.startsWith("found undefined alias ")
          || !problem.endsWith(":")
          || e.getProblemMark().isEmpty()
          || ++attempts > MAX_ATTEMPTS) {
        return false;
      }
      String name = problem.substring("found undefined alias ".length(), problem.length() - 1);
      if (name.isEmpty()
          || !name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
        return false;
      }
      Mark mark = e.getProblemMark().get();
      int at = offset(mark.getLine(), mark.getColumn());
      String alias = "*" + name + ":";
      if (at < 0 || !text.startsWith(alias, at)) {
        return false;
      }
      int colon = at + alias.length() - 1;
      text = text.substring(0, colon) + " " + text.substring(colon);
      inserted
          .computeIfAbsent(mark.getLine(), l -> new ArrayList<>())
          .add(mark.getColumn() + alias.length() - 1);
      return true;
    }

    /** The column as written of a 0-based column of the rewritten text. */
    int column(int line, int column) {
      List<Integer> spaces = inserted.get(line);
      if (spaces == null) {
        return column;
      }
      int shift = 0;
      for (int space : spaces) {
        if (space < column) {
          shift++;
        }
      }
      return column - shift;
    }

    /** The offset in the text of a 0-based line and column (code points, as marks count). */
    private int offset(int line, int column) {
      int pos = 0;
      for (int l = 0; l < line; l++) {
        int lf = text.indexOf('\n', pos);
        int cr = text.indexOf('\r', pos);
        int end = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
        if (end < 0) {
          return -1;
        }
        pos = end + (text.startsWith("\r\n", end) ? 2 : 1);
      }
      return column < 0 || pos > text.length()
          ? -1
          : text.offsetByCodePoints(pos, Math.min(column, text.codePointCount(pos, text.length())));
    }
  }

  private ManifestProblem tooDeep(SourceRange at) {
    return ManifestProblem.error(
        at,
        "nesting-depth",
        "document nests deeper than "
            + limits.maxNestingDepth()
            + " levels; no Kubernetes object does");
  }

  private static ManifestProblem syntaxProblem(
      String file, DocumentSplitter.Chunk chunk, AliasKeys aliasKeys, MarkedYamlEngineException e) {
    SourceRange at =
        position(
            file,
            chunk,
            aliasKeys,
            e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark());
    ManifestProblem template = templateProblem(file, chunk);
    if (template != null) {
      return template;
    }
    StringBuilder message =
        new StringBuilder("YAML syntax error: ").append(oneLine(e.getProblem()));
    if (e.getContext() != null && !e.getContext().isBlank()) {
      message.append(" (").append(oneLine(e.getContext()));
      e.getContextMark()
          .ifPresent(m -> message.append(" at line ").append(m.getLine() + 1 + chunk.lineOffset()));
      message.append(')');
    }
    return ManifestProblem.error(at, "yaml-syntax", message.toString());
  }

  /**
   * The problem of a chunk that fails because a line holds an unquoted {@code {{ ... }}}, or null.
   */
  private static ManifestProblem templateProblem(String file, DocumentSplitter.Chunk chunk) {
    int templateLine = TemplateSyntax.firstTemplateLine(chunk.text());
    if (templateLine < 0) {
      return null;
    }
    int line = chunk.lineOffset() + templateLine + 1;
    return ManifestProblem.error(
        SourceRange.at(file, line, 1),
        "unrendered-template",
        "line "
            + line
            + " holds a Helm/Go template expression ({{ ... }}), which is not YAML: render the chart"
            + " first and analyze its output, e.g. `helm template ... | gwdns check -`");
  }

  private static SourceRange position(
      String file, DocumentSplitter.Chunk chunk, AliasKeys aliasKeys, Optional<Mark> mark) {
    return mark.map(
            m ->
                SourceRange.at(
                    file,
                    m.getLine() + 1 + chunk.lineOffset(),
                    aliasKeys.column(m.getLine(), m.getColumn()) + 1))
        .orElse(SourceRange.at(file, chunk.lineOffset() + 1, 1));
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  /** A merge key ({@code <<}) in the chunk: it is read again with SnakeYAML's composer. */
  private static final class MergeKeyFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MergeKeyFound() {
      super(null, null, false, false);
    }
  }

  /**
   * Builds {@link ManifestNode}s straight from SnakeYAML's events, without its node tree: the same
   * trees, positions and problems as the composer and {@link Converter} give (anchors and aliases,
   * the alias limit, scalar keys only, tag resolution, duplicate keys, the depth limit, recursive
   * aliases), for a fraction of the work. A merge key throws {@link MergeKeyFound}.
   */
  private final class EventBuilder {
    private final String file;
    private final int lineOffset;
    private final AliasKeys aliasKeys;
    private final org.snakeyaml.engine.v2.resolver.ScalarResolver resolver =
        settings.getSchema().getScalarResolver();
    private final Map<org.snakeyaml.engine.v2.common.Anchor, ManifestNode> anchors =
        new HashMap<>();
    private final java.util.Set<org.snakeyaml.engine.v2.common.Anchor> inProgress =
        new java.util.HashSet<>();
    private final java.util.Set<org.snakeyaml.engine.v2.common.Anchor> recursive =
        new java.util.HashSet<>();
    private List<ManifestProblem> problems;
    private ManifestScalar templateExpression;
    private int collectionAliases;
    private Parser parser;

    EventBuilder(String file, int lineOffset, AliasKeys aliasKeys) {
      this.file = file;
      this.lineOffset = lineOffset;
      this.aliasKeys = aliasKeys;
    }

    void documents(
        Parser parser, int index, List<ParsedDocument> documents, List<ManifestProblem> all) {
      this.parser = parser;
      parser.next(); // stream start
      while (!parser.checkEvent(Event.ID.StreamEnd)) {
        parser.next(); // document start
        problems = new ArrayList<>();
        templateExpression = null;
        ManifestNode root = node(1);
        parser.next(); // document end
        all.addAll(problems);
        if (problems.isEmpty() && !root.isNull()) {
          documents.add(new ParsedDocument(index, root, templateExpression));
        }
        anchors.clear();
        inProgress.clear();
        recursive.clear();
        collectionAliases = 0;
      }
    }

    private ManifestNode node(int depth) {
      Event event = parser.next();
      if (event instanceof AliasEvent alias) {
        ManifestNode node = anchors.get(alias.getAlias());
        if (node == null) {
          if (inProgress.contains(alias.getAlias())) {
            // Reported at the node that contains it, once it ends, as the converter reports it.
            recursive.add(alias.getAlias());
            return nullAt(span(event));
          }
          throw new ComposerException(
              "found undefined alias " + alias.getAlias(), event.getStartMark());
        }
        if (!(node instanceof ManifestScalar)
            && ++collectionAliases > settings.getMaxAliasesForCollections()) {
          throw new YamlEngineException(
              "Number of aliases for non-scalar nodes exceeds the specified max="
                  + settings.getMaxAliasesForCollections());
        }
        return node;
      }
      Optional<org.snakeyaml.engine.v2.common.Anchor> anchor = ((NodeEvent) event).getAnchor();
      ManifestNode node;
      if (event instanceof ScalarEvent scalar) {
        node = scalar(scalar, depth);
      } else if (depth > limits.maxNestingDepth()) {
        // As the converter does: one problem for the whole subtree, which is not read.
        Span span = span(event);
        for (int open = 1; open > 0; ) {
          Event next = parser.next();
          if (next instanceof MappingStartEvent || next instanceof SequenceStartEvent) {
            open++;
          } else if (next.getEventId() == Event.ID.MappingEnd
              || next.getEventId() == Event.ID.SequenceEnd) {
            open--;
            if (open == 0) {
              span = span.to(span(next));
            }
          }
        }
        problems.add(tooDeep(span.in(file)));
        node = nullAt(span);
      } else {
        anchor.ifPresent(inProgress::add);
        node =
            event instanceof MappingStartEvent m
                ? mapping(m, depth)
                : sequence((SequenceStartEvent) event, depth);
        anchor.ifPresent(inProgress::remove);
        if (anchor.isPresent() && recursive.remove(anchor.get())) {
          problems.add(recursiveAlias(file, rawSpan));
        }
      }
      anchor.ifPresent(a -> anchors.put(a, node));
      return node;
    }

    private ManifestNode scalar(ScalarEvent event, int depth) {
      Span span = span(event);
      if (depth > limits.maxNestingDepth()) {
        problems.add(tooDeep(span.in(file)));
        return nullAt(span);
      }
      boolean plain = event.getScalarStyle() == ScalarStyle.PLAIN;
      lastTag = tag(event);
      ManifestScalar scalar =
          new ManifestScalar(shared(event.getValue()), kindOf(lastTag), plain, span);
      if (plain
          && templateExpression == null
          && TemplateSyntax.containsExpression(event.getValue())) {
        templateExpression = scalar;
      }
      return scalar;
    }

    private Tag tag(ScalarEvent event) {
      Optional<String> tag = event.getTag();
      return tag.isEmpty() || tag.get().equals("!")
          ? resolver.resolve(event.getValue(), event.getImplicit().canOmitTagInPlainScalar())
          : new Tag(tag.get());
    }

    private ManifestNode sequence(SequenceStartEvent start, int depth) {
      Span span = span(start);
      List<ManifestNode> items = new ArrayList<>();
      while (!parser.checkEvent(Event.ID.SequenceEnd)) {
        items.add(node(depth + 1));
      }
      span = span.to(span(parser.next()));
      rawSpan = span;
      if (start.getFlowStyle() == FlowStyle.BLOCK && !items.isEmpty()) {
        span = span.to(items.get(items.size() - 1).span());
      }
      return new ManifestList(items, span);
    }

    private ManifestNode mapping(MappingStartEvent start, int depth) {
      Span span = span(start);
      List<ManifestMap.Entry> entries = new ArrayList<>();
      Map<String, Span> seen = null;
      while (!parser.checkEvent(Event.ID.MappingEnd)) {
        lastTag = null;
        ManifestNode keyNode = node(depth + 1);
        if (!(keyNode instanceof ManifestScalar keyScalar)) {
          throw new YamlEngineException(
              "Non scalar key is detected but it is not configured to be allowed.");
        }
        if (Tag.MERGE.equals(lastTag)) {
          throw new MergeKeyFound();
        }
        String key = keyScalar.value();
        Span keySpan = keyScalar.span();
        if (seen == null && entries.size() >= 8) {
          seen = new HashMap<>();
          for (ManifestMap.Entry e : entries) {
            seen.putIfAbsent(e.key(), e.keySpan());
          }
        }
        Span first = seen != null ? seen.putIfAbsent(key, keySpan) : firstKey(entries, key);
        if (first != null) {
          problems.add(duplicateKey(file, keySpan, key, first));
        }
        entries.add(new ManifestMap.Entry(shared(key), keySpan, node(depth + 1)));
      }
      span = span.to(span(parser.next()));
      rawSpan = span;
      if (start.getFlowStyle() == FlowStyle.BLOCK && !entries.isEmpty()) {
        span = span.to(entries.get(entries.size() - 1).value().span());
      }
      return new ManifestMap(entries, span);
    }

    /** The span of the last collection read, from its start to its end event (not extended). */
    private Span rawSpan;

    /** The tag of the last scalar read: a key's tells a merge key. */
    private Tag lastTag;

    private Span span(Event event) {
      return YamlReader.span(event.getStartMark(), event.getEndMark(), lineOffset, aliasKeys);
    }
  }

  /** The span between two marks of a chunk, in the file's lines and the columns as written. */
  private static Span span(
      Optional<Mark> startMark, Optional<Mark> endMark, int lineOffset, AliasKeys aliasKeys) {
    Mark start = startMark.orElse(null);
    Mark end = endMark.orElse(start);
    if (start == null) {
      return new Span(lineOffset + 1, 1, lineOffset + 1, 1);
    }
    return new Span(
        start.getLine() + 1 + lineOffset,
        aliasKeys.column(start.getLine(), start.getColumn()) + 1,
        end.getLine() + 1 + lineOffset,
        aliasKeys.column(end.getLine(), end.getColumn()) + 1);
  }

  private static ManifestProblem duplicateKey(String file, Span keySpan, String key, Span first) {
    return ManifestProblem.error(
        keySpan.in(file),
        "duplicate-key",
        "duplicate key `"
            + key
            + "` (first at line "
            + first.startLine()
            + "): kubectl and Flux reject the whole document; keep one of them");
  }

  private static ManifestProblem recursiveAlias(String file, Span span) {
    return ManifestProblem.error(
        span.in(file),
        "recursive-alias",
        "an alias refers to a node that contains it; Kubernetes manifests cannot be recursive");
  }

  /** The span of {@code key} among {@code entries}: a scan beats hashing for small mappings. */
  private static Span firstKey(List<ManifestMap.Entry> entries, String key) {
    for (ManifestMap.Entry e : entries) {
      if (e.key().equals(key)) {
        return e.keySpan();
      }
    }
    return null;
  }

  /** Turns one composed document into {@link ManifestNode}s, collecting its problems. */
  private final class Converter {
    private final String file;
    private final int lineOffset;
    private final AliasKeys aliasKeys;
    private final List<ManifestProblem> problems = new ArrayList<>();
    // Aliases share nodes: convert each once, so alias chains cannot expand exponentially.
    private final Map<Node, ManifestNode> converted = new IdentityHashMap<>();
    private final Map<Node, Boolean> inProgress = new IdentityHashMap<>();
    private ManifestScalar templateExpression;

    Converter(String file, int lineOffset, AliasKeys aliasKeys) {
      this.file = file;
      this.lineOffset = lineOffset;
      this.aliasKeys = aliasKeys;
    }

    ManifestNode convert(Node node, int depth) {
      // Only anchored nodes can be reached twice (through aliases): memoize those alone, which
      // keeps the common, alias-free document free of per-node map operations.
      boolean anchored = node.getAnchor().isPresent();
      ManifestNode done = anchored ? converted.get(node) : null;
      if (done != null) {
        return done;
      }
      Span span = span(node);
      if (depth > limits.maxNestingDepth()) {
        problems.add(tooDeep(span.in(file)));
        return nullAt(span);
      }
      if (anchored && inProgress.put(node, Boolean.TRUE) != null) {
        problems.add(recursiveAlias(file, span));
        return nullAt(span);
      }
      ManifestNode result =
          switch (node.getNodeType()) {
            case SCALAR -> scalar((ScalarNode) node, span);
            case SEQUENCE -> sequence((SequenceNode) node, span, depth);
            case MAPPING -> mapping((MappingNode) node, span, depth);
            default -> nullAt(span);
          };
      if (anchored) {
        inProgress.remove(node);
        converted.put(node, result);
      }
      return result;
    }

    private ManifestNode scalar(ScalarNode node, Span span) {
      boolean plain = node.getScalarStyle() == ScalarStyle.PLAIN;
      ManifestScalar scalar =
          new ManifestScalar(shared(node.getValue()), kindOf(node), plain, span);
      if (plain
          && templateExpression == null
          && TemplateSyntax.containsExpression(node.getValue())) {
        templateExpression = scalar;
      }
      return scalar;
    }

    private ManifestNode sequence(SequenceNode node, Span span, int depth) {
      List<ManifestNode> items = new ArrayList<>(node.getValue().size());
      for (Node child : node.getValue()) {
        items.add(convert(child, depth + 1));
      }
      if (node.getFlowStyle() == FlowStyle.BLOCK && !items.isEmpty()) {
        span = span.to(items.get(items.size() - 1).span());
      }
      return new ManifestList(items, span);
    }

    private ManifestNode mapping(MappingNode node, Span span, int depth) {
      List<ManifestMap.Entry> entries = new ArrayList<>(node.getValue().size());
      Map<String, Span> seen = node.getValue().size() > 8 ? new HashMap<>() : null;
      for (NodeTuple tuple : node.getValue()) {
        Node keyNode = tuple.getKeyNode();
        Span keySpan = span(keyNode);
        String key = keyNode instanceof ScalarNode s ? s.getValue() : "";
        Span first = seen != null ? seen.putIfAbsent(key, keySpan) : firstKey(entries, key);
        if (first != null) {
          problems.add(duplicateKey(file, keySpan, key, first));
        }
        entries.add(
            new ManifestMap.Entry(shared(key), keySpan, convert(tuple.getValueNode(), depth + 1)));
      }
      if (node.getFlowStyle() == FlowStyle.BLOCK && !entries.isEmpty()) {
        span = span.to(entries.get(entries.size() - 1).value().span());
      }
      return new ManifestMap(entries, span);
    }

    private Span span(Node node) {
      return YamlReader.span(node.getStartMark(), node.getEndMark(), lineOffset, aliasKeys);
    }
  }

  private static ManifestScalar nullAt(Span span) {
    return new ManifestScalar("", ScalarKind.NULL, true, span);
  }

  private static ScalarKind kindOf(ScalarNode node) {
    return kindOf(node.getTag());
  }

  private static ScalarKind kindOf(Tag tag) {
    if (Tag.INT.equals(tag)) {
      return ScalarKind.INTEGER;
    } else if (Tag.FLOAT.equals(tag)) {
      return ScalarKind.FLOAT;
    } else if (Tag.BOOL.equals(tag)) {
      return ScalarKind.BOOLEAN;
    } else if (Tag.NULL.equals(tag)) {
      return ScalarKind.NULL;
    }
    return ScalarKind.STRING;
  }
}
