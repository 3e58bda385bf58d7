package io.github.gwdns.core.report;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.LogicalLocation;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.OriginalUriBaseIds;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.RunAutomationDetails;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Suppression;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.Version;
import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.finding.Notice;
import io.github.gwdns.core.finding.RelatedLocation;
import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.finding.SourceRange;
import io.github.gwdns.core.rules.BuiltInRules;
import io.github.gwdns.core.rules.RuleDescriptor;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SARIF 2.1.0 for GitHub code scanning, through the java-sarif model: every rule's descriptor (so
 * {@code ruleIndex} is stable), results at exact regions with paths relative to the repository root
 * ({@code %SRCROOT%}), related locations, the object as a logical location, a fingerprint under
 * gwdns's own key (never GitHub's reserved {@code primaryLocationLineHash}), suppressions, and tool
 * notifications. Same input, same bytes: sets are insertion-ordered and maps sorted.
 */
public final class SarifReport {
  /** The fingerprint key in {@code partialFingerprints}. */
  public static final String FINGERPRINT_KEY = "gwdns/v1";

  static final String SRCROOT = "%SRCROOT%";
  private static final URI SCHEMA = URI.create("https://json.schemastore.org/sarif-2.1.0.json");
  private static final URI INFORMATION = URI.create("https://github.com/gwdns/gwdns");

  private final AnalysisResult result;
  private final String category;

  /**
   * @param category the {@code automationDetails.id} prefix, e.g. {@code gwdns/} or {@code
   *     gwdns/prod/}; one per analysis uploaded for the same commit
   */
  public SarifReport(AnalysisResult result, String category) {
    this.result = result;
    this.category = category.endsWith("/") ? category : category + "/";
  }

  public void write(OutputStream out) throws IOException {
    ObjectMapper mapper =
        new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    mapper.writerWithDefaultPrettyPrinter().writeValue(out, log());
    out.write('\n');
    out.flush();
  }

  SarifSchema210 log() {
    List<RuleDescriptor> rules = BuiltInRules.descriptors();
    Map<String, Integer> ruleIndex = new HashMap<>();
    Set<ReportingDescriptor> descriptors = new LinkedHashSet<>();
    for (RuleDescriptor d : rules) {
      ruleIndex.put(d.id(), descriptors.size());
      descriptors.add(descriptor(d));
    }
    List<Result> results = new ArrayList<>();
    for (Finding f : result.findings()) {
      results.add(result(f, ruleIndex.get(f.ruleId())));
    }
    List<Notification> notifications = new ArrayList<>();
    for (Notice n : result.notices()) {
      Notification notification =
          new Notification()
              .withLevel(Notification.Level.WARNING)
              .withMessage(new Message().withText(n.message()));
      if (!n.file().isEmpty()) {
        notification.withLocations(
            new LinkedHashSet<>(
                List.of(
                    new Location()
                        .withPhysicalLocation(
                            new PhysicalLocation().withArtifactLocation(artifact(n.file()))))));
      }
      notifications.add(notification);
    }
    boolean sourcesFailed = false;
    for (io.github.gwdns.core.InstancePlan p : result.plans()) {
      for (var error : p.plan().sourceErrors()) {
        notifications.add(
            new Notification()
                .withLevel(Notification.Level.ERROR)
                .withMessage(new Message().withText(error.text())));
        sourcesFailed = true;
      }
    }
    Run run =
        new Run()
            .withTool(
                new Tool()
                    .withDriver(
                        new ToolComponent()
                            .withName("gwdns")
                            .withVersion(Version.get())
                            .withSemanticVersion(Version.get())
                            .withInformationUri(INFORMATION)
                            .withRules(descriptors)))
            .withInvocations(
                List.of(
                    new Invocation()
                        .withExecutionSuccessful(!sourcesFailed)
                        .withToolExecutionNotifications(notifications)))
            .withOriginalUriBaseIds(
                new OriginalUriBaseIds()
                    .withAdditionalProperty(
                        SRCROOT,
                        new ArtifactLocation()
                            .withDescription(
                                new Message().withText("The root of the analyzed repository."))))
            .withAutomationDetails(new RunAutomationDetails().withId(category))
            .withProperties(runProperties(result))
            .withColumnKind(Run.ColumnKind.UNICODE_CODE_POINTS)
            .withResults(results);
    return new SarifSchema210()
        .with$schema(SCHEMA)
        .withVersion(SarifSchema210.Version._2_1_0)
        .withRuns(List.of(run));
  }

