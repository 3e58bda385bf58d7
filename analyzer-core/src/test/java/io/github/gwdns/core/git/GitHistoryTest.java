package io.github.gwdns.core.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gwdns.core.AnalysisException;
import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.Analyzer;
import io.github.gwdns.core.TreeInput;
import io.github.gwdns.core.change.FindingDiff;
import io.github.gwdns.core.change.PlanChanges;
import io.github.gwdns.core.change.PlanDiff;
import io.github.gwdns.core.change.RecordChange;
import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.finding.Notice;
import io.github.gwdns.core.history.CommitInfo;
import io.github.gwdns.core.history.History;
import io.github.gwdns.core.history.HistoryWalker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.internal.storage.dfs.DfsRepositoryDescription;
import org.eclipse.jgit.internal.storage.dfs.InMemoryRepository;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --rev, diff and history on real repositories built with JGit. */
class GitHistoryTest {
  static final String GATEWAY =
      """
      apiVersion: gateway.networking.k8s.io/v1
      kind: Gateway
      metadata: {name: public, namespace: infra}
      spec:
        gatewayClassName: envoy
        listeners:
        - {name: https, port: 443, protocol: HTTPS, hostname: "*.example.com", tls: {certificateRefs: [{name: c}]}, allowedRoutes: {namespaces: {from: %s}}}
      status:
        addresses: [{value: %s}]
      """;
  static final String ROUTE =
      """
      apiVersion: gateway.networking.k8s.io/v1
      kind: HTTPRoute
      metadata: {name: %s, namespace: shop}
      spec:
        parentRefs: [{name: public, namespace: infra}]
        hostnames: [%s.example.com]
      """;

  @TempDir Path dir;

  static String gateway(String from, String address) {
    return GATEWAY.formatted(from, address);
  }

  static String route(String name) {
    return ROUTE.formatted(name, name);
  }

  private static List<String> records(AnalysisResult r) {
    return r.plan().endpoints().stream()
        .map(e -> e.dnsName() + " " + e.recordType() + " " + String.join(",", e.targets()))
        .toList();
  }

  private static List<String> rules(AnalysisResult r) {
    return r.findings().stream()
        .filter(Finding::active)
        .map(f -> f.ruleId() + " " + f.resource())
        .toList();
  }

  private static AnalysisResult at(GitRepository git, String rev, String... roots)
      throws AnalysisException {
    return Analyzer.run(
        AnalysisRequest.builder()
            .build()
            .withGit(new TreeInput(git.tree(git.commit(rev)), List.of(roots), true)));
  }

