package io.github.gwdns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --rev, --new-since, diff and history through the real CLI, on a real repository. */
class GitCommandsTest {
  private static final String GATEWAY =
      """
      apiVersion: gateway.networking.k8s.io/v1
      kind: Gateway
      metadata: {name: public, namespace: infra}
      spec:
        gatewayClassName: envoy
        listeners:
        - {name: https, port: 443, protocol: HTTPS, hostname: "*.example.com", tls: {certificateRefs: [{name: c}]}, allowedRoutes: {namespaces: {from: All}}}
      status:
        addresses: [{value: 203.0.113.10}]
      ---
      apiVersion: gateway.networking.k8s.io/v1
      kind: GatewayClass
      metadata: {name: envoy}
      spec: {controllerName: gateway.envoyproxy.io/gatewayclass-controller}
      """;
  private static final String ROUTE =
      """
      apiVersion: gateway.networking.k8s.io/v1
      kind: HTTPRoute
      metadata: {name: %s, namespace: shop}
      spec:
        parentRefs: [{name: %s, namespace: infra}]
        hostnames: [%s.example.com]
      """;

  @TempDir Path dir;
  private Git git;
  private long time = Instant.parse("2026-02-01T00:00:00Z").getEpochSecond();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void repository() throws Exception {
    git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
    write("k8s/gateway.yaml", GATEWAY);
    write("k8s/web.yaml", ROUTE.formatted("web", "public", "web"));
    write("k8s/old.yaml", ROUTE.formatted("old", "pubic", "old")); // an old problem
    commit("base");
    write("k8s/api.yaml", ROUTE.formatted("api", "public", "api"));
    write("k8s/typo.yaml", ROUTE.formatted("typo", "publik", "typo")); // a new problem
    Files.delete(dir.resolve("k8s/web.yaml"));
    commit("change");
  }

  @AfterEach
  void close() {
    git.close();
  }

  private void write(String path, String text) throws IOException {
    Files.createDirectories(dir.resolve(path).getParent());
    Files.writeString(dir.resolve(path), text);
  }

  private void commit(String message) throws Exception {
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
    PersonIdent who =
        new PersonIdent(
            "Ada", "ada@example.com", Instant.ofEpochSecond(time += 3600), ZoneOffset.UTC);
    git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
  }

  private int run(String... args) {
    return run(false, Map.of(), args);
  }

  /** Runs with standard output on a terminal, in {@code env}. */
  private int runOnTerminal(Map<String, String> env, String... args) {
    return run(true, env, args);
  }