  /**
   * Says when findings are at standard input, which is no file of the repository: the objects named
   * no file they were rendered from, and the user gave no --stdin-name.
   */
  private static PropertyBag runProperties(AnalysisResult result) {
    boolean stdin =
        result.findings().stream()
            .anyMatch(f -> f.location().file().equals(io.github.gwdns.core.load.SourceFile.STDIN));
    if (!stdin) {
      return null;
    }
    PropertyBag properties = new PropertyBag();
    properties.setAdditionalProperty(
        "gwdns/standardInput",
        "Some findings are at "
            + io.github.gwdns.core.load.SourceFile.STDIN
            + ", which is no file of the repository: the objects read from standard input named no file they were rendered from"
            + " (a Helm `# Source:` comment, or kustomize's config.kubernetes.io/origin annotation from buildMetadata:"
            + " [originAnnotations]). Pass --stdin-name PATH to name the kustomization or chart standard input was rendered from.");
    return properties;
  }

  private static ReportingDescriptor descriptor(RuleDescriptor d) {
    PropertyBag properties = new PropertyBag().withTags(new LinkedHashSet<>(d.tags()));
    properties.setAdditionalProperty("precision", "very-high");
    properties.setAdditionalProperty(
        "problem.severity",
        switch (d.defaultSeverity()) {
          case ERROR -> "error";
          case WARNING -> "warning";
          case NOTE -> "recommendation";
        });
    return new ReportingDescriptor()
        .withId(d.id())
        .withName(camel(d.id()))
        .withShortDescription(new MultiformatMessageString().withText(d.summary()))
        .withFullDescription(new MultiformatMessageString().withText(d.description()))
        .withHelp(
            new MultiformatMessageString()
                .withText(d.remediation() + ". " + d.helpUri())
                .withMarkdown(
                    "**"
                        + d.summary()
                        + "**\n\n"
                        + d.description()
                        + "\n\n**Fix:** "
                        + d.remediation()
                        + ".\n\n[Rule documentation]("
                        + d.helpUri()
                        + ")"))
        .withHelpUri(URI.create(d.helpUri()))
        .withDefaultConfiguration(
            new ReportingConfiguration().withLevel(configurationLevel(d.defaultSeverity())))
        .withProperties(properties);
  }

  private static Result result(Finding f, Integer index) {
    Result r =
        new Result()
            .withRuleId(f.ruleId())
            .withRuleIndex(index)
            .withLevel(level(f.severity()))
            .withMessage(new Message().withText(linkedMessage(f)))
            .withLocations(List.of(location(f.location(), null, f)))
            .withPartialFingerprints(
                new PartialFingerprints().withAdditionalProperty(FINGERPRINT_KEY, f.fingerprint()));
    if (!f.related().isEmpty()) {
      Set<Location> related = new LinkedHashSet<>();
      int id = 1;
      for (RelatedLocation rl : f.related()) {
        related.add(location(rl.range(), rl.message(), null).withId(id++));
      }
      r.withRelatedLocations(related);
    }
    if (f.suppression() != null) {
      r.withSuppressions(
          new LinkedHashSet<>(
              List.of(
                  new Suppression()
                      .withKind(
                          f.suppression()
                                  .kind()
                                  .equals(io.github.gwdns.core.finding.Suppression.IN_SOURCE)
                              ? Suppression.Kind.IN_SOURCE
                              : Suppression.Kind.EXTERNAL)
                      .withJustification(f.suppression().justification()))));
    }
    return r;
  }

