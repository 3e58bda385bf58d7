package io.github.gwdns.maven;

import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.report.PlansReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code mvn gwdns:plan}: the DNS records external-dns will publish, as {@code gwdns-plan.json} and
 * {@code gwdns-plan.md} in the output directory, and as a table in the log. It never fails the
 * build on findings; {@code gwdns:check} does.
 */
@Mojo(name = "plan", threadSafe = true)
public class PlanMojo extends AbstractGwdnsMojo {
  static final String JSON = "gwdns-plan.json";
  static final String MARKDOWN = "gwdns-plan.md";

  @Override
  void report(AnalysisResult result) throws IOException, MojoExecutionException {
    PlansReport plan = new PlansReport(result);
    Path json = outputDirectory.toPath().resolve(JSON);
    try (OutputStream out = Files.newOutputStream(json)) {
      plan.writeJson(out);
    }
    Path markdown = outputDirectory.toPath().resolve(MARKDOWN);
    try (Writer out = Files.newBufferedWriter(markdown, StandardCharsets.UTF_8)) {
      plan.writeMarkdown(out);
    }
    StringWriter table = new StringWriter();
    plan.writeText(table);
    table.toString().lines().forEach(line -> getLog().info(line));
    plan.sourceFailureWarnings().forEach(w -> getLog().warn("gwdns: " + w));
    getLog().info("gwdns: wrote " + json + " and " + markdown);
    failOnUnreadable(result);
  }
}
