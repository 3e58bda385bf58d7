package io.github.gwdns.bench;

import com.sun.management.OperatingSystemMXBean;
import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.Analyzer;
import io.github.gwdns.core.git.GitRepository;
import io.github.gwdns.core.history.History;
import io.github.gwdns.core.history.HistoryWalker;
import io.github.gwdns.core.report.PlansReport;
import io.github.gwdns.core.report.ReportFormat;
import io.github.gwdns.core.report.Reports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The benchmark (docs/performance.md): generates repositories of each size and measures the
 * parse-only floor, {@code check} with every report format, {@code plan}, {@code history} over many
 * commits, and the CLI's start-up; prints a Markdown report with objects/s, MB/s, wall and CPU
 * time, peak heap, the cost of each phase, and each performance target with its measured value. Run
 * with {@code mvn -B -ntp -q -Pbench -pl cli -am -DskipTests verify}.
 */
public final class Bench {
  private final Map<String, String> args = new LinkedHashMap<>();
  private final StringBuilder report = new StringBuilder();
  private final List<String> targets = new ArrayList<>();

  private Bench(String[] argv) {
    for (String a : argv) {
      int eq = a.indexOf('=');
      args.put(a.substring(2, eq), a.substring(eq + 1));
    }
  }

  public static void main(String[] argv) throws Exception {
    new Bench(argv).run();
  }

  /** One measured run: wall and process CPU time, and the heap's peak during it. */
  private record Run(long nanos, long cpuNanos, long peakHeap) {
    double seconds() {
      return nanos / 1e9;
    }
  }

  private void run() throws Exception {
    Path work = Path.of(args.get("work"));
    delete(work);
    long seed = Long.parseLong(args.get("seed"));
    int[] sizes = Arrays.stream(args.get("sizes").split(",")).mapToInt(Integer::parseInt).toArray();
    line("# gwdns benchmark");
    line("");
    line(
        "Machine: "
            + Runtime.getRuntime().availableProcessors()
            + " CPUs, "
            + System.getProperty("os.name")
            + " "
            + System.getProperty("os.arch")
            + "; JVM "
            + System.getProperty("java.vm.name")
            + " "
            + System.getProperty("java.version")
            + ", max heap "
            + Runtime.getRuntime().maxMemory() / (1 << 20)
            + " MiB. Seed "
            + seed
            + ". Times are the best of"
            + " three runs (one at 100,000 objects) in one warm JVM; CPU is the process's, all threads.");
    line("");
    line(
        "| Objects | Files | MB | Parse floor | check (all formats) | check / floor | CPU check / floor | plan | objects/s (check) | MB/s (check) | Peak heap (check) |");
    line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    Map<Integer, Run> checks = new LinkedHashMap<>();
    Map<Integer, Double> ratios = new LinkedHashMap<>();
    Map<Integer, Map<String, Long>> phases = new LinkedHashMap<>();
    Map<Integer, Integer> objectCounts = new LinkedHashMap<>();
    for (int size : sizes) {
      Path repo = work.resolve("repo-" + size);
      SyntheticRepository.Written written = SyntheticRepository.generate(repo, size, seed);
      int repeats = size >= 100_000 ? 1 : 3;
      Run floor = best(repeats, () -> parseFloor(repo));
      Run check = best(repeats, () -> check(repo, phases, size));
      Run plan = best(repeats, () -> plan(repo));
      double mb = written.bytes() / 1e6;
      checks.put(size, check);
      objectCounts.put(size, written.objects());
      ratios.put(size, check.nanos() / (double) floor.nanos());
      line(
          String.format(
              Locale.ROOT,
              "| %,d | %,d | %.1f | %.2f s | %.2f s | %.2f | %.2f | %.2f s | %,.0f | %.1f | %,d MiB |",
              written.objects(),
              written.files(),
              mb,
              floor.seconds(),
              check.seconds(),
              check.nanos() / (double) floor.nanos(),
              check.cpuNanos() / (double) floor.cpuNanos(),
              plan.seconds(),
              written.objects() / check.seconds(),
              mb / check.seconds(),
              check.peakHeap() / (1 << 20)));
    }
    phaseTable(phases);
    scaling(sizes, checks, objectCounts, ratios);
    corpus(Path.of(args.get("corpus")));
    determinism(work.resolve("repo-" + sizes[0]));
    history(work, seed);
    startup(work, seed);
    line("");
    line("## Targets");
    line("");
    targets.forEach(t -> line("- " + t));
    Files.writeString(Path.of(args.get("report")), report.toString(), StandardCharsets.UTF_8);
  }

