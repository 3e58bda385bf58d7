package io.github.gwdns.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.finding.ManifestProblem;
import io.github.gwdns.core.finding.SourceRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlReaderTest {
  private final YamlReader reader = new YamlReader(LoadLimits.DEFAULTS);

  private YamlReader.Result read(String text) {
    return reader.read("f.yaml", text);
  }

  private static ManifestMap map(ManifestNode node) {
    return (ManifestMap) node;
  }

  @Test
  void positionsOfFieldsAndListEntriesAreExactAndOneBased() {
    YamlReader.Result result =
        read(
            """
            apiVersion: v1
            kind: X
            spec:
              parentRefs:
              - name: a
              -   name: b
                  namespace: infra
            """);
    assertThat(result.problems()).isEmpty();
    ManifestMap root = map(result.documents().get(0).root());
    assertThat(root.span()).isEqualTo(new Span(1, 1, 7, 23));
    ManifestList refs = (ManifestList) map(root.get("spec")).get("parentRefs");
    assertThat(refs.span().startLine()).isEqualTo(5);
    assertThat(refs.items().get(0).span()).isEqualTo(new Span(5, 5, 5, 12));
    ManifestMap second = map(refs.items().get(1));
    assertThat(second.span().startLine()).isEqualTo(6);
    assertThat(second.span().startColumn()).isEqualTo(7);
    ManifestMap.Entry ns = second.entry("namespace");
    assertThat(ns.keySpan()).isEqualTo(new Span(7, 7, 7, 16));
    assertThat(ns.value().span()).isEqualTo(new Span(7, 18, 7, 23));
  }

  @Test
  void anAliasUsedAsAKeyEndsAtTheColonAsGoYamlReadsIt() {
    // go-yaml (Flux, kubectl) reads `*app:` as the alias `app` and a colon; YAML 1.2 would read
    // the alias `app:`, which is undefined.
    YamlReader.Result result =
        read(
            """
            metadata:
              name: &app atuin
            spec:
              controllers:
                *app:
                  image: x
                other: {*app: y, z: *app}
            """);
    assertThat(result.problems()).isEmpty();
    ManifestMap controllers =
        map(map(map(result.documents().get(0).root()).get("spec")).get("controllers"));
    ManifestMap.Entry app = controllers.entries().get(0);
    assertThat(app.key()).isEqualTo("atuin");
    // An alias shares its anchor's node, and so its position.
    assertThat(app.keySpan()).isEqualTo(new Span(2, 9, 2, 19));
    assertThat(map(app.value()).get("image").span()).isEqualTo(new Span(6, 14, 6, 15));
    ManifestMap other = map(controllers.get("other"));
    assertThat(other.get("atuin").span()).isEqualTo(new Span(7, 19, 7, 20));
    assertThat(((ManifestScalar) other.get("z")).value()).isEqualTo("atuin");
  }

  @Test
  void anUndefinedAliasIsStillAnErrorAtItsPosition() {
    YamlReader.Result result = read("a: &x 1\nb:\n  *y: 2\n");
    assertThat(result.documents()).isEmpty();
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.message()).contains("undefined alias y");
              assertThat(p.range()).isEqualTo(SourceRange.at("f.yaml", 3, 3));
            });
  }

  @Test
  void redefinedAnchorsTakeTheirLatestValueAsGoYamlDoes() {
    YamlReader.Result result = read("a: &p 1\nb: *p\nc: &p 2\nd: *p\n");
    assertThat(result.problems()).isEmpty();
    ManifestMap root = map(result.documents().get(0).root());
    assertThat(((ManifestScalar) root.get("b")).value()).isEqualTo("1");
    assertThat(((ManifestScalar) root.get("d")).value()).isEqualTo("2");
  }

  @Test
  void documentsOfAMultiDocumentStreamKeepTheirOwnLines() {
    YamlReader.Result result = read("a: 1\n---\n# comment\nb: 2\n---\n\n---\nc:\n  d: x\n");
    assertThat(result.problems()).isEmpty();
    assertThat(result.documents()).extracting(ParsedDocument::index).containsExactly(0, 1, 3);
    ManifestNode d = map(map(result.documents().get(2).root()).get("c")).get("d");
    assertThat(d.span()).isEqualTo(new Span(9, 6, 9, 7));
  }

  @Test
  void aBrokenDocumentIsReportedAndTheOthersStillLoad() {
    YamlReader.Result result = read("a: 1\n---\nb: [1, 2\nc: 3\n---\nd: 4\n");
    assertThat(result.documents()).extracting(ParsedDocument::index).containsExactly(0, 2);
    assertThat(result.problems()).hasSize(1);
    ManifestProblem problem = result.problems().get(0);
    assertThat(problem.code()).isEqualTo("yaml-syntax");
    assertThat(problem.range().startLine()).isBetween(3, 5);
    assertThat(problem.message()).startsWith("YAML syntax error:");
  }

  @Test
  void crlfAndLoneCrLineBreaksCountAsOneLine() {
    YamlReader.Result result = read("a: 1\r\n---\r\nb:\r\n  c: x\rd: y\n");
    ManifestMap second = map(result.documents().get(1).root());
    assertThat(map(second.get("b")).get("c").span()).isEqualTo(new Span(4, 6, 4, 7));
    assertThat(second.entry("d").keySpan().startLine()).isEqualTo(5);
  }

  @Test
  void jsonIsReadWithPositionsEvenWithTabs() {
    YamlReader.Result result =
        read(
            "{\n\t\"kind\": \"Gateway\",\n\t\"spec\": {\"listeners\": [\n\t\t{\"port\": 80}]}\n}\n");
    assertThat(result.problems()).isEmpty();
    ManifestMap root = map(result.documents().get(0).root());
    ManifestList listeners = (ManifestList) map(root.get("spec")).get("listeners");
    ManifestScalar port = (ManifestScalar) map(listeners.items().get(0)).get("port");
    assertThat(port.kind()).isEqualTo(ScalarKind.INTEGER);
    assertThat(port.span()).isEqualTo(new Span(4, 12, 4, 14));
  }

  @Test
  void scalarsResolveWithTheCoreSchema() {
    ManifestMap root =
        map(read("a: '80'\nb: 80\nc: true\nd: 1.5\ne:\nf: yes\n").documents().get(0).root());
    assertThat(((ManifestScalar) root.get("a")).kind()).isEqualTo(ScalarKind.STRING);
    assertThat(((ManifestScalar) root.get("a")).plain()).isFalse();
    assertThat(((ManifestScalar) root.get("b")).kind()).isEqualTo(ScalarKind.INTEGER);
    assertThat(((ManifestScalar) root.get("c")).kind()).isEqualTo(ScalarKind.BOOLEAN);
    assertThat(((ManifestScalar) root.get("d")).kind()).isEqualTo(ScalarKind.FLOAT);
    assertThat(root.get("e").isNull()).isTrue();
    assertThat(((ManifestScalar) root.get("f")).kind()).isEqualTo(ScalarKind.STRING);
  }

  @Test
  void duplicateKeysAreReportedAtTheRepeatedKeyAndTheDocumentIsDropped() {
    YamlReader.Result result = read("a: 1\n---\nmetadata:\n  name: x\n  name: y\n");
    assertThat(result.documents()).extracting(ParsedDocument::index).containsExactly(0);
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("duplicate-key");
              assertThat(p.range()).isEqualTo(new SourceRange("f.yaml", 5, 3, 5, 7));
              assertThat(p.message()).contains("`name`").contains("first at line 4");
            });
  }

  @Test
  void mergeKeysOverrideWithoutCountingAsDuplicates() {
    YamlReader.Result result = read("base: &b {a: 1, c: 3}\nx:\n  <<: *b\n  a: 2\n");
    assertThat(result.problems()).isEmpty();
    ManifestMap x = map(map(result.documents().get(0).root()).get("x"));
    assertThat(x.text("a")).isEqualTo("2");
    assertThat(x.text("c")).isEqualTo("3");
  }

  @Test
  void aliasBombIsRefused() {
    StringBuilder text = new StringBuilder("a0: &a0 [x, x]\n");
    for (int i = 1; i < 40; i++) {
      text.append("a")
          .append(i)
          .append(": &a")
          .append(i)
          .append(" [*a")
          .append(i - 1)
          .append(", *a")
          .append(i - 1)
          .append("]\n");
    }
    YamlReader.Result result = read(text.toString());
    assertThat(result.documents()).isEmpty();
    assertThat(result.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.code()).isEqualTo("yaml-limit"));
  }

  @Test
  void aliasesWithinTheLimitAreSharedNotExpanded() {
    StringBuilder text = new StringBuilder("a0: &a0 [x, x]\n");
    for (int i = 1; i <= 20; i++) {
      text.append("a")
          .append(i)
          .append(": &a")
          .append(i)
          .append(" [*a")
          .append(i - 1)
          .append(", *a")
          .append(i - 1)
          .append("]\n");
    }
    YamlReader.Result result =
        new YamlReader(new LoadLimits(1 << 20, 200, 100)).read("f.yaml", text.toString());
    assertThat(result.problems()).isEmpty();
    ManifestMap root = map(result.documents().get(0).root());
    ManifestList a20 = (ManifestList) root.get("a20");
    assertThat(a20.items().get(0)).isSameAs(a20.items().get(1));
  }

  @Test
  void recursiveAliasIsRefused() {
    YamlReader.Result result = read("a: &x [*x]\n");
    assertThat(result.documents()).isEmpty();
    assertThat(result.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.code()).isEqualTo("recursive-alias"));
  }

  @Test
  void deepNestingIsRefusedWithoutOverflowingTheStack() {
    String deep = "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n---\nb: 1\n";
    YamlReader.Result result = read(deep);
    assertThat(result.documents()).extracting(ParsedDocument::index).containsExactly(1);
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("nesting-depth");
              assertThat(p.range().startLine()).isEqualTo(1);
            });
  }

  @Test
  void helmTemplateFileIsReportedAsUnrendered() {
    YamlReader.Result result =
        read(
            "apiVersion: v1\nkind: Gateway\n---\n{{- if .Values.enabled }}\napiVersion: x\nkind: Y\n{{- end }}\n");
    assertThat(result.documents()).hasSize(1);
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("unrendered-template");
              assertThat(p.range().startLine()).isEqualTo(4);
              assertThat(p.message()).contains("helm template");
            });
  }

  @Test
  void helmValueExpressionsAreReportedAsUnrenderedAtTheirLine() {
    // `key: {{ .x }}` composes to a mapping used as a key, which SnakeYAML refuses without a mark.
    for (String line :
        List.of(
            "  namespace: {{ .Release.Namespace }}",
            "  name: {{ include \"app.name\" . }}",
            "  name: {{ .Release.Name }}-web",
            "  - {{ .Values.host }}")) {
      YamlReader.Result result =
          read("a: 1\n---\napiVersion: v1\nkind: X\nmetadata:\n" + line + "\n---\nb: 2\n");
      assertThat(result.documents())
          .extracting(ParsedDocument::index)
          .as(line)
          .containsExactly(0, 2);
      assertThat(result.problems())
          .as(line)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.code()).isEqualTo("unrendered-template");
                assertThat(p.range().startLine()).isEqualTo(6);
                assertThat(p.message()).contains("helm template");
              });
    }
  }

  @Test
  void aMappingUsedAsAKeyIsSaidSo() {
    YamlReader.Result result = read("a: 1\n---\n? [x, y]\n: z\n");
    assertThat(result.documents()).extracting(ParsedDocument::index).containsExactly(0);
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("non-scalar-key");
              assertThat(p.range().startLine())
                  .as("the document's start, its --- line")
                  .isEqualTo(2);
              assertThat(p.message())
                  .isEqualTo(
                      "document 2 uses a mapping or a list as a key (such as `{a: b}: c` or `? [x]: y`);"
                          + " Kubernetes manifests take only strings as keys");
            });
  }

  @Test
  void unquotedTemplateExpressionIsMarkedOnTheDocument() {
    YamlReader.Result result = read("a: x\nb: foo-{{ .Values.host }}\nc: '{{ quoted }}'\n");
    assertThat(result.problems()).isEmpty();
    ManifestScalar marked = result.documents().get(0).templateExpression();
    assertThat(marked.value()).isEqualTo("foo-{{ .Values.host }}");
    assertThat(marked.span().startLine()).isEqualTo(2);
  }

  @Test
  void directivesBelongToTheDocumentThatFollows() {
    YamlReader.Result result = read("%YAML 1.2\n---\na: 1\n");
    assertThat(result.problems()).isEmpty();
    assertThat(result.documents()).hasSize(1);
    assertThat(map(result.documents().get(0).root()).entry("a").keySpan().startLine()).isEqualTo(3);
  }

  @Test
  void emptyStreamsHaveNoDocuments() {
    assertThat(read("").documents()).isEmpty();
    assertThat(read("# only a comment\n").documents()).isEmpty();
    assertThat(read("---\n---\n").documents()).isEmpty();
    assertThat(read("---\n---\n").problems()).isEmpty();
  }

  @Test
  void blockCollectionsEndAtTheirLastValueNotOnTheNextLine() {
    ManifestMap root = map(read("a:\n  b: 1\n  c: [2]\n\nd: 3\n").documents().get(0).root());
    assertThat(root.get("a").span()).isEqualTo(new Span(2, 3, 3, 9));
    assertThat(List.of(root.span().endLine(), root.span().endColumn())).containsExactly(5, 5);
  }
}
