package io.github.gwdns.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.finding.ManifestProblem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestLoaderTest {
  private final ManifestLoader loader = new ManifestLoader(LoadLimits.DEFAULTS);

  private ManifestLoader.Result load(String text) {
    return loader.load(List.of(SourceFile.ofText("f.yaml", text)));
  }

  @Test
  void listItemsAreObjectsWithTheirOwnPositions() {
    ManifestLoader.Result result =
        load(
            """
            apiVersion: v1
            kind: List
            items:
            - apiVersion: gateway.networking.k8s.io/v1
              kind: HTTPRoute
              metadata: {name: a}
            - apiVersion: v1
              kind: Namespace
              metadata: {name: b}
            """);
    assertThat(result.problems()).isEmpty();
    assertThat(result.objects())
        .extracting(LoadedObject::kind)
        .containsExactly("HTTPRoute", "Namespace");
    LoadedObject second = result.objects().get(1);
    assertThat(second.item()).isEqualTo(1);
    assertThat(second.root().span().startLine()).isEqualTo(7);
    assertThat(second.root().span().startColumn()).isEqualTo(3);
  }

  @Test
  void typedListItemsInheritApiVersionAndKind() {
    ManifestLoader.Result result =
        load(
            """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRouteList
            items:
            - metadata: {name: a}
            """);
    assertThat(result.objects())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.kind()).isEqualTo("HTTPRoute");
              assertThat(o.apiVersion()).isEqualTo("gateway.networking.k8s.io/v1");
            });
  }

  @Test
  void plainListItemsWithoutKindAreReported() {
    ManifestLoader.Result result =
        load("apiVersion: v1\nkind: List\nitems:\n- metadata: {name: a}\n- 3\n");
    assertThat(result.objects()).isEmpty();
    assertThat(result.problems())
        .extracting(ManifestProblem::code)
        .containsExactly("missing-type", "wrong-type");
    assertThat(result.problems()).extracting(p -> p.range().startLine()).containsExactly(4, 5);
  }

  @Test
  void nonKubernetesYamlIsSkippedQuietlyAndCounted() {
    ManifestLoader.Result result =
        load("replicas: 3\n---\n- a\n- b\n---\napiVersion: v1\nkind: Namespace\n");
    assertThat(result.problems()).isEmpty();
    assertThat(result.objects()).hasSize(1);
    assertThat(result.stats().nonKubernetes()).isEqualTo(2);
    assertThat(result.stats().documents()).isEqualTo(3);
  }

  @Test
  void objectWithKindButNoApiVersionIsReported() {
    ManifestLoader.Result result =
        load("kind: Gateway\nmetadata: {name: x}\n---\napiVersion: 3\nkind: Y\n");
    assertThat(result.objects()).isEmpty();
    assertThat(result.problems())
        .extracting(ManifestProblem::code)
        .containsExactly("missing-type", "wrong-type");
    assertThat(result.problems().get(0).message()).contains("no apiVersion");
    assertThat(result.problems().get(1).range().startLine()).isEqualTo(4);
  }

  @Test
  void utf8ByteOrderMarkIsSkippedAndColumnsStayExact() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "apiVersion: v1\nkind: Namespace\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, bytes, 0, 3);
    System.arraycopy(text, 0, bytes, 3, text.length);
    ManifestLoader.Result result = loader.load(List.of(SourceFile.ofBytes("f.yaml", bytes)));
    assertThat(result.problems()).isEmpty();
    assertThat(result.objects().get(0).root().entry("kind").keySpan())
        .isEqualTo(new Span(2, 1, 2, 5));
    assertThat(result.objects().get(0).root().span().startColumn()).isEqualTo(1);
  }

  @Test
  void utf16WithByteOrderMarkIsDecoded() {
    byte[] bytes = "\uFEFFapiVersion: v1\nkind: Namespace\n".getBytes(StandardCharsets.UTF_16LE);
    ManifestLoader.Result result = loader.load(List.of(SourceFile.ofBytes("f.yaml", bytes)));
    assertThat(result.problems()).isEmpty();
    assertThat(result.objects()).hasSize(1);
  }

  @Test
  void invalidUtf8IsReportedWithItsPosition() {
    byte[] bytes = "a: 1\nb: x\u00e9".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 1] = (byte) 0xFF;
    ManifestLoader.Result result = loader.load(List.of(SourceFile.ofBytes("f.yaml", bytes)));
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("encoding");
              assertThat(p.range().startLine()).isEqualTo(2);
              assertThat(p.range().startColumn()).isEqualTo(5);
            });
  }

  @Test
  void tooLargeFilesAreRefusedUnread() {
    ManifestLoader small = new ManifestLoader(LoadLimits.DEFAULTS.withMaxFileBytes(10));
    ManifestLoader.Result result =
        small.load(List.of(SourceFile.ofText("big.yaml", "apiVersion: v1\nkind: Namespace\n")));
    assertThat(result.objects()).isEmpty();
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("too-large");
              assertThat(p.message()).contains("--max-file-size");
            });
  }

  @Test
  void filesKeepTheirOrderWhenLoadedInParallel() {
    List<SourceFile> files = new java.util.ArrayList<>();
    for (int i = 0; i < 200; i++) {
      files.add(
          SourceFile.ofText(
              String.format("f%03d.yaml", i),
              "apiVersion: v1\nkind: Namespace\nmetadata: {name: n" + i + "}\n"));
    }
    ManifestLoader.Result result = loader.load(files);
    assertThat(result.objects()).extracting(LoadedObject::file).isSorted().hasSize(200);
  }
}