  private int run(boolean terminal, Map<String, String> env, String... args) {
    out.reset();
    err.reset();
    return Main.run(
        args,
        new Console(
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            terminal,
            env));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String k8s() {
    return dir.resolve("k8s").toString();
  }

  @Test
  void revReadsAnOlderCommit() {
    assertThat(run("plan", "--repo", dir.toString(), "--rev", "HEAD~1", k8s())).isZero();
    assertThat(out()).contains("web.example.com").doesNotContain("api.example.com");
    assertThat(run("plan", "--repo", dir.toString(), k8s())).isZero();
    assertThat(out()).contains("api.example.com").doesNotContain("web.example.com");
  }

  @Test
  void newSinceReportsOnlyWhatIsNew() {
    assertThat(run("check", "--repo", dir.toString(), "--new-since", "HEAD~1", k8s())).isEqualTo(1);
    assertThat(out())
        .contains("HTTPRoute shop/typo")
        .doesNotContain("HTTPRoute shop/old:")
        .endsWith("gwdns: 1 error, 0 warnings, 0 notes in 4 files (5 objects); 1 suppressed\n");
  }

  @Test
  void diffShowsRecordsAndFindingsAndGatesOnlyNewProblems() throws Exception {
    assertThat(run("diff", "--repo", dir.toString(), "--path", k8s(), "HEAD~1", "HEAD"))
        .isEqualTo(1);
    assertThat(out())
        .isEqualTo(
            """
        DNS changes from HEAD~1 to HEAD:
          + api.example.com A 203.0.113.10  (HTTPRoute/shop/api)
          - web.example.com A 203.0.113.10  (HTTPRoute/shop/web)
        Introduced findings:
          k8s/typo.yaml:5:16: error [parent-not-found] HTTPRoute shop/typo gets no DNS record: the Gateway infra/publik it names does not exist. parentRefs[0] names Gateway infra/publik, which does not exist; no controller attaches the route and external-dns publishes no record for it. Fix: fix `spec.parentRefs[0]` (name, namespace) to name an existing Gateway, or add it to the manifests.
        gwdns diff: 1 record added, 1 removed, 0 changed; 1 finding introduced, 0 fixed, 1 unchanged
        """);
    JsonNode json =
        new ObjectMapper()
            .readTree(
                run(
                            "diff",
                            "--repo",
                            dir.toString(),
                            "--path",
                            k8s(),
                            "--format",
                            "json",
                            "--fail-on",
                            "none",
                            "HEAD~1",
                            "HEAD")
                        == 0
                    ? out()
                    : "{}");
    assertThat(json.get("records").get("added").get(0).get("dnsName").asText())
        .isEqualTo("api.example.com");
    assertThat(json.get("records").get("removed").get(0).get("after")).isEmpty();
    assertThat(json.get("findings").get("introduced").get(0).get("ruleId").asText())
        .isEqualTo("parent-not-found");
    assertThat(json.get("findings").get("unchanged").asInt()).isEqualTo(1);
    assertThat(
            run(
                "diff",
                "--repo",
                dir.toString(),
                "--path",
                k8s(),
                "--fail-on",
                "none",
                "--fail-on-removal",
                "HEAD~1",
                "HEAD"))
        .isEqualTo(1);
    assertThat(
            run(
                "diff",
                "--repo",
                dir.toString(),
                "--path",
                k8s(),
                "--format",
                "markdown",
                "HEAD~1",
                "HEAD"))
        .isEqualTo(1);
    assertThat(out())
        .startsWith("## gwdns: DNS changes from `HEAD~1` to HEAD\n")
        .contains("| added | `api.example.com` | A | 203.0.113.10 | HTTPRoute/shop/api |");
    assertThat(
            run(
                "diff",
                "--repo",
                dir.toString(),
                "--path",
                k8s(),
                "--format",
                "sarif",
                "HEAD~1",
                "HEAD"))
        .isEqualTo(1);
    assertThat(new ObjectMapper().readTree(out()).get("runs").get(0).get("results")).hasSize(1);
  }

  @Test
  void diffAgainstTheWorkingTreeAndTheIndex() throws Exception {
    write("k8s/web.yaml", ROUTE.formatted("web", "public", "web"));
    assertThat(run("diff", "--repo", dir.toString(), "--path", k8s(), "HEAD")).isZero();
    assertThat(out())
        .contains("DNS changes from HEAD to the working tree:\n  + web.example.com A 203.0.113.10");
    assertThat(run("diff", "--repo", dir.toString(), "--path", k8s(), "--cached", "HEAD")).isZero();
    assertThat(out()).contains("DNS changes from HEAD to the index:\n  none\n");
    git.add().addFilepattern("k8s/web.yaml").call();
    assertThat(run("diff", "--repo", dir.toString(), "--path", k8s(), "--cached", "HEAD")).isZero();
    assertThat(out()).contains("+ web.example.com");
  }

  @Test
  void diffPlanAndExplainAreColouredOnATerminalOnly() {
    String[] diff = {"diff", "--repo", dir.toString(), "--path", k8s(), "HEAD~1", "HEAD"};
    run(diff);
    String plain = out();
    runOnTerminal(Map.of(), diff);
    assertThat(out())
        .startsWith(
            """
            \u001b[1mDNS changes from HEAD~1 to HEAD:\u001b[0m
              \u001b[32m+ api.example.com A 203.0.113.10  (HTTPRoute/shop/api)\u001b[0m
              \u001b[1;31m- web.example.com A 203.0.113.10  (HTTPRoute/shop/web)\u001b[0m
            \u001b[1mIntroduced findings:\u001b[0m
              k8s/typo.yaml:5:16: \u001b[1;31merror\u001b[0m [parent-not-found] HTTPRoute shop/typo gets no DNS record"""
                .stripIndent())
        .satisfies(text -> assertThat(text.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain));
    runOnTerminal(Map.of("NO_COLOR", "1"), diff);
    assertThat(out()).isEqualTo(plain);
    runOnTerminal(
        Map.of(), "diff", "--no-color", diff[1], diff[2], diff[3], diff[4], diff[5], diff[6]);
    assertThat(out()).isEqualTo(plain);

    runOnTerminal(Map.of(), "plan", "--repo", dir.toString(), k8s());
    assertThat(out())
        .startsWith("\u001b[1mNAME             TYPE  TARGETS       TTL  SOURCES\u001b[0m\n");
    runOnTerminal(Map.of(), "plan", "--no-color", "--repo", dir.toString(), k8s());
    assertThat(out()).startsWith("NAME             TYPE  TARGETS       TTL  SOURCES\n");

    runOnTerminal(Map.of(), "explain", "--repo", dir.toString(), "HTTPRoute/shop/api", k8s());
    assertThat(out())
        .startsWith("\u001b[1mHTTPRoute shop/api\u001b[0m  (k8s/api.yaml:")
        .contains("\n\u001b[1m1. external-dns filters\u001b[0m\n")
        .contains("     \u001b[32mpass\u001b[0m  P1 status parent is one of spec.parentRefs\n");
    runOnTerminal(
        Map.of("NO_COLOR", "1"), "explain", "--repo", dir.toString(), "HTTPRoute/shop/api", k8s());
    assertThat(out()).doesNotContain("\u001b");
    // no-color.org: an empty NO_COLOR does not count.
    runOnTerminal(
        Map.of("NO_COLOR", ""), "explain", "--repo", dir.toString(), "HTTPRoute/shop/api", k8s());
    assertThat(out()).contains("\u001b[32mpass");
  }

  @Test
  void historyNamesTheIntroducingCommit() {
    assertThat(run("history", "--repo", dir.toString(), k8s())).isZero();
    assertThat(out())
        .contains("k8s/typo.yaml:5:16: error [parent-not-found] HTTPRoute/shop/typo\n    since ")
        .contains(" 2026-02-01 Ada: change\n")
        .contains("k8s/old.yaml:5:16: error [parent-not-found] HTTPRoute/shop/old\n    since ")
        .contains("DNS log (oldest first):\n")
        .endsWith("gwdns history: 2 commits walked, 2 analyzed, 5 blobs parsed\n");
  }

  private static String externalDns(String name, String filters) {
    return """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: %s, namespace: dns}
        spec:
          template:
            spec:
              containers:
              - name: external-dns
                image: registry.k8s.io/external-dns/external-dns:v0.22.0
                args: [--source=gateway-httproute, %s, --provider=aws, --policy=sync]
        """
        .formatted(name, filters);
  }

  @Test
  void diffAndHistoryGroupTheChangesByExternalDnsInstance() throws Exception {
    write(
        "k8s/dns/public.yaml",
        externalDns(
            "public", "--domain-filter=example.com, --exclude-domains=internal.example.com"));
    write("k8s/dns/private.yaml", externalDns("private", "--domain-filter=internal.example.com"));
    write("k8s/db.yaml", ROUTE.formatted("db", "public", "db.internal"));
    commit("two external-dns instances");
    Files.delete(dir.resolve("k8s/api.yaml"));
    write("k8s/cache.yaml", ROUTE.formatted("cache", "public", "cache.internal"));
    commit("retire api, add cache");
    // dns/private sorts first; the removal is in dns/public, the second instance.
    assertThat(
            run(
                "diff",
                "--repo",
                dir.toString(),
                "--path",
                k8s(),
                "--fail-on",
                "none",
                "HEAD~1",
                "HEAD"))
        .isZero();
    assertThat(out())
        .isEqualTo(
            """
        DNS changes from HEAD~1 to HEAD:
          external-dns Deployment dns/private:
            + cache.internal.example.com A 203.0.113.10  (HTTPRoute/shop/cache)
          external-dns Deployment dns/public:
            - api.example.com A 203.0.113.10  (HTTPRoute/shop/api)
        gwdns diff: 1 record added, 1 removed, 0 changed; 0 findings introduced, 0 fixed, 2 unchanged
        """);
    assertThat(
            run(
                "diff",
                "--repo",
                dir.toString(),
                "--path",
                k8s(),
                "--fail-on",
                "none",
                "--fail-on-removal",
                "HEAD~1",
                "HEAD"))
        .isEqualTo(1);
    JsonNode json =
        new ObjectMapper()
            .readTree(
                run(
                            "diff",
                            "--repo",
                            dir.toString(),
                            "--path",
                            k8s(),
                            "--format",
                            "json",
                            "--fail-on",
                            "none",
                            "HEAD~1",
                            "HEAD")
                        == 0
                    ? out()
                    : "{}");
    assertThat(json.get("instances")).hasSize(2);
    assertThat(json.get("records").get("removed").get(0).get("externalDns").asText())
        .isEqualTo("Deployment dns/public");
    assertThat(
            run(
                "diff",
                "--repo",
                dir.toString(),
                "--path",
                k8s(),
                "--format",
                "markdown",
                "--fail-on",
                "none",
                "HEAD~1",
                "HEAD"))
        .isZero();
    assertThat(out())
        .contains("| external-dns | | Name | Type | Change | Routes |\n")
        .contains(
            "| Deployment dns/public | removed | `api.example.com` | A | 203.0.113.10 | HTTPRoute/shop/api |\n");
    // The base had no external-dns in the manifests: the instances appear, and the options' plan
    // goes.
    assertThat(
            run(
                "diff",
                "--repo",
                dir.toString(),
                "--path",
                k8s(),
                "--fail-on",
                "none",
                "HEAD~2",
                "HEAD~1"))
        .isZero();
    assertThat(out())
        .contains("  external-dns (options; none in the manifests) (removed):\n")
        .contains(
            "  external-dns Deployment dns/private (added):\n    + db.internal.example.com A 203.0.113.10  (HTTPRoute/shop/db)\n")
        .contains("(2 external-dns instances added, 1 removed)");
    assertThat(run("history", "--repo", dir.toString(), k8s())).isZero();
    assertThat(out())
        .contains(
            """
            external-dns Deployment dns/private:
              + cache.internal.example.com A 203.0.113.10
            external-dns Deployment dns/public:
              - api.example.com A 203.0.113.10
        """);
  }

  @Test
  void repoFromOutsideTheRepositoryReadsItsRoot() {
    // Tests run in the cli module's directory, which is outside this temporary repository.
    Path cwd = Path.of("").toAbsolutePath().normalize();
    assertThat(cwd.startsWith(dir)).isFalse();
    assertThat(run("plan", "--repo", dir.toString(), "--rev", "HEAD~1")).isZero();
    assertThat(out()).contains("web.example.com").doesNotContain("api.example.com");
    assertThat(run("check", "--repo", dir.toString(), "--rev", "HEAD", "--fail-on", "none"))
        .isZero();
    assertThat(out()).contains("k8s/typo.yaml");
    assertThat(run("diff", "--repo", dir.toString(), "--fail-on", "none", "HEAD~1", "HEAD"))
        .isZero();
    assertThat(out()).contains("+ api.example.com");
    assertThat(run("history", "--repo", dir.toString())).isZero();
    assertThat(out()).contains("k8s/typo.yaml");
    // A PATH given explicitly stays relative to the current directory, and is named absolutely.
    assertThat(run("plan", "--repo", dir.toString(), "--rev", "HEAD", ".")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "gwdns: path '"
                + cwd
                + "' is outside the repository at "
                + dir.toAbsolutePath().normalize()
                + "\n");
  }

  @Test
  void aBareRepositoryNeedsARevision() throws Exception {
    Path bare = dir.resolve("bare.git");
    Git.cloneRepository()
        .setURI(dir.toUri().toString())
        .setDirectory(bare.toFile())
        .setBare(true)
        .call()
        .close();
    String message =
        "gwdns: "
            + bare.toAbsolutePath().normalize()
            + " is a bare Git repository (or a .git directory), which has"
            + " no working tree to read: name the revision with --rev, e.g. --rev HEAD\n";
    for (String command : new String[] {"check", "plan", "status", "graph"}) {
      assertThat(run(command, bare.toString())).as(command).isEqualTo(2);
      assertThat(err.toString(StandardCharsets.UTF_8)).as(command).isEqualTo(message);
      assertThat(run(command, "--repo", bare.toString())).as(command).isEqualTo(2);
      assertThat(err.toString(StandardCharsets.UTF_8)).as(command).isEqualTo(message);
    }
    assertThat(run("explain", "HTTPRoute/shop/api", bare.resolve("refs").toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(message);
    assertThat(run("plan", "--repo", bare.toString(), "--rev", "HEAD")).isZero();
    assertThat(out()).contains("api.example.com");
  }

  @Test
  void historyNamesTheFileOfAFindingWithoutAnObject() throws Exception {
    write("k8s/broken.yaml", "apiVersion: v1\nkind: [unclosed\n");
    commit("break a file");
    assertThat(run("history", "--repo", dir.toString(), k8s())).isZero();
    assertThat(out())
        .contains("  k8s/broken.yaml:3:1: error [invalid-manifest] k8s/broken.yaml\n    since ")
        .contains("    ! introduces [invalid-manifest] k8s/broken.yaml\n")
        .doesNotContain("[invalid-manifest] \n");
  }

  @Test
  void gitProblemsAreOneLineAndExitTwo() {
    assertThat(run("diff", "--repo", dir.toString(), "--path", k8s(), "origin/main")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "gwdns: unknown revision 'origin/main'; check the branch, tag or SHA (remote branches are named like origin/main)\n");
    assertThat(run("plan", "--repo", dir.resolve("nowhere").toString(), "--rev", "HEAD", k8s()))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("gwdns: repository directory '" + dir.resolve("nowhere") + "' does not exist\n");
    assertThat(run("check", "--repo", dir.toString(), "--rev", "HEAD", "-")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("standard input (-) cannot be combined");
    assertThat(run("history", "--repo", dir.toString(), "--since", "last week", k8s()))
        .isEqualTo(2);
  }
}
