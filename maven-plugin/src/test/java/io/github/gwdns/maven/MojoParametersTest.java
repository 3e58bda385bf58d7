package io.github.gwdns.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gwdns.core.AnalysisRequest;
import io.github.gwdns.core.predict.StatusMode;
import java.io.File;
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
    Document xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(Path.of("target/classes/META-INF/maven/plugin.xml").toFile());
    Map<String, Map<String, String>> goals = new TreeMap<>();
    NodeList mojos = xml.getElementsByTagName("mojo");
    for (int i = 0; i < mojos.getLength(); i++) {
      Element mojo = (Element) mojos.item(i);
      Map<String, String> parameters = new TreeMap<>();
      NodeList names =
          ((Element) mojo.getElementsByTagName("parameters").item(0)).getElementsByTagName("name");
      for (int j = 0; j < names.getLength(); j++) {
        parameters.put(names.item(j).getTextContent(), "");
      }
      NodeList configuration =
          ((Element) mojo.getElementsByTagName("configuration").item(0)).getChildNodes();
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
  void everyGoalTakesTheExternalDnsOptionsAsOneMapOfCatalogKeys() throws Exception {
    Map<String, Map<String, String>> goals = descriptor();
    assertThat(goals.keySet()).containsExactly("check", "plan");
    for (Map.Entry<String, Map<String, String>> goal : goals.entrySet()) {
      assertThat(goal.getValue())
          .as("parameters of gwdns:%s", goal.getKey())
          .containsKey("externalDnsOptions");
      for (io.github.gwdns.core.predict.ExternalDnsOption option :
          io.github.gwdns.core.predict.ExternalDnsOption.values()) {
        // One spelling: no parameter of its own beside the map (its -D property is read from the
        // catalog).
        assertThat(goal.getValue())
            .as("parameters of gwdns:%s", goal.getKey())
            .doesNotContainKey(option.key());
      }
    }
  }

  @Test
  void everyCatalogOptionIsAUserProperty() throws Exception {
    for (io.github.gwdns.core.predict.ExternalDnsOption option :
        io.github.gwdns.core.predict.ExternalDnsOption.values()) {
      CheckMojo mojo = mojo();
      mojo.userProperties = new java.util.Properties();
      String value =
          switch (option.type()) {
            case BOOLEAN -> "true";
            case LIST ->
                option == io.github.gwdns.core.predict.ExternalDnsOption.SOURCE
                    ? "gateway-grpcroute"
                    : "x.example.com";
            case TEXT ->
                switch (option) {
                  case STATUS_MODE -> "observed";
                  case EXTERNAL_DNS_VERSION -> "v0.20.0";
                  default -> "value";
                };
          };
      mojo.userProperties.setProperty("gwdns." + option.key(), value);
      var options = mojo.toRequest().build().externalDns();
      assertThat(options.isSet(option)).as("-Dgwdns.%s", option.key()).isTrue();
      assertThat(option.values(options)).as("-Dgwdns.%s", option.key()).containsExactly(value);
    }
  }

  @Test
  void everyParameterIsAlsoAUserProperty() throws Exception {
    for (Map.Entry<String, Map<String, String>> goal : descriptor().entrySet()) {
      for (Map.Entry<String, String> parameter : goal.getValue().entrySet()) {
        if (List.of(
                "basedir", "buildDirectory", "userProperties", "variables", "externalDnsOptions")
            .contains(parameter.getKey())) {
          continue; // read-only project values, and maps (maps have no -D form; each external-dns
          // option has its own)
        }
        assertThat(parameter.getValue())
            .as("expression of %s in gwdns:%s", parameter.getKey(), goal.getKey())
            .startsWith("${gwdns." + parameter.getKey() + "}");
      }
    }
  }

  @Test
  void parametersWinOverTheConfigFileAndTheBuildDirectoryIsSkipped() throws Exception {
    Files.writeString(
        project.resolve(".gwdns.yaml"),
        "defaultNamespace: apps\nexclude: [charts/**]\nexternalDns: {gatewayName: public, statusMode: observed}\n");
    CheckMojo mojo = mojo();
    mojo.externalDnsOptions = Map.of("gatewayName", "private", "source", "gateway-httproute");
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
  void userPropertiesOfExternalDnsOptionsWinOverTheMap() throws Exception {
    CheckMojo mojo = mojo();
    mojo.externalDnsOptions = Map.of("domainFilter", "example.org", "gatewayListenerSets", "false");
    mojo.userProperties = new java.util.Properties();
    mojo.userProperties.setProperty("gwdns.domainFilter", "example.com,example.net");
    mojo.userProperties.setProperty("gwdns.managedRecordTypes", "A,TXT");
    var options = mojo.toRequest().build().externalDns();
    assertThat(options.domainFilters()).containsExactly("example.com", "example.net");
    assertThat(options.managedRecordTypes()).containsExactly("A", "TXT");
    assertThat(options.gatewayListenerSets()).isFalse();
    assertThat(options.origin(io.github.gwdns.core.predict.ExternalDnsOption.DOMAIN_FILTER))
        .isEqualTo("Maven parameter");
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
    mojo.externalDnsOptions = Map.of("statusMode", "sometimes");
    assertThatThrownBy(mojo::toRequest)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage(
            "gwdns: externalDnsOptions.statusMode: unknown status mode 'sometimes'; expected observed, predicted or auto");
    CheckMojo typo = mojo();
    typo.externalDnsOptions = Map.of("domainFilters", "example.com");
    assertThatThrownBy(typo::toRequest)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith(
            "gwdns: unknown external-dns option `domainFilters` in externalDnsOptions (known: source,"
                + " gatewayName,");
    assertThatThrownBy(() -> CheckMojo.threshold("fatal"))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage(
            "gwdns: failOn: unknown level 'fatal'; expected one of error, warning, note (or none)");
    CheckMojo format = mojo();
    format.formats = List.of("sarif", "jsn");
    assertThatThrownBy(format::toRequest)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage(
            "gwdns: formats: unknown format 'jsn'; expected one of text, json, sarif, markdown, junit; did you mean `json`?");
    format.formats = List.of("github");
    assertThatThrownBy(format::toRequest)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith(
            "gwdns: formats: github writes workflow commands to standard output;");
    CheckMojo missingBaseline = mojo();
    missingBaseline.baseline = new File(project.toFile(), "nope.json");
    assertThatThrownBy(missingBaseline::toRequest)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("nope.json' does not exist");
  }
}
