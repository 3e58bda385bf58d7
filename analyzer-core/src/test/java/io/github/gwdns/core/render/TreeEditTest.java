package io.github.gwdns.core.render;

import static io.github.gwdns.core.render.Trees.map;
import static io.github.gwdns.core.render.Trees.object;
import static io.github.gwdns.core.render.Trees.text;
import static io.github.gwdns.core.render.Trees.where;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.load.ManifestNode;
import io.github.gwdns.core.load.ManifestScalar;
import io.github.gwdns.core.load.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TreeEditTest {
  private static final RenderedObject KS =
      object(
          "ks.yaml",
          """
      apiVersion: kustomize.toolkit.fluxcd.io/v1
      kind: Kustomization
      metadata:
        name: apps
      spec:
        path: ./apps
        patches:
          - patch: x
          - patch: y
      """);

  private static final ManifestScalar MEDIA =
      (ManifestScalar) map("namespace.yaml", "name: media").get("name");

  private static RenderedObject updated(RenderedObject object, TreeEdit edit, ManifestNode root) {
    return object.withRoot((ManifestMap) root, edit.grafts());
  }

  @Test
  void updateSetsAValueAndRecordsItsFile() {
    TreeEdit edit = new TreeEdit(KS.grafts());
    RenderedObject ks =
        updated(
            KS,
            edit,
            edit.update(
                KS.root(),
                List.of("spec", "path"),
                false,
                old -> edit.graft(MEDIA, "namespace.yaml")));

    assertThat(text(ks, "spec", "path")).isEqualTo("media");
    assertThat(where(ks, "spec", "path")).isEqualTo("namespace.yaml:1:7");
    assertThat(where(ks, "metadata", "name")).isEqualTo("ks.yaml:4:9");
    assertThat(text(KS, "spec", "path")).isEqualTo("./apps");
  }

  @Test
  void updateCreatesMissingMappingsOnlyWhenAsked() {
    TreeEdit edit = new TreeEdit(Map.of());
    ManifestNode unchanged =
        edit.update(
            KS.root(), List.of("spec", "postBuild", "substitute", "A"), false, old -> MEDIA);
    assertThat(unchanged).isSameAs(KS.root());

    ManifestNode created =
        edit.update(
            KS.root(),
            List.of("spec", "postBuild", "substitute", "A"),
            true,
            old -> edit.graft(MEDIA, "namespace.yaml"));
    RenderedObject ks = updated(KS, edit, created);
    assertThat(text(ks, "spec", "postBuild", "substitute", "A")).isEqualTo("media");
    assertThat(where(ks, "spec", "postBuild", "substitute", "A")).isEqualTo("namespace.yaml:1:7");
    // A created mapping is at the start of its parent, in the parent's file.
    assertThat(where(ks, "spec", "postBuild")).isEqualTo("ks.yaml:6:3");
  }

  @Test
  void aNullResultRemovesAKeyOrAListItem() {
    TreeEdit edit = new TreeEdit(Map.of());
    ManifestNode root = edit.update(KS.root(), List.of("spec", "path"), false, old -> null);
    root = edit.update(root, List.of("spec", "patches", 0), false, old -> null);
    RenderedObject ks = updated(KS, edit, root);

    assertThat(((ManifestMap) Trees.at(ks, "spec")).entries())
        .extracting(ManifestMap.Entry::key)
        .containsExactly("patches");
    assertThat(text(ks, "spec", "patches", 0, "patch")).isEqualTo("y");
    assertThat(edit.update(KS.root(), List.of("spec", "path", "deeper"), true, old -> MEDIA))
        .isSameAs(KS.root());
    assertThat(edit.update(KS.root(), List.of("spec", "patches", 9), false, old -> MEDIA))
        .isSameAs(KS.root());
  }

  @Test
  void aCopyOfAGraftedNodeKeepsItsFile() {
    ManifestMap patch =
        map(
            "patch.yaml",
            """
        spec:
          listeners:
            - name: https
              hostname: a.example.com
        """);
    ManifestNode spec = patch.get("spec");
    TreeEdit graft = new TreeEdit(Map.of());
    RenderedObject ks =
        updated(
            KS,
            graft,
            graft.update(
                KS.root(), List.of("spec"), false, old -> graft.graft(spec, "patch.yaml")));
    assertThat(where(ks, "spec", "listeners", 0, "hostname")).isEqualTo("patch.yaml:4:17");

    TreeEdit edit = new TreeEdit(ks.grafts());
    RenderedObject changed =
        updated(
            ks,
            edit,
            edit.update(
                ks.root(),
                List.of("spec", "listeners", 0, "name"),
                false,
                old -> TreeEdit.string("http", new Span(9, 9, 9, 13))));

    assertThat(text(changed, "spec", "listeners", 0, "name")).isEqualTo("http");
    assertThat(changed.fileAt(List.of("spec", "listeners", 0, "name"))).isEqualTo("patch.yaml");
    assertThat(where(changed, "spec", "listeners", 0, "hostname")).isEqualTo("patch.yaml:4:17");
    assertThat(changed.fileAt(List.of("spec"))).isEqualTo("patch.yaml");
    assertThat(changed.fileAt(List.of())).isEqualTo("ks.yaml");
    assertThat(where(changed, "metadata", "name")).isEqualTo("ks.yaml:4:9");
  }

  @Test
  void mapScalarsCopiesOnlyThePathsToChangedScalars() {
    TreeEdit edit = new TreeEdit(Map.of());
    ManifestMap root =
        (ManifestMap)
            edit.mapScalars(
                KS.root(),
                s ->
                    s.value().equals("x")
                        ? new ManifestScalar("z", s.kind(), s.plain(), s.start(), s.end())
                        : s);
    RenderedObject ks = updated(KS, edit, root);

    assertThat(text(ks, "spec", "patches", 0, "patch")).isEqualTo("z");
    assertThat(where(ks, "spec", "patches", 0, "patch")).isEqualTo("ks.yaml:8:14");
    assertThat(root.get("metadata")).isSameAs(KS.root().get("metadata"));
    assertThat(Trees.at(ks, "spec", "patches", 1)).isSameAs(Trees.at(KS, "spec", "patches", 1));
    assertThat(edit.mapScalars(KS.root(), s -> s)).isSameAs(KS.root());
  }
}
