package io.github.gwdns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * gwdns reads untrusted pull requests: each hostile input runs the real CLI in its own JVM with a
 * 256 MiB heap and must finish within a minute (a guard against hangs, not a speed test), with a
 * clear diagnostic at the right place, the expected exit code, nothing on stderr, and the finding
 * of the ordinary file beside it still reported.
 */
class HostileInputTest {
  private static final String GOOD =
      "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: web, namespace: shop}\n"
          + "spec:\n  parentRefs:\n  - name: missing\n";

  @TempDir Path dir;

  /** What one run gave. */
  private record Run(int exit, String out, String err, JsonNode json) {
    /** The findings as {@code file:line:col rule}. */
    List<String> findings() {
      List<String> all = new ArrayList<>();
      json.get("findings")
          .forEach(
              f ->
                  all.add(
                      f.get("file").asText()
                          + ":"
                          + f.get("line").asInt()
                          + ":"
                          + f.get("column").asInt()
                          + " "
                          + f.get("ruleId").asText()));
      return all;
    }

    /** The message of the first finding in {@code file}. */
    String message(String file) {
      for (JsonNode f : json.get("findings")) {
        if (f.get("file").asText().equals(file)) {
          return f.get("message").asText();
        }
      }
      throw new AssertionError("no finding in " + file + ": " + out);
    }
  }

  @BeforeEach
  void ordinaryFile() throws IOException {
    Files.writeString(dir.resolve("good.yaml"), GOOD);
  }

