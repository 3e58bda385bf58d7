package io.github.gwdns.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** gwdns's own reports and baselines are recognized and not read as input; lookalikes are. */
class OwnOutputTest {
  private final ManifestLoader loader = new ManifestLoader(LoadLimits.DEFAULTS);

  private ManifestLoader.FileResult load(String name, String text) {
    return loader.loadFile(SourceFile.ofText(name, text));
  }

  @Test
  void yamlWithTheHeaderIsOwnOutputThoughItHoldsObjects() {
    ManifestLoader.FileResult status =
        load(
            "status.yaml",
            "# Written by gwdns status: the status ...\n---\napiVersion: gateway.networking.k8s.io/v1\n"
                + "kind: Gateway\nmetadata: {name: public, namespace: infra}\n");
    assertThat(status.ownOutput()).isTrue();
    assertThat(status.objects()).isEmpty();
    assertThat(status.problems()).isEmpty();
  }

  @Test
  void theJsonShapesGwdnsWritesAreOwnOutput() {
    assertThat(load("b.json", "{\"version\": 1, \"findings\": []}").ownOutput()).isTrue();
    assertThat(
            load("r.json", "{\"findings\": [], \"notices\": [], \"files\": [], \"summary\": {}}")
                .ownOutput())
        .isTrue();
    assertThat(
            load(
                    "p.json",
                    "{\"endpoints\": [], \"pending\": [], \"filtered\": [], \"unresolved\": [],"
                        + " \"instances\": []}")
                .ownOutput())
        .isTrue();
    assertThat(
            load(
                    "gwdns.sarif.json",
                    "{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {\"name\": \"gwdns\"}}}]}")
                .ownOutput())
        .isTrue();
  }

  @Test
  void otherFilesAreNot() {
    // Another tool's SARIF, a file with one more key, a header that is not the first line.
    assertThat(
            load(
                    "other.sarif.json",
                    "{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {\"name\": \"kube-linter\"}}}]}")
                .ownOutput())
        .isFalse();
    assertThat(load("b.json", "{\"version\": 1, \"findings\": [], \"kind\": \"x\"}").ownOutput())
        .isFalse();
    ManifestLoader.FileResult manifest =
        load(
            "gw.yaml",
            "# a note\n# Written by gwdns status\napiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n");
    assertThat(manifest.ownOutput()).isFalse();
    assertThat(manifest.objects()).hasSize(1);
  }
}
