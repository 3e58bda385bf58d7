package io.github.gwdns.maven;

import io.github.gwdns.core.AnalysisException;
import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.Analyzer;
import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.report.Summary;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code mvn gwdns:check}: analyzes the project's manifests and fails the build on findings. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public class CheckMojo extends AbstractMojo {

  /** Files and directories to analyze. */
  @Parameter(property = "gwdns.paths", defaultValue = "${project.basedir}")
  List<File> paths = new ArrayList<>();

  /** Base directory that paths in findings are relative to. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true)
  File basedir;

  /** Fail the build on findings at or above this level: error, warning, note or none. */
  @Parameter(property = "gwdns.failOn", defaultValue = "error")
  String failOn;

  /** Skip the analysis. */
  @Parameter(property = "gwdns.skip", defaultValue = "false")
  boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("gwdns: skipped");
      return;
    }
    Severity threshold = threshold();
    AnalysisRequest.Builder request = AnalysisRequest.builder().baseDir(basedir.toPath());
    paths.forEach(p -> request.addPath(p.toPath()));
    AnalysisResult result;
    try {
      result = Analyzer.run(request.build());
    } catch (AnalysisException e) {
      throw new MojoExecutionException("gwdns: " + e.getMessage(), e);
    }
    for (Finding f : result.findings()) {
      String line =
          f.location().file()
              + ":["
              + f.location().startLine()
              + ","
              + f.location().startColumn()
              + "] "
              + f.ruleId()
              + ": "
              + f.message();
      switch (f.severity()) {
        case ERROR -> getLog().error(line);
        case WARNING -> getLog().warn(line);
        case NOTE -> getLog().info(line);
      }
    }
    String summary = "gwdns: " + Summary.line(result);
    if (result.hasFindingsAtOrAbove(threshold)) {
      throw new MojoFailureException(summary);
    }
    getLog().info(summary);
  }

  private Severity threshold() throws MojoExecutionException {
    if ("none".equalsIgnoreCase(failOn)) {
      return null;
    }
    try {
      return Severity.parse(failOn);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("gwdns: failOn: " + e.getMessage(), e);
    }
  }
}
