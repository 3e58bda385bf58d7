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
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Parses YAML (and JSON, which is YAML) into {@link ManifestNode} trees with exact positions, using
 * SnakeYAML Engine's composer. This is the only class that sees SnakeYAML types.
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

  public YamlReader(LoadLimits limits) {
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
    while (true) {
      try {
        Composer composer =
            new Composer(
                settings,
                new DepthLimitingParser(
                    new ParserImpl(settings, new StreamReader(settings, aliasKeys.text())),
                    limits.maxNestingDepth()));
        while (composer.hasNext()) {
          Node node = composer.next();
          Converter converter = new Converter(file, chunk.lineOffset(), aliasKeys);
          ManifestNode root = converter.convert(node, 1);
          problems.addAll(converter.problems);
          if (converter.problems.isEmpty() && !root.isNull()) {
            documents.add(new ParsedDocument(index, root, converter.templateExpression));
          }
        }
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
        problems.add(
            ManifestProblem.error(
                span.in(file),
                "recursive-alias",
                "an alias refers to a node that contains it; Kubernetes manifests cannot be recursive"));
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
          problems.add(
              ManifestProblem.error(
                  keySpan.in(file),
                  "duplicate-key",
                  "duplicate key `"
                      + key
                      + "` (first at line "
                      + first.startLine()
                      + "): kubectl and Flux reject the whole document; keep one of them"));
        }
        entries.add(
            new ManifestMap.Entry(shared(key), keySpan, convert(tuple.getValueNode(), depth + 1)));
      }
      if (node.getFlowStyle() == FlowStyle.BLOCK && !entries.isEmpty()) {
        span = span.to(entries.get(entries.size() - 1).value().span());
      }
      return new ManifestMap(entries, span);
    }

    /**
     * The span of {@code key} among the entries so far: a scan beats hashing for small mappings.
     */
    private Span firstKey(List<ManifestMap.Entry> entries, String key) {
      for (ManifestMap.Entry e : entries) {
        if (e.key().equals(key)) {
          return e.keySpan();
        }
      }
      return null;
    }

    private Span span(Node node) {
      Mark start = node.getStartMark().orElse(null);
      Mark end = node.getEndMark().orElse(start);
      if (start == null) {
        return new Span(lineOffset + 1, 1, lineOffset + 1, 1);
      }
      return new Span(
          start.getLine() + 1 + lineOffset,
          aliasKeys.column(start.getLine(), start.getColumn()) + 1,
          end.getLine() + 1 + lineOffset,
          aliasKeys.column(end.getLine(), end.getColumn()) + 1);
    }
  }

  private static ManifestScalar nullAt(Span span) {
    return new ManifestScalar("", ScalarKind.NULL, true, span);
  }

  private static ScalarKind kindOf(ScalarNode node) {
    Tag tag = node.getTag();
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