  /**
   * The message with each related location linked from its text, as code scanning shows it: the
   * first mention of the location's subject becomes {@code [text](id)}; a location the text does
   * not mention is linked from a closing "Related:" sentence, so every one can be reached.
   */
  static String linkedMessage(Finding f) {
    String text = f.message();
    if (f.related().isEmpty()) {
      return text;
    }
    record Link(int start, int end, int id) {}
    List<Link> links = new java.util.ArrayList<>();
    List<String> unlinked = new java.util.ArrayList<>();
    for (int i = 0; i < f.related().size(); i++) {
      int id = i + 1;
      String about = f.related().get(i).message();
      // "HTTPRoute shop/web, which gets no status" is mentioned as "HTTPRoute shop/web".
      int comma = about.indexOf(", ");
      Link found = null;
      for (String phrase : comma > 0 ? List.of(about, about.substring(0, comma)) : List.of(about)) {
        for (int at = text.indexOf(phrase); at >= 0 && found == null; ) {
          Link candidate = new Link(at, at + phrase.length(), id);
          if (links.stream()
              .noneMatch(l -> l.start() < candidate.end() && candidate.start() < l.end())) {
            found = candidate;
          } else {
            at = text.indexOf(phrase, at + 1);
          }
        }
        if (found != null) {
          break;
        }
      }
      if (found != null) {
        links.add(found);
      } else {
        unlinked.add("[" + linkText(about) + "](" + id + ")");
      }
    }
    links.sort(java.util.Comparator.comparingInt(Link::start));
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Link l : links) {
      out.append(text, at, l.start())
          .append('[')
          .append(linkText(text.substring(l.start(), l.end())))
          .append("](")
          .append(l.id())
          .append(')');
      at = l.end();
    }
    out.append(text.substring(at));
    if (!unlinked.isEmpty()) {
      out.append(text.endsWith(".") ? " " : ". ")
          .append("Related: ")
          .append(String.join(", ", unlinked))
          .append('.');
    }
    return out.toString();
  }

  /** SARIF 3.11.6: brackets inside a link's text are escaped with a backslash. */
  private static String linkText(String text) {
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
  }

  private static Location location(SourceRange range, String message, Finding f) {
    Location location =
        new Location()
            .withPhysicalLocation(
                new PhysicalLocation()
                    .withArtifactLocation(artifact(range.file()))
                    .withRegion(
                        new Region()
                            .withStartLine(range.startLine())
                            .withStartColumn(range.startColumn())
                            .withEndLine(range.endLine())
                            .withEndColumn(range.endColumn())));
    if (message != null) {
      location.withMessage(new Message().withText(message));
    }
    if (f != null && f.object() != null) {
      location.withLogicalLocations(
          new LinkedHashSet<>(
              List.of(
                  new LogicalLocation()
                      .withFullyQualifiedName(f.object().display())
                      .withName(f.object().name())
                      .withKind("resource"))));
    }
    return location;
  }

  /** Repository-relative paths under %SRCROOT%; absolute ones as file URIs. */
  static ArtifactLocation artifact(String file) {
    if (file.startsWith("/")) {
      return new ArtifactLocation().withUri(URI.create("file://" + encode(file)).toString());
    }
    return new ArtifactLocation().withUri(encode(file)).withUriBaseId(SRCROOT);
  }

  /** Percent-encodes what a URI path cannot hold (spaces, non-ASCII), keeping "/". */
  private static String encode(String path) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "-._~/".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }

  private static Result.Level level(Severity s) {
    return switch (s) {
      case ERROR -> Result.Level.ERROR;
      case WARNING -> Result.Level.WARNING;
      case NOTE -> Result.Level.NOTE;
    };
  }

  private static ReportingConfiguration.Level configurationLevel(Severity s) {
    return switch (s) {
      case ERROR -> ReportingConfiguration.Level.ERROR;
      case WARNING -> ReportingConfiguration.Level.WARNING;
      case NOTE -> ReportingConfiguration.Level.NOTE;
    };
  }

  /** {@code namespace-not-allowed} gives {@code NamespaceNotAllowed}. */
  static String camel(String id) {
    StringBuilder name = new StringBuilder();
    for (String part : id.split("-")) {
      name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return name.toString();
  }
}
