package io.github.gwdns.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The ten-line pom the README shows is the one the gitops-pom integration build runs. */
class ReadmeExampleTest {
  @Test
  void readmePomIsTheTestedOne() throws Exception {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("## Maven plugin");
    int start = readme.indexOf("```xml\n", section) + "```xml\n".length();
    String shown = readme.substring(start, readme.indexOf("```", start));
    String tested = Files.readString(Path.of("src/it/gitops-pom/pom.xml"), StandardCharsets.UTF_8);
    assertThat(shown.lines().count()).isEqualTo(10);
    assertThat(withoutPluginVersion(shown)).isEqualTo(withoutPluginVersion(tested));
    // The invoker fills in the tested pom's version; the README must show the one being built.
    assertThat(tested).contains("<version>@project.version@</version>");
    assertThat(shown)
        .contains(
            "<artifactId>gwdns-maven-plugin</artifactId><version>"
                + projectVersion()
                + "</version>");
  }

  /** This module's version, from its pom (the parent's, which it inherits). */
  private static String projectVersion() throws java.io.IOException {
    String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
    java.util.regex.Matcher parent =
        java.util.regex.Pattern.compile(
                "<parent>.*?<version>([^<]+)</version>", java.util.regex.Pattern.DOTALL)
            .matcher(pom);
    assertThat(parent.find()).as("parent version in maven-plugin/pom.xml").isTrue();
    return parent.group(1);
  }

  private static String withoutPluginVersion(String pom) {
    return pom.replaceAll(
        "<artifactId>gwdns-maven-plugin</artifactId><version>[^<]+</version>",
        "<artifactId>gwdns-maven-plugin</artifactId><version>VERSION</version>");
  }
}