  @Test
  void revReadsTheTreeOfThatCommitNotTheWorkingTree() throws Exception {
    try (TestRepository repo = new TestRepository(dir)) {
      repo.write("k8s/infra/gateway.yaml", gateway("All", "203.0.113.10"))
          .write("k8s/apps/web.yaml", route("web"))
          .commit("web");
      repo.write("k8s/infra/gateway.yaml", gateway("Same", "203.0.113.10"))
          .commit("tighten the listener");
      repo.write("k8s/infra/gateway.yaml", gateway("All", "203.0.113.99")); // uncommitted
      try (GitRepository git = GitRepository.find(dir)) {
        assertThat(records(at(git, "HEAD~1", "k8s")))
            .containsExactly("web.example.com A 203.0.113.10");
        AnalysisResult head = at(git, "HEAD", "k8s");
        assertThat(records(head)).isEmpty();
        assertThat(rules(head)).contains("namespace-not-allowed HTTPRoute/shop/web");
        assertThat(head.findings().get(0).location().file()).startsWith("k8s/");
        // A path limits the tree; the working tree is never read.
        assertThat(at(git, "main", "k8s/apps").stats().files()).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("k8s/infra/gateway.yaml")))
            .contains("203.0.113.99");
      }
    }
  }

  @Test
  void diffListsAddedRemovedAndChangedRecordsAndFindingsByFingerprint() throws Exception {
    try (TestRepository repo = new TestRepository(dir)) {
      repo.write("infra/gateway.yaml", gateway("All", "203.0.113.10"))
          .write("apps/web.yaml", route("web"))
          .write("apps/old.yaml", route("old"))
          .write("apps/typo.yaml", route("typo").replace("name: public", "name: publik"))
          .commit("base");
      // The change: new route, old route gone, new address, and web moves to another file.
      repo.write("infra/gateway.yaml", gateway("All", "203.0.113.20"))
          .delete("apps/old.yaml")
          .delete("apps/web.yaml")
          .write("apps/moved/web.yaml", "# moved\n" + route("web"))
          .write("apps/api.yaml", route("api"))
          .write(
              "apps/broken.yaml", route("broken").replace("namespace: infra", "namespace: nowhere"))
          .write("apps/typo.yaml", route("typo"))
          .commit("change");
      try (GitRepository git = GitRepository.find(dir)) {
        AnalysisResult before = at(git, "HEAD~1", "");
        AnalysisResult after = at(git, "HEAD", "");
        PlanDiff plan = PlanDiff.between(before.plan(), after.plan());
        assertThat(PlanChanges.between(before.plans(), after.plans()).records())
            .isEqualTo(plan.records());
        assertThat(plan.records())
            .extracting(c -> c.kind() + " " + c.dnsName() + " " + c.detail())
            .containsExactly(
                "ADDED api.example.com 203.0.113.20",
                "REMOVED old.example.com 203.0.113.10",
                "ADDED typo.example.com 203.0.113.20",
                "CHANGED web.example.com targets 203.0.113.10 -> 203.0.113.20");
        assertThat(plan.of(RecordChange.Kind.ADDED).get(0).sources())
            .containsExactly("HTTPRoute/shop/api");
        FindingDiff findings = FindingDiff.between(before.findings(), after.findings());
        assertThat(findings.introduced())
            .extracting(f -> f.ruleId() + " " + f.resource())
            .containsExactly("parent-not-found HTTPRoute/shop/broken");
        // The typo's fix is the only one; the GatewayClass note stays, with web's move no new
        // finding.
        assertThat(findings.fixed())
            .extracting(f -> f.ruleId() + " " + f.resource() + " " + f.location().file())
            .containsExactly("parent-not-found HTTPRoute/shop/typo apps/typo.yaml");
        assertThat(findings.unchanged())
            .extracting(f -> f.ruleId() + " " + f.resource())
            .containsExactly("gatewayclass-not-found Gateway/infra/public");
      }
    }
  }

  @Test
  void aRecordWhoseTypeChangesIsOneChangeNotARemoval() throws Exception {
    try (TestRepository repo = new TestRepository(dir)) {
      repo.write("infra/gateway.yaml", gateway("All", "203.0.113.10"))
          .write("apps/web.yaml", route("web"))
          .commit("ip");
      // The Gateway's address becomes a load balancer hostname: external-dns then publishes a
      // CNAME.
      repo.write(
              "infra/gateway.yaml",
              gateway("All", "lb.example.net")
                  .replace("addresses: [{value:", "addresses: [{type: Hostname, value:"))
          .commit("hostname");
      try (GitRepository git = GitRepository.find(dir)) {
        PlanDiff plan = PlanDiff.between(at(git, "HEAD~1", "").plan(), at(git, "HEAD", "").plan());
        assertThat(plan.records())
            .extracting(c -> c.kind() + " " + c.dnsName() + " " + c.recordType() + " " + c.detail())
            .containsExactly(
                "CHANGED web.example.com CNAME type A -> CNAME; targets 203.0.113.10 -> lb.example.net");
        assertThat(plan.records().get(0).typeChanged()).isTrue();
        assertThat(plan.of(RecordChange.Kind.REMOVED)).isEmpty();
      }
    }
  }

  /** A public and a private external-dns, each with its own --domain-filter. */
  static String externalDns(String name, String domain) {
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
                args: [--source=gateway-httproute, --domain-filter=%s, --provider=aws, --policy=sync]
        """
        .formatted(name, domain);
  }

  static final String OPEN_GATEWAY =
      """
      apiVersion: gateway.networking.k8s.io/v1
      kind: Gateway
      metadata: {name: public, namespace: infra}
      spec:
        gatewayClassName: envoy
        listeners:
        - {name: http, port: 80, protocol: HTTP, allowedRoutes: {namespaces: {from: All}}}
      status:
        addresses: [{value: 203.0.113.10}]
      """;

  static String route(String name, String hostname) {
    return ROUTE.formatted(name, name).replace(name + ".example.com", hostname);
  }

  @Test
  void diffAndHistoryCompareEveryExternalDnsInstanceByName() throws Exception {
    try (TestRepository repo = new TestRepository(dir)) {
      repo.write("infra/gateway.yaml", OPEN_GATEWAY)
          .write("dns/public.yaml", externalDns("public", "example.com"))
          .write("apps/web.yaml", route("web", "web.example.com"))
          .write("apps/db.yaml", route("db", "db.internal.example.org"))
          .commit("public only");
      repo.write("dns/private.yaml", externalDns("private", "internal.example.org"))
          .commit("add the private external-dns");
      repo.delete("apps/web.yaml").commit("retire web");
      try (GitRepository git = GitRepository.find(dir)) {
        AnalysisResult one = at(git, "HEAD~2", "");
        AnalysisResult two = at(git, "HEAD~1", "");
        AnalysisResult three = at(git, "HEAD", "");
        PlanChanges added = PlanChanges.between(one.plans(), two.plans());
        assertThat(added.instances())
            .extracting(
                i ->
                    i.name()
                        + " "
                        + i.presence()
                        + " "
                        + i.plan().records().stream()
                            .map(c -> c.kind() + " " + c.dnsName())
                            .toList())
            .containsExactly(
                "dns/private ADDED [ADDED db.internal.example.org]", "dns/public BOTH []");
        assertThat(added.grouped()).isTrue();
        // The removal is in the second instance (dns/public sorts after dns/private): it must be
        // seen.
        PlanChanges retired = PlanChanges.between(two.plans(), three.plans());
        assertThat(retired.of(RecordChange.Kind.REMOVED))
            .extracting(RecordChange::dnsName)
            .containsExactly("web.example.com");
        assertThat(retired.instances())
            .extracting(i -> i.name() + " " + i.plan().isEmpty())
            .containsExactly("dns/private true", "dns/public false");
        History history =
            HistoryWalker.walk(
                git,
                git.commit("HEAD"),
                AnalysisRequest.builder().build(),
                List.of(""),
                0,
                null,
                null);
        assertThat(history.timeline())
            .extracting(
                s ->
                    s.commit().subject()
                        + ": "
                        + s.plan().instances().stream()
                            .filter(
                                i ->
                                    !i.plan().isEmpty()
                                        || i.presence() != PlanChanges.Presence.BOTH)
                            .map(
                                i ->
                                    i.name()
                                        + " "
                                        + i.plan().records().stream()
                                            .map(c -> c.kind() + " " + c.dnsName())
                                            .toList())
                            .toList())
            .containsExactly(
                "public only: [dns/public [ADDED web.example.com]]",
                "add the private external-dns: [dns/private [ADDED db.internal.example.org]]",
                "retire web: [dns/public [REMOVED web.example.com]]");
      }
    }
  }

  @Test
  void aKustomizationAboveTheAnalyzedPathGivesTheNamespaceInARevision() throws Exception {
    try (TestRepository repo = new TestRepository(dir)) {
      repo.write(
              "apps/kustomization.yaml",
              "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: apps\n"
                  + "resources: [./shop]\n")
          .write(
              "apps/shop/kustomization.yaml",
              "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [route.yaml]\n")
          .write("apps/shop/route.yaml", route("web"))
          .commit("kustomized");
      try (GitRepository git = GitRepository.find(dir)) {
        AnalysisResult result = at(git, "HEAD", "apps/shop");
        assertThat(result.stats().files()).isEqualTo(2);
        assertThat(result.inventory().routes())
            .singleElement()
            .satisfies(
                r -> {
                  assertThat(r.metadata().namespace())
                      .isEqualTo("apps"); // overrides metadata.namespace: shop
                  assertThat(r.metadata().namespaceOrigin())
                      .isEqualTo("namespace of apps/kustomization.yaml");
                });
      }
    }
  }

  @Test
  void historyNamesTheCommitThatIntroducedEachFindingAndLogsDnsChanges() throws Exception {
    try (TestRepository repo = new TestRepository(dir)) {
      repo.write("infra/gateway.yaml", gateway("All", "203.0.113.10"))
          .write("apps/web.yaml", route("web"))
          .commit("add web");
      repo.write("README.md", "docs only\n").commit("docs");
      RevCommit breaking =
          repo.write("apps/api.yaml", route("api").replace("name: public", "name: pubic"))
              .commit("add api with a typo");
      String api = Files.readString(dir.resolve("apps/api.yaml"));
      repo.delete("apps/api.yaml").write("apps/api-route.yaml", api).commit("rename api");
      repo.write("infra/gateway.yaml", gateway("All", "203.0.113.20"))
          .commit("move the load balancer");
      try (GitRepository git = GitRepository.find(dir)) {
        History history =
            HistoryWalker.walk(
                git,
                git.commit("HEAD"),
                AnalysisRequest.builder().build(),
                List.of(""),
                0,
                null,
                null);
        assertThat(history.commits()).hasSize(5);
        assertThat(history.truncated()).isFalse();
        // The rename keeps the finding's identity: it started with the typo, not with the rename.
        assertThat(history.current())
            .extracting(i -> i.finding().ruleId() + " since " + i.commit().subject())
            .containsExactly(
                "parent-not-found since add api with a typo",
                "gatewayclass-not-found since add web");
        assertThat(history.current())
            .first()
            .satisfies(
                i -> {
                  assertThat(i.finding().ruleId()).isEqualTo("parent-not-found");
                  assertThat(i.finding().location().file()).isEqualTo("apps/api-route.yaml");
                  assertThat(i.commit().sha()).isEqualTo(breaking.name());
                  assertThat(i.orEarlier()).isFalse();
                });
        assertThat(history.timeline())
            .extracting(
                s ->
                    s.commit().subject()
                        + ": "
                        + s.plan().records().stream()
                            .map(c -> c.kind() + " " + c.dnsName())
                            .toList()
                        + " "
                        + s.findings().introduced().size()
                        + " introduced")
            .containsExactly(
                "add web: [ADDED web.example.com] 1 introduced",
                "add api with a typo: [] 1 introduced",
                "move the load balancer: [CHANGED web.example.com] 0 introduced");
        // The docs commit changed no manifest: not analyzed. Each blob parsed once per run:
        // gateway x2, web, api (the rename keeps the blob but changes the path).
        assertThat(history.analyses()).isEqualTo(4);
        assertThat(history.parses()).isEqualTo(5);
      }
    }
  }

  @Test
  void historyFollowsTheFirstParentThroughMerges() throws Exception {
    try (TestRepository repo = new TestRepository(dir)) {
      repo.write("infra/gateway.yaml", gateway("All", "203.0.113.10")).commit("gateway");
      repo.git.checkout().setCreateBranch(true).setName("feature").call();
      repo.write("apps/web.yaml", route("web")).commit("web on a branch");
      repo.write("apps/web.yaml", route("web").replace("web.example.com", "www.example.com"))
          .commit("rename host");
      repo.git.checkout().setName("main").call();
      repo.write("apps/api.yaml", route("api")).commit("api on main");
      repo.git
          .merge()
          .include(repo.git.getRepository().resolve("feature"))
          .setCommit(true)
          .setMessage("merge feature")
          .setFastForward(org.eclipse.jgit.api.MergeCommand.FastForwardMode.NO_FF)
          .call();
      try (GitRepository git = GitRepository.find(dir)) {
        History history =
            HistoryWalker.walk(
                git,
                git.commit("main"),
                AnalysisRequest.builder().build(),
                List.of(""),
                0,
                null,
                null);
        assertThat(history.commits())
            .extracting(CommitInfo::subject)
            .containsExactly("merge feature", "api on main", "gateway");
        assertThat(history.timeline())
            .extracting(
                s ->
                    s.commit().subject()
                        + " "
                        + s.plan().records().stream().map(RecordChange::dnsName).toList())
            .containsExactly(
                "gateway []", "api on main [api.example.com]", "merge feature [www.example.com]");
      }
    }
  }

  @Test
  void maxCountTruncatesAndSaysSo() throws Exception {
    try (TestRepository repo = new TestRepository(dir)) {
      repo.write("apps/api.yaml", route("api")).commit("api without a gateway");
      repo.write("apps/web.yaml", route("web")).commit("web without a gateway");
      try (GitRepository git = GitRepository.find(dir)) {
        History history =
            HistoryWalker.walk(
                git,
                git.commit("HEAD"),
                AnalysisRequest.builder().build(),
                List.of(""),
                1,
                null,
                null);
        assertThat(history.truncated()).isTrue();
        assertThat(history.current())
            .hasSize(2)
            .allSatisfy(i -> assertThat(i.orEarlier()).isTrue());
        assertThat(history.timeline()).isEmpty();
      }
    }
  }

  @Test
  void entriesThatAreNotManifestsInGitAreNoticedNotRead() throws Exception {
    try (TestRepository repo = new TestRepository(dir)) {
      repo.write("apps/web.yaml", route("web"))
          .write(
              "apps/big.yaml",
              "version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 123\n");
      Files.createSymbolicLink(dir.resolve("apps/link.yaml"), Path.of("web.yaml"));
      Files.createSymbolicLink(
          dir.resolve("apps/current"), Path.of("../releases/v2")); // a link to a directory
      repo.git.add().addFilepattern(".").call();
      // A submodule: a gitlink entry, named like a directory, with no extension.
      org.eclipse.jgit.dircache.DirCache index = repo.git.getRepository().lockDirCache();
      org.eclipse.jgit.dircache.DirCacheEditor editor = index.editor();
      editor.add(
          new org.eclipse.jgit.dircache.DirCacheEditor.PathEdit("apps/vendor") {
            @Override
            public void apply(org.eclipse.jgit.dircache.DirCacheEntry entry) {
              entry.setFileMode(org.eclipse.jgit.lib.FileMode.GITLINK);
              entry.setObjectId(ObjectId.fromString("0123456789abcdef0123456789abcdef01234567"));
            }
          });
      editor.commit();
      org.eclipse.jgit.lib.PersonIdent who =
          new org.eclipse.jgit.lib.PersonIdent("Ada", "ada@example.com");
      repo.git
          .commit()
          .setMessage("odd entries")
          .setAuthor(who)
          .setCommitter(who)
          .setSign(false)
          .call();
      try (GitRepository git = GitRepository.find(dir)) {
        AnalysisResult result = at(git, "HEAD", "apps");
        assertThat(result.stats().files()).isEqualTo(1);
        String symlink =
            "symlink in "
                + git.commit("HEAD").abbreviate(12).name()
                + " not followed: gwdns reads Git revisions as stored";
        assertThat(result.notices())
            .filteredOn(n -> !n.file().isEmpty())
            .extracting(Notice::file, Notice::message)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple(
                    "apps/big.yaml",
                    "Git LFS pointer not analyzed: the manifest itself is not in the repository"),
                org.assertj.core.groups.Tuple.tuple("apps/current", symlink),
                org.assertj.core.groups.Tuple.tuple("apps/link.yaml", symlink),
                org.assertj.core.groups.Tuple.tuple(
                    "apps/vendor", "submodule not analyzed: its files are in another repository"));
      }
    }
  }

  @Test
  void ciRealitiesAreOneClearMessage() throws Exception {
    try (TestRepository repo = new TestRepository(dir.resolve("origin"))) {
      try (GitRepository empty = GitRepository.find(repo.dir)) {
        assertThatThrownBy(() -> empty.commit("HEAD"))
            .isInstanceOf(AnalysisException.class)
            .hasMessage("the repository has no commits yet, so there is no 'HEAD'");
      }
      RevCommit one = repo.write("apps/web.yaml", route("web")).commit("one");
      repo.write("apps/api.yaml", route("api")).commit("two");
      // A detached HEAD (what CI checks out for a pull request) is just a commit.
      repo.git.checkout().setName(one.name()).call();
      try (GitRepository detached = GitRepository.find(repo.dir)) {
        assertThat(detached.commit("HEAD").name()).isEqualTo(one.name());
        assertThat(
                HistoryWalker.walk(
                        detached,
                        detached.commit("HEAD"),
                        AnalysisRequest.builder().build(),
                        List.of(""),
                        0,
                        null,
                        null)
                    .commits())
            .hasSize(1);
      }
      repo.git.checkout().setName("main").call();
      try (GitRepository git = GitRepository.find(repo.dir)) {
        assertThatThrownBy(() -> git.commit("origin/main"))
            .isInstanceOf(AnalysisException.class)
            .hasMessage(
                "unknown revision 'origin/main'; check the branch, tag or SHA (remote branches are named like origin/main)");
        assertThatThrownBy(() -> at(git, "HEAD", "nope"))
            .isInstanceOf(AnalysisException.class)
            .hasMessageStartingWith("path 'nope' is not in ");
      }
      // A shallow clone (actions/checkout's default) does not have the base.
      Path shallow = dir.resolve("shallow");
      Git.cloneRepository()
          .setURI(repo.dir.toUri().toString())
          .setDirectory(shallow.toFile())
          .setDepth(1)
          .call()
          .close();
      try (GitRepository git = GitRepository.find(shallow)) {
        assertThat(git.isShallow()).isTrue();
        assertThatThrownBy(() -> git.commit("HEAD~1"))
            .isInstanceOf(AnalysisException.class)
            .hasMessageContaining("shallow clone")
            .hasMessageContaining("fetch-depth: 0");
        History history =
            HistoryWalker.walk(
                git,
                git.commit("HEAD"),
                AnalysisRequest.builder().build(),
                List.of(""),
                0,
                null,
                null);
        assertThat(history.commits()).hasSize(1);
        assertThat(history.truncated()).isTrue();
      }
      // A bare repository has trees but no working tree or index.
      Path bare = dir.resolve("bare.git");
      Git.cloneRepository()
          .setURI(repo.dir.toUri().toString())
          .setDirectory(bare.toFile())
          .setBare(true)
          .call()
          .close();
      try (GitRepository git = GitRepository.find(bare)) {
        assertThat(git.isBare()).isTrue();
        assertThat(records(at(git, "HEAD", ""))).isEmpty();
        assertThatThrownBy(git::index)
            .isInstanceOf(AnalysisException.class)
            .hasMessage("a bare repository has no index; name two revisions instead");
      }
      assertThatThrownBy(() -> GitRepository.find(dir.resolve("none")))
          .isInstanceOf(AnalysisException.class);
    }
  }

  @Test
  void indexHoldsWhatIsStaged() throws Exception {
    try (TestRepository repo = new TestRepository(dir)) {
      repo.write("infra/gateway.yaml", gateway("All", "203.0.113.10")).commit("gateway");
      repo.write("apps/web.yaml", route("web"));
      repo.git.add().addFilepattern("apps/web.yaml").call();
      repo.write("apps/api.yaml", route("api")); // not staged
      try (GitRepository git = GitRepository.find(dir)) {
        AnalysisResult staged =
            Analyzer.run(
                AnalysisRequest.builder()
                    .build()
                    .withGit(new TreeInput(git.index(), List.of(""), true)));
        assertThat(records(staged)).containsExactly("web.example.com A 203.0.113.10");
      }
    }
  }

  @Test
  void parseResultsNameTheirFileSoOneBlobAtTwoPathsIsParsedTwice() throws Exception {
    try (TestRepository repo = new TestRepository(dir)) {
      repo.write("a/web.yaml", "apiVersion: v1\nkind: [unclosed\n").commit("one");
      repo.write("b/web.yaml", "apiVersion: v1\nkind: [unclosed\n")
          .commit("same content at a second path");
      try (GitRepository git = GitRepository.find(dir)) {
        AnalysisRequest request = AnalysisRequest.builder().build();
        History history =
            HistoryWalker.walk(git, git.commit("HEAD"), request, List.of(""), 0, null, null);
        assertThat(history.parses()).isEqualTo(2);
        // The cached result keeps the path it was parsed at: each finding's file is its own.
        AnalysisResult head = at(git, "HEAD", "");
        assertThat(head.findings())
            .extracting(f -> f.location().file())
            .contains("a/web.yaml", "b/web.yaml");
      }
    }
  }

  @Test
  void blobIdAndPathAreTheCacheKey() {
    ObjectId id = ObjectId.fromString("0123456789abcdef0123456789abcdef01234567");
    try (var memory = new InMemoryRepository(new DfsRepositoryDescription("t"))) {
      assertThat(new BlobFile("a/b.yaml", id, memory).cacheKey())
          .isEqualTo("0123456789abcdef0123456789abcdef01234567:a/b.yaml");
    }
  }
}
