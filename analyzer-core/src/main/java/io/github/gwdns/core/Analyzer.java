package io.github.gwdns.core;

import io.github.gwdns.core.pipeline.Pipeline;

/**
 * The entry point of gwdns's analysis. Everything the CLI and the Maven plugin do goes through
 * here.
 *
 * <h2>Usage</h2>
 *
 * <pre>{@code
 * AnalysisResult result = Analyzer.run(
 *     AnalysisRequest.builder()
 *         .addPath(Path.of("clusters/prod"))
 *         .excludes(List.of("**}{@code /charts/**"))
 *         .build());
 * for (Finding f : result.findings()) {
 *   System.out.println(f.location().display() + " " + f.ruleId() + " " + f.message());
 * }
 * }</pre>
 *
 * <p>The pipeline runs one way: load (files, YAML with positions) → render (what each cluster
 * applies: kustomize, Flux, Argo CD) → model (typed objects, indexed) → attach (what a Gateway
 * controller decides) → predict (what external-dns publishes) → findings. Each cluster is analyzed
 * on its own from render on. Bad input never throws: a file that does not parse, or an object the
 * API server would reject, becomes an {@code invalid-manifest} finding and the rest is still
 * analyzed. Only input that cannot be reached at all (a path that does not exist) throws {@link
 * AnalysisException}. Nothing here prints or exits.
 */
public final class Analyzer {
  private Analyzer() {}

  /**
   * Analyzes what {@code request} names.
   *
   * @throws AnalysisException when an input cannot be reached at all (a path that does not exist)
   */
  public static AnalysisResult run(AnalysisRequest request) throws AnalysisException {
    return Pipeline.run(request);
  }
}
