package io.github.gwdns.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.predict.ExternalDnsOptions;
import io.github.gwdns.core.predict.StatusMode;
import java.io.File;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The mojo parameters map onto the core request; every external-dns option has its parameter. */
class MojoParametersTest {
  @TempDir Path project;

  private CheckMojo mojo() {
    CheckMojo mojo = new CheckMojo();
    mojo.basedir = project.toFile();
    mojo.buildDirectory = project.resolve("target").toFile();
    mojo.outputDirectory = project.resolve("target/gwdns").toFile();
    mojo.failOn = "error";
    return mojo;
  }

  /**
   * The parameters as Maven sees them: the plugin descriptor the build generated (the annotations
   * are not kept at run time), goal by goal, parameter name to its configuration expression.
   */
  private static Map<String, Map<String, String>> descriptor() throws Exception {
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(Path.of("target/classes/META-INF/maven/plugin.xml").toFile());
    Map<String, Map<String, String>> goals = new TreeMap<>();
    NodeList mojos = xml.getElementsByTagName("mojo");
    for (int i = 0; i < mojos.getLength(); i++) {
      Element mojo = (Element) mojos.item(i);
      Map<String, String> parameters = new TreeMap<>();
      NodeList names = ((Element) mojo.getElementsByTagName("parameters").item(0)).getElementsByTagName("name");
      for (int j = 0; j < names.getLength(); j++) {
        parameters.put(names.item(j).getTextContent(), "");
      }
      NodeList configuration = ((Element) mojo.getElementsByTagName("configuration").item(0)).getChildNodes();
      for (int j = 0; j < configuration.getLength(); j++) {
        if (configuration.item(j) instanceof Element e) {
          parameters.put(e.getTagName(), e.getTextContent());
        }
      }
      goals.put(mojo.getElementsByTagName("goal").item(0).getTextContent(), parameters);
    }
    return goals;
  }

  @Test
  void everyExternalDnsOptionIsAParameterOfEveryGoal() throws Exception {
    Map<String, Map<String, String>> goals = descriptor();
    assertThat(goals.keySet()).containsExactly("check", "plan");
    for (RecordComponent option : ExternalDnsOptions.class.getRecordComponents()) {
      if (option.getName().equals("origins")) {
        continue; // where values came from, not an option
      }
      String name = switch (option.getName()) {
        case "fqdnTemplates" -> "fqdnTemplate";
        case "version" -> "externalDnsVersion";
        default -> option.getName();
      };
      for (Map.Entry<String, Map<String, String>> goal : goals.entrySet()) {
        assertThat(goal.getValue()).as("parameters of gwdns:%s", goal.getKey()).containsKey(name);
      }
    }
  }

  @Test
  void everyParameterIsAlsoAUserProperty() throws Exception {
    for (Map.Entry<String, Map<String, String>> goal : descriptor().entrySet()) {
      for (Map.Entry<String, String> parameter : goal.getValue().entrySet()) {
        if (List.of("basedir", "buildDirectory", "variables").contains(parameter.getKey())) {
          continue; // read-only project values, and a map (maps have no -D form)
        }
        assertThat(parameter.getValue()).as("expression of %s in gwdns:%s", parameter.getKey(), goal.getKey())
            .startsWith("${gwdns." + parameter.getKey() + "}");
      }
    }
  }

  @Test
  void parametersWinOverTheConfigFileAndTheBuildDirectoryIsSkipped() throws Exception {
    Files.writeString(project.resolve(".gwdns.yaml"),
        "defaultNamespace: apps\nexclude: [charts/**]\nexternalDns: {gatewayName: public, statusMode: observed}\n");
    CheckMojo mojo = mojo();
    mojo.gatewayName = "private";
    mojo.sources = List.of("gateway-httproute");
    AnalysisRequest request = mojo.toRequest().build();
    assertThat(request.paths()).containsExactly(project);
    assertThat(request.defaultNamespace()).isEqualTo("apps");
    assertThat(request.excludes()).containsExactly("charts/**", "target/**");
    assertThat(request.externalDns().gatewayName()).isEqualTo("private");
    assertThat(request.externalDns().statusMode()).isEqualTo(StatusMode.OBSERVED);
    assertThat(request.externalDns().sources()).hasSize(1);
    assertThat(request.inlineSuppressions()).isTrue();
  }

  @Test
  void buildDirectoryOutsideThePathsNeedsNoExclude() {
    CheckMojo mojo = mojo();
    assertThat(mojo.buildDirectoryGlob(project.resolve("manifests"))).isNull();
    assertThat(mojo.buildDirectoryGlob(project)).isEqualTo("target/**");
  }

  @Test
  void mistakesAreExecutionErrorsThatSayWhat() {
    CheckMojo mojo = mojo();
    mojo.statusMode = "sometimes";
    assertThatThrownBy(mojo::toRequest).isInstanceOf(MojoExecutionException.class)
        .hasMessage("gwdns: unknown status mode 'sometimes'; expected observed, predicted or auto");
    assertThatThrownBy(() -> CheckMojo.threshold("fatal")).isInstanceOf(MojoExecutionException.class)
        .hasMessage("gwdns: failOn: unknown level 'fatal'; expected one of error, warning, note (or none)");
    CheckMojo missingBaseline = mojo();
    missingBaseline.baseline = new File(project.toFile(), "nope.json");
    assertThatThrownBy(missingBaseline::toRequest).isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("nope.json' does not exist");
  }
}
