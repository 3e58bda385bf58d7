package io.github.gwdns.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.load.ManifestList;
import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.load.ManifestScalar;
import io.github.gwdns.core.load.SourceFile;
import io.github.gwdns.core.load.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddedYamlTest {
  private static final String KUSTOMIZATION =
      """
      apiVersion: kustomize.config.k8s.io/v1beta1
      kind: Kustomization
      resources:
        - gateway.yaml
      patches:
        - target:
            kind: Gateway
          patch: |-
            - op: replace
              path: /spec/listeners/0/hostname
              value: new.example.com
        - patch: |
            apiVersion: gateway.networking.k8s.io/v1
            kind: Gateway
            metadata:
              name: public
            spec:
              gatewayClassName: cilium
        - patch: '{"kind": "Gateway", "metadata": {"name": "public"}, "spec": {"gatewayClassName": "x"}}'
      """;

  /**
   * The documents of the {@code patch} of entry {@code index} of {@code patches}, parsed with
   * positions in the kustomization.
   */
  private static List<ManifestNode> patch(String kustomization, int index) {
    ManifestMap root = Trees.map("kustomization.yaml", kustomization);
    ManifestMap entry = (ManifestMap) ((ManifestList) root.get("patches")).items().get(index);
    FileStore store =
        new FileStore(
            RepositoryFiles.NONE,
            Trees.LOADER,
            List.of(),
            List.of(SourceFile.ofText("kustomization.yaml", kustomization)));
    return new EmbeddedYaml(store).parse((ManifestScalar) entry.get("patch"), "kustomization.yaml");
  }

  private static String at(ManifestNode node) {
    Span s = node.span();
    return s.startLine() + ":" + s.startColumn();
  }

  @Test
  void aJsonPatchInABlockScalarHasItsLinesInTheKustomization() {
    List<ManifestNode> docs = patch(KUSTOMIZATION, 0);

    assertThat(docs).hasSize(1);
    ManifestMap op = (ManifestMap) ((ManifestList) docs.get(0)).items().get(0);
    assertThat(at(docs.get(0))).isEqualTo("9:7");
    assertThat(op.text("value")).isEqualTo("new.example.com");
    assertThat(at(op.get("value"))).isEqualTo("11:16");
    assertThat(op.entry("path").keySpan()).isEqualTo(new Span(10, 9, 10, 13));
  }

  @Test
  void aStrategicMergePatchInABlockScalarHasItsLinesInTheKustomization() {
    ManifestMap patch = (ManifestMap) patch(KUSTOMIZATION, 1).get(0);

    assertThat(at(patch)).isEqualTo("13:7");
    assertThat(at(((ManifestMap) patch.get("metadata")).get("name"))).isEqualTo("16:15");
    ManifestScalar className =
        (ManifestScalar) ((ManifestMap) patch.get("spec")).get("gatewayClassName");
    assertThat(className.value()).isEqualTo("cilium");
    assertThat(className.span()).isEqualTo(new Span(18, 27, 18, 33));
  }

  @Test
  void aPatchInAQuotedStringHasItsColumnsOnTheLine() {
    ManifestMap patch = (ManifestMap) patch(KUSTOMIZATION, 2).get(0);

    assertThat(at(patch)).isEqualTo("19:13");
    assertThat(at(((ManifestMap) patch.get("spec")).get("gatewayClassName"))).isEqualTo("19:94");
  }

  @Test
  void aBlockScalarStartingWithABlankLineStillHasTheColumnsOfItsContent() {
    List<ManifestNode> docs =
        patch(
            """
        patches:
          - patch: |

              kind: Gateway
              metadata:
                name: public
        """,
            0);

    ManifestMap patch = (ManifestMap) docs.get(0);
    assertThat(at(patch.get("kind"))).isEqualTo("4:13");
    assertThat(at(((ManifestMap) patch.get("metadata")).get("name"))).isEqualTo("6:15");
  }
}