  private Run check(String... extra) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                "io.github.gwdns.cli.Main",
                "check",
                "--format",
                "json"));
    command.addAll(List.of(extra));
    command.add(".");
    Process p =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(dir.resolve(".out").toFile())
            .redirectError(dir.resolve(".err").toFile())
            .start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("gwdns did not finish within a minute");
    }
    String out = Files.readString(dir.resolve(".out"), StandardCharsets.UTF_8);
    String err = Files.readString(dir.resolve(".err"), StandardCharsets.UTF_8);
    JsonNode json = out.isEmpty() ? null : new ObjectMapper().readTree(out);
    return new Run(p.exitValue(), out, err, json);
  }

  /**
   * Asserts the ordinary file's finding is there, beside {@code expected}, and nothing went to
   * stderr.
   */
  private static void assertReported(Run run, String... expected) {
    assertThat(run.err()).as("stderr").isEmpty();
    assertThat(run.exit()).as("exit code").isEqualTo(1);
    assertThat(run.findings()).contains("good.yaml:6:5 parent-not-found");
    if (expected.length > 0) {
      assertThat(run.findings()).contains(expected);
    }
  }

  @Test
  void billionLaughs() throws Exception {
    StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 10; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      yaml.append("]\n");
    }
    Files.writeString(dir.resolve("laughs.yaml"), yaml);
    Run run = check();
    assertReported(run, "laughs.yaml:1:1 invalid-manifest");
  }

  @Test
  void tenThousandDeepNesting() throws Exception {
    Files.writeString(
        dir.resolve("flow.yaml"), "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
    // Block style, 10,000 levels on one line: compact nested sequences.
    Files.writeString(dir.resolve("block.yaml"), "- ".repeat(10_000) + "x\n");
    Run run = check();
    assertReported(run);
    assertThat(run.message("flow.yaml")).contains("nests deeper than");
    assertThat(run.message("block.yaml")).contains("nests deeper than");
  }

  @Test
  void hugeFilesAreRefusedBySizeWithoutBeingRead() throws Exception {
    sparse(dir.resolve("big.yaml"), 200L << 20);
    sparse(dir.resolve("sparse.yaml"), 2L << 30);
    Run run = check();
    assertReported(run, "big.yaml:1:1 invalid-manifest", "sparse.yaml:1:1 invalid-manifest");
    assertThat(run.message("sparse.yaml"))
        .isEqualTo(
            "gwdns did not read this file, so it checks nothing in it. file not read: it is 2147483648 bytes, more than the limit of"
                + " 33554432 bytes; raise --max-file-size if it really is a manifest");
    Run smaller = check("--max-file-size", "1k");
    assertReported(smaller, "big.yaml:1:1 invalid-manifest");
    assertThat(smaller.message("big.yaml")).contains("more than the limit of 1024 bytes");
  }

  private static void sparse(Path file, long size) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(size);
    }
  }

  @Test
  void binaryInvalidUtf8AndNulBytes() throws Exception {
    byte[] binary = new byte[4096];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i * 7);
    }
    Files.write(dir.resolve("binary.yaml"), binary);
    Files.write(
        dir.resolve("latin1.yaml"),
        "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: caf\u00e9\n"
            .getBytes(StandardCharsets.ISO_8859_1));
    Files.write(
        dir.resolve("nul.yaml"),
        "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\0b\n"
            .getBytes(StandardCharsets.UTF_8));
    Run run = check();
    assertReported(run, "latin1.yaml:4:12 invalid-manifest", "nul.yaml:4:10 invalid-manifest");
    assertThat(run.findings())
        .anyMatch(f -> f.startsWith("binary.yaml:") && f.endsWith(" invalid-manifest"));
    assertThat(run.message("latin1.yaml")).contains("not valid UTF-8");
    assertThat(run.message("nul.yaml")).contains("U+0000 at line 4, column 10").contains("binary");
  }

  @Test
  void utf16WithByteOrderMarkIsRead() throws Exception {
    Files.write(
        dir.resolve("utf16.yaml"),
        ("\uFEFF" + GOOD.replace("name: web", "name: wide")).getBytes(StandardCharsets.UTF_16LE));
    assertReported(check(), "utf16.yaml:6:5 parent-not-found");
  }

  @Test
  void oneMegabyteLineAndTabsAndWindowsLineEndings() throws Exception {
    Files.writeString(
        dir.resolve("long.yaml"),
        "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\n"
            + "metadata: {name: long, namespace: shop, annotations: {note: \""
            + "x".repeat(1 << 20)
            + "\"}}\n"
            + "spec:\n  parentRefs:\n  - name: gone\n");
    Files.writeString(
        dir.resolve("tabs.yaml"), "apiVersion: v1\nkind: Namespace\nmetadata:\n\tname: tabbed\n");
    Files.writeString(
        dir.resolve("crlf.yaml"), GOOD.replace("name: web", "name: crlf").replace("\n", "\r\n"));
    Run run = check();
    assertReported(
        run,
        "long.yaml:6:5 parent-not-found",
        "tabs.yaml:4:1 invalid-manifest",
        "crlf.yaml:6:5 parent-not-found");
    assertThat(run.message("tabs.yaml")).contains("TAB");
  }

  @Test
  void duplicateKeysMergeKeysAndRedefinedAnchors() throws Exception {
    Files.writeString(
        dir.resolve("dup.yaml"),
        GOOD.replace("name: web", "name: dup")
            + "  hostnames: [a.example.com]\n"
            + "  hostnames: [b.example.com]\n");
    // An anchor defined twice: an alias refers to the latest definition, as YAML says.
    Files.writeString(
        dir.resolve("merge.yaml"),
        """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata: {name: merged, namespace: shop}
        x-a: &ref {name: first}
        x-b: &ref {name: gone}
        spec:
          parentRefs:
          - <<: *ref
        """);
    Run run = check();
    assertReported(run, "dup.yaml:8:3 invalid-manifest", "merge.yaml:8:5 parent-not-found");
    assertThat(run.message("dup.yaml")).contains("duplicate key `hostnames`");
    assertThat(run.message("merge.yaml")).contains("Gateway shop/gone");
  }

  @Test
  void enormousListenerAndParentRefLists() throws Exception {
    StringBuilder listeners = new StringBuilder();
    StringBuilder refs = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      listeners
          .append("  - {name: l")
          .append(i)
          .append(", port: ")
          .append(1000 + i)
          .append(", protocol: HTTP}\n");
      refs.append("  - {name: g, namespace: infra, sectionName: l").append(i).append("}\n");
    }
    Files.writeString(
        dir.resolve("gateway.yaml"),
        "apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\n"
            + "metadata: {name: g, namespace: infra}\nspec:\n  gatewayClassName: x\n  listeners:\n"
            + listeners);
    Files.writeString(
        dir.resolve("route.yaml"),
        "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\n"
            + "metadata: {name: r, namespace: shop}\nspec:\n  parentRefs:\n"
            + refs);
    Run run = check();
    assertReported(run, "gateway.yaml:7:3 invalid-manifest", "route.yaml:6:3 invalid-manifest");
    assertThat(run.message("gateway.yaml"))
        .contains("`spec.listeners` holds 10000 items; the API server accepts at most 64");
    assertThat(run.message("route.yaml"))
        .contains("`spec.parentRefs` holds 10000 items; the API server accepts at most 32");
  }

  @Test
  void hostnamesWithUnicodeIpsTrailingDotsAndUppercase() throws Exception {
    Files.writeString(
        dir.resolve("names.yaml"),
        GOOD.replace("name: web", "name: names")
            + "  hostnames: [\"b\u00fccher.example.com\", \"203.0.113.7\", \"Shop.Example.com\", \"a.example.com.\"]\n");
    Run run = check();
    // The API server refuses the Unicode, uppercase and trailing-dot names; an IP matches the
    // HTTPRoute hostname pattern and is accepted (external-dns never matches it).
    assertReported(
        run,
        "names.yaml:7:15 invalid-manifest",
        "names.yaml:7:52 invalid-manifest",
        "names.yaml:7:72 invalid-manifest");
    String findings = run.json().get("findings").toString();
    assertThat(findings)
        .contains("b\u00fccher.example.com")
        .contains("Shop.Example.com")
        .contains("a.example.com.")
        .doesNotContain("`203.0.113.7` is invalid");
  }

  @Test
  void pathsWithSpacesAndNonAsciiNames() throws Exception {
    Path odd = Files.createDirectories(dir.resolve("team a/\u00e9quipe"));
    Files.writeString(odd.resolve("r\u00f6ute one.yaml"), GOOD.replace("name: web", "name: odd"));
    Run run = check();
    assertReported(run, "team a/\u00e9quipe/r\u00f6ute one.yaml:6:5 parent-not-found");
  }

  @Test
  void anUnreadableFileIsReportedTheRestAnalyzedAndTheExitIsTwo() throws Exception {
    // Reading a process's own memory from offset 0 fails with an I/O error even for root, which
    // reads every file whatever its permissions: a portable stand-in for an unreadable file.
    Path unreadable = Path.of("/proc/self/mem");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(unreadable), "needs Linux's /proc");
    Run run = check(unreadable.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .startsWith(
            "gwdns: the analysis is incomplete: cannot read /proc/self/mem: file not read: ");
    assertThat(run.findings())
        .contains("good.yaml:6:5 parent-not-found", "/proc/self/mem:1:1 invalid-manifest");
  }

  @Test
  void symlinkLoopsAndLinksOutOfTheRootAreNotFollowed(@TempDir Path outside) throws Exception {
    Files.writeString(outside.resolve("secret.yaml"), GOOD.replace("name: web", "name: secret"));
    Files.createSymbolicLink(dir.resolve("escape.yaml"), outside.resolve("secret.yaml"));
    Files.createSymbolicLink(dir.resolve("escape-dir"), outside);
    Path loop = Files.createDirectory(dir.resolve("loop"));
    Files.createSymbolicLink(loop.resolve("again"), loop);
    Run run = check();
    assertReported(run);
    assertThat(run.findings()).noneMatch(f -> f.contains("secret") || f.contains("escape"));
    assertThat(run.json().get("notices").toString())
        .contains("symlink to a file outside the input root not followed")
        .contains("symlink to a directory outside the input root not followed")
        .contains("symlink loop not followed");
  }
}
