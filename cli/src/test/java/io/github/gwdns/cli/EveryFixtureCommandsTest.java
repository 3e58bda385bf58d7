package io.github.gwdns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.Analyzer;
import io.github.gwdns.core.model.KubeObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code explain} on every route and Gateway, and {@code status} and {@code graph}, of every
 * fixture of analyzer-core: none may end in a usage error or an internal error. {@code explain}
 * renders typed causes, so a cause it has no words for shows up here, not in a user's terminal.
 */
class EveryFixtureCommandsTest {
  private static final Path RESOURCES = Path.of("..", "analyzer-core", "src", "test", "resources");

  /**
   * The Java names of the attachment outcomes and checks ({@code NOT_ALLOWED_BY_LISTENERS}): never
   * for a user's eyes (upper-case names in general are not: Flux variables look the same).
   */
  private static final java.util.regex.Pattern JAVA_CONSTANT =
      java.util.regex.Pattern.compile(
          Stream.of(
                  io.github.gwdns.core.attach.AttachmentOutcome.values(),
                  io.github.gwdns.core.attach.CheckKind.values(),
                  io.github.gwdns.core.attach.ListenerVerdict.values(),
                  io.github.gwdns.core.predict.ParentStep.values())
              .flatMap(java.util.Arrays::stream)
              .map(Enum::name)
              .filter(n -> n.contains("_"))
              .map(n -> "\\b" + n + "\\b")
              .collect(java.util.stream.Collectors.joining("|")));

  @TempDir Path temp;

  @Test
  void noCommandFailsOnAnyObjectOfAnyFixture() throws Exception {
    List<String> failures = new ArrayList<>();
    int runs = 0;
    for (Path fixture : inputs()) {
      // A repository of its own (a work tree outside this project's), as in its test.
      Path input = copy(fixture, temp.resolve(Integer.toString(runs)));
      for (String command : List.of("status", "graph")) {
        runs++;
        failures.addAll(run(command, input.toString()));
      }
      for (String target : targets(input)) {
        runs++;
        failures.addAll(run("explain", target, input.toString()));
      }
    }
    assertThat(runs).as("runs").isGreaterThan(500);
    assertThat(failures).isEmpty();
  }

  /** Each rule fixture and render or chart case directory, and each plan case file. */
  private static List<Path> inputs() throws IOException {
    List<Path> inputs = new ArrayList<>();
    try (Stream<Path> rules = Files.list(RESOURCES.resolve("fixtures"))) {
      for (Path rule : rules.sorted().toList()) {
        try (Stream<Path> cases = Files.list(rule)) {
          cases.filter(Files::isDirectory).sorted().forEach(inputs::add);
        }
      }
    }
    for (String dir : List.of("render-cases", "chart-cases")) {
      try (Stream<Path> cases = Files.list(RESOURCES.resolve(dir))) {
        cases.filter(Files::isDirectory).sorted().forEach(inputs::add);
      }
    }
    try (Stream<Path> cases = Files.list(RESOURCES.resolve("plan-cases"))) {
      cases.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(inputs::add);
    }
    return inputs;
  }

  private static Path copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    Path target = to.resolve(from.getFileName().toString());
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, target.resolve(from.relativize(f).toString()));
      }
    }
    // The fixture is the work tree: a directory holds its .git, a single file sits beside one.
    Files.createDirectories((Files.isDirectory(target) ? target : to).resolve(".git"));
    return target;
  }

  /** Every route and Gateway of every cluster, as explain names them. */
  private static java.util.SortedSet<String> targets(Path input) throws Exception {
    AnalysisResult result =
        Analyzer.run(AnalysisRequest.builder().addPath(input).baseDir(input).build());
    TreeSet<String> targets = new TreeSet<>();
    for (AnalysisResult cluster : result.clusters()) {
      for (KubeObject o : cluster.inventory().routes()) {
        targets.add(o.kind() + "/" + o.metadata().namespace() + "/" + o.metadata().name());
      }
      for (KubeObject o : cluster.inventory().manifests().gateways()) {
        targets.add("Gateway/" + o.metadata().namespace() + "/" + o.metadata().name());
      }
    }
    return targets;
  }

  private static List<String> run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    String stderr = err.toString(StandardCharsets.UTF_8);
    if (code == 2 || stderr.contains("internal error")) {
      return List.of("gwdns " + String.join(" ", args) + " exited " + code + ": " + stderr.strip());
    }
    String stdout = out.toString(StandardCharsets.UTF_8);
    java.util.regex.Matcher internal = JAVA_CONSTANT.matcher(stdout);
    if (args[0].equals("explain") && internal.find()) {
      return List.of("gwdns " + String.join(" ", args) + " shows " + internal.group());
    }
    return List.of();
  }
}