  /**
   * The real-world corpus, whole, as one input: the parse floor, check with every format, and the
   * wall time of each phase. Its files are what repositories hold (Helm values, kustomize overlays,
   * Flux and Argo CD trees), so its phases differ from the synthetic ones.
   */
  private void corpus(Path corpus) throws Exception {
    line("");
    if (!Files.isDirectory(corpus)) {
      line("Real-world corpus: not found at " + corpus + "; skipped.");
      return;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files =
          walk.filter(
                  p ->
                      Files.isRegularFile(p)
                          && (p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")))
              .toList();
    }
    long bytes = 0;
    for (Path f : files) {
      bytes += Files.size(f);
    }
    Map<Integer, Map<String, Long>> phases = new LinkedHashMap<>();
    Run floor = best(3, () -> parseFloorLenient(files));
    Run check = best(3, () -> check(corpus, phases, 0));
    line(
        String.format(
            Locale.ROOT,
            "Real-world corpus (`../shared/corpus/real`, whole): %,d YAML files, %.1f MB; parse floor"
                + " %.2f s, check (all formats) %.2f s, check / floor %.2f; peak heap %,d MiB. Phases"
                + " of its best run, in seconds:",
            files.size(),
            bytes / 1e6,
            floor.seconds(),
            check.seconds(),
            check.nanos() / (double) floor.nanos(),
            check.peakHeap() / (1 << 20)));
    line("");
    Map<String, Long> p = phases.get(0);
    List<String> names = new ArrayList<>(p.keySet());
    line("| " + String.join(" | ", names) + " |");
    line("|" + "---:|".repeat(names.size()));
    line(
        "| "
            + String.join(
                " | ",
                names.stream()
                    .map(n -> String.format(Locale.ROOT, "%.3f", p.get(n) / 1e9))
                    .toList())
            + " |");
    targets.add(
        String.format(
            Locale.ROOT,
            "corpus check / floor %.2f (no target of its own; the 1.5x target is for the synthetic sizes)",
            check.nanos() / (double) floor.nanos()));
  }

  /** The parse floor over files of any kind: a file SnakeYAML refuses costs what it cost. */
  private static void parseFloorLenient(List<Path> files) {
    long nodes =
        files.parallelStream()
            .mapToLong(
                f -> {
                  long n = 0;
                  try {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    for (Node node : new Compose(SETTINGS).composeAllFromString(text)) {
                      n += node == null ? 0 : 1;
                    }
                  } catch (IOException | RuntimeException e) {
                    // Helm templates and other files that are not YAML: gwdns reports them, the
                    // floor skips them.
                  }
                  return n;
                })
            .sum();
    if (nodes == 0) {
      throw new IllegalStateException("nothing parsed");
    }
  }

  private void phaseTable(Map<Integer, Map<String, Long>> phases) {
    line("");
    line("Wall time of each phase of `check` (its best run), in seconds:");
    line("");
    List<String> names = new ArrayList<>(phases.values().iterator().next().keySet());
    line("| Objects | " + String.join(" | ", names) + " |");
    line("|---:|" + "---:|".repeat(names.size()));
    phases.forEach(
        (size, p) ->
            line(
                String.format(Locale.ROOT, "| %,d | ", size)
                    + String.join(
                        " | ",
                        names.stream()
                            .map(
                                n ->
                                    String.format(Locale.ROOT, "%.3f", p.getOrDefault(n, 0L) / 1e9))
                            .toList())
                    + " |"));
  }

  private void scaling(
      int[] sizes,
      Map<Integer, Run> checks,
      Map<Integer, Integer> objects,
      Map<Integer, Double> ratios) {
    if (sizes.length < 2) {
      return;
    }
    int small = sizes[0];
    int large = sizes[sizes.length - 1];
    double perSmall = checks.get(small).nanos() / (double) objects.get(small);
    double perLarge = checks.get(large).nanos() / (double) objects.get(large);
    double exponent =
        Math.log(checks.get(large).nanos() / (double) checks.get(small).nanos())
            / Math.log(objects.get(large) / (double) objects.get(small));
    line("");
    line(
        String.format(
            Locale.ROOT,
            "Cost per object of `check`: %.1f µs at %,d objects, %.1f µs at %,d. Measured exponent of the"
                + " check time in the number of objects, %,d to %,d: %.2f (1.00 is linear; below 1, fixed costs still weigh at the small end).",
            perSmall / 1e3,
            objects.get(small),
            perLarge / 1e3,
            objects.get(large),
            objects.get(small),
            objects.get(large),
            exponent));
    for (int size : sizes) {
      if (size >= 10_000) {
        target(
            ratios.get(size) <= 1.5,
            String.format(
                Locale.ROOT,
                "`check` within 1.5x of the parse-only floor at %,d objects: %.2fx",
                objects.get(size),
                ratios.get(size)));
      }
    }
    target(
        exponent <= 1.1,
        String.format(
            Locale.ROOT,
            "cost per object flat from %,d to %,d objects (no superlinear step): exponent %.2f",
            objects.get(small),
            objects.get(large),
            exponent));
    if (large >= 100_000) {
      target(
          checks.get(large).peakHeap() < Runtime.getRuntime().maxMemory(),
          String.format(
              Locale.ROOT,
              "%,d objects analyzed in a %,d MiB heap: peak %,d MiB",
              objects.get(large),
              Runtime.getRuntime().maxMemory() / (1 << 20),
              checks.get(large).peakHeap() / (1 << 20)));
    }
  }

  /** The same input gives the same bytes, with files parsed on several threads. */
  private void determinism(Path repo) throws Exception {
    byte[] first = sarif(repo);
    byte[] second = sarif(repo);
    line("");
    line(
        "Determinism: two `check --format sarif` runs of the "
            + repo.getFileName()
            + " repository gave "
            + (Arrays.equals(first, second) ? "the same bytes" : "DIFFERENT bytes")
            + " ("
            + first.length
            + " bytes).");
    if (!Arrays.equals(first, second)) {
      throw new IllegalStateException("non-deterministic output");
    }
  }

  private static byte[] sarif(Path repo) throws Exception {
    AnalysisResult result =
        Analyzer.run(AnalysisRequest.builder().addPath(repo).baseDir(repo).build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Reports.write(
        ReportFormat.SARIF,
        result,
        new Reports.Options(false, null, Reports.Options.DEFAULT_CATEGORY),
        out);
    return out.toByteArray();
  }

  /**
   * SnakeYAML Engine composing every document of every file, in parallel as gwdns loads, with the
   * settings gwdns needs (marks, the core schema for merge keys): nothing else.
   */
  private static void parseFloor(Path repo) throws IOException {
    List<Path> files = manifests(repo);
    long nodes =
        files.parallelStream()
            .mapToLong(
                f -> {
                  try {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    long n = 0;
                    for (Node node : new Compose(SETTINGS).composeAllFromString(text)) {
                      n += node == null ? 0 : 1;
                    }
                    return n;
                  } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                })
            .sum();
    if (nodes == 0) {
      throw new IllegalStateException("nothing parsed");
    }
  }

  private static final LoadSettings SETTINGS =
      LoadSettings.builder()
          .setUseMarks(true)
          .setSchema(new org.snakeyaml.engine.v2.schema.CoreSchema())
          .build();

  private static List<Path> manifests(Path repo) throws IOException {
    try (Stream<Path> walk = Files.walk(repo)) {
      return walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  private static void check(Path repo, Map<Integer, Map<String, Long>> phases, int size)
      throws Exception {
    long start = System.nanoTime();
    AnalysisResult result =
        Analyzer.run(AnalysisRequest.builder().addPath(repo).baseDir(repo).build());
    long analysis = System.nanoTime() - start;
    OutputStream sink = OutputStream.nullOutputStream();
    for (ReportFormat format : ReportFormat.values()) {
      Reports.write(
          format, result, new Reports.Options(false, null, Reports.Options.DEFAULT_CATEGORY), sink);
    }
    Map<String, Long> p = new LinkedHashMap<>(result.stats().phaseNanos());
    p.put("reports", System.nanoTime() - start - analysis);
    Map<String, Long> previous = phases.get(size);
    if (previous == null || sum(p) < sum(previous)) {
      phases.put(size, p);
    }
  }

  private static long sum(Map<String, Long> phases) {
    return phases.values().stream().mapToLong(Long::longValue).sum();
  }

  private static void plan(Path repo) throws Exception {
    AnalysisResult result =
        Analyzer.run(AnalysisRequest.builder().addPath(repo).baseDir(repo).build());
    new PlansReport(result).writeJson(OutputStream.nullOutputStream());
  }

  /** A repository of history-size objects, then N commits changing 1-3 route files each. */
  private void history(Path work, long seed) throws Exception {
    int commits = Integer.parseInt(args.get("commits"));
    int size = Integer.parseInt(args.get("history-size"));
    if (commits <= 0) {
      return;
    }
    Path repo = work.resolve("history-" + size);
    SyntheticRepository.Written written = SyntheticRepository.generate(repo, size, seed);
    Random random = new Random(seed);
    long time = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      commit(git, "initial", time);
      List<Path> routes = written.routeFiles();
      for (int c = 0; c < commits; c++) {
        int changes = 1 + random.nextInt(3);
        for (int k = 0; k < changes; k++) {
          Path file = routes.get(random.nextInt(routes.size()));
          String text = Files.readString(file);
          // A TTL change: a new blob, a changed record.
          Files.writeString(
              file,
              text.replaceFirst("ttl: \"(\\d+)\"", "ttl: \"" + (60 + random.nextInt(3600)) + "\""));
          git.add().addFilepattern(repo.relativize(file).toString().replace('\\', '/')).call();
        }
        commit(git, "change " + c, time + 60L * (c + 1));
      }
    }
    Run head =
        best(3, () -> Analyzer.run(AnalysisRequest.builder().addPath(repo).baseDir(repo).build()));
    long[] counts = new long[2];
    Run walk =
        best(
            1,
            () -> {
              try (GitRepository git = GitRepository.find(repo)) {
                History h =
                    HistoryWalker.walk(
                        git,
                        git.commit("HEAD"),
                        AnalysisRequest.builder().baseDir(repo).build(),
                        List.of(""),
                        0,
                        null,
                        null);
                counts[0] = h.analyses();
                counts[1] = h.parses();
              }
            });
    double ratio = walk.nanos() / (double) head.nanos();
    line("");
    line(
        String.format(
            Locale.ROOT,
            "History: %,d commits (1-3 route files changed each) over %,d objects: %.1f s (CPU %.1f s),"
                + " %,d commits analyzed, %,d blobs parsed (%,d files at the head); one full check of the head: %.2f s;"
                + " history / check = %.1f; %.0f commits/s; peak heap %,d MiB.",
            commits + 1,
            written.objects(),
            walk.seconds(),
            walk.cpuNanos() / 1e9,
            counts[0],
            counts[1],
            written.files(),
            head.seconds(),
            ratio,
            (commits + 1) / walk.seconds(),
            walk.peakHeap() / (1 << 20)));
    target(
        ratio < 5,
        String.format(
            Locale.ROOT,
            "`history` over %,d commits that change 1-3 files each under 5x one full check"
                + " of the head: %.1fx",
            commits,
            ratio));
    target(
        counts[1] <= written.files() + 3L * commits,
        String.format(
            Locale.ROOT,
            "only changed blobs are parsed: %,d parses for %,d files and %,d commits",
            counts[1],
            written.files(),
            commits));
  }

  private static void commit(Git git, String message, long epochSecond) throws Exception {
    PersonIdent who =
        new PersonIdent(
            "bench", "bench@example.com", Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
    git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
  }

  /**
   * {@code java -jar gwdns.jar check} on a 10-file repository, against the JVM's own start, and
   * with the class-data sharing archive the build writes beside the jar.
   */
  private void startup(Path work, long seed) throws Exception {
    Path jar = Path.of(args.get("cli-jar"));
    if (!Files.isRegularFile(jar)) {
      line("");
      line("Start-up: no CLI jar at " + jar + "; build the cli module first.");
      return;
    }
    Path small = work.resolve("repo-10");
    // Thirteen objects: ten files (a GatewayClass, the Namespaces, two Gateways, six routes).
    SyntheticRepository.Written written = SyntheticRepository.generate(small, 13, seed);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    double jvm = median(7, List.of(java, "-version"));
    double plain =
        median(
            7,
            List.of(java, "-jar", jar.toString(), "check", "--fail-on", "none", small.toString()));
    Path archive = work.resolve("gwdns.jsa");
    run(
        List.of(
            java,
            "-XX:ArchiveClassesAtExit=" + archive,
            "-jar",
            jar.toString(),
            "check",
            "--fail-on",
            "none",
            small.toString()));
    double shared =
        median(
            7,
            List.of(
                java,
                "-XX:SharedArchiveFile=" + archive,
                "-jar",
                jar.toString(),
                "check",
                "--fail-on",
                "none",
                small.toString()));
    line("");
    line(
        String.format(
            Locale.ROOT,
            "Start-up: `java -jar gwdns.jar check` on a %d-file repository takes %.2f s (median of 7); with"
                + " the class-data sharing archive (`-XX:SharedArchiveFile`, see docs/performance.md) %.2f s; the JVM alone (`java -version`)"
                + " %.2f s.",
            written.files(),
            plain,
            shared,
            jvm));
  }

  private static double median(int runs, List<String> command) throws Exception {
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      run(command);
      times.add((System.nanoTime() - start) / 1e9);
    }
    times.sort(null);
    return times.get(runs / 2);
  }

  private static void run(List<String> command) throws Exception {
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (p.waitFor() > 1) {
      throw new IllegalStateException(command + " failed");
    }
  }

  private interface Work {
    void run() throws Exception;
  }

  /**
   * The fastest of {@code repeats} runs, with the heap's peak during it: the largest total of the
   * heap in use, sampled every 5 ms (the per-pool peaks do not happen at once, so their sum
   * overstates it).
   */
  private static Run best(int repeats, Work work) throws Exception {
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    java.lang.management.MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    Run best = null;
    for (int i = 0; i < repeats; i++) {
      System.gc();
      java.util.concurrent.atomic.AtomicLong sampled = new java.util.concurrent.atomic.AtomicLong();
      java.util.concurrent.atomic.AtomicBoolean running =
          new java.util.concurrent.atomic.AtomicBoolean(true);
      Thread sampler =
          new Thread(
              () -> {
                while (running.get()) {
                  sampled.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                  try {
                    Thread.sleep(5);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              });
      sampler.setDaemon(true);
      sampler.start();
      long cpu = os.getProcessCpuTime();
      long start = System.nanoTime();
      try {
        work.run();
      } finally {
        running.set(false);
        sampler.join();
      }
      long nanos = System.nanoTime() - start;
      long cpuNanos = os.getProcessCpuTime() - cpu;
      long peak = sampled.get();
      if (best == null || nanos < best.nanos()) {
        best = new Run(nanos, cpuNanos, Math.max(peak, best == null ? 0 : best.peakHeap()));
      }
    }
    return best;
  }

  private void target(boolean met, String text) {
    targets.add((met ? "met: " : "**not met**: ") + text);
  }

  private void line(String text) {
    System.out.println(text);
    report.append(text).append('\n');
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
