package io.github.gwdns.core.report;

import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.rules.BuiltInRules;
import io.github.gwdns.core.rules.RuleDescriptor;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML for Jenkins and GitLab test reports: one test suite per rule, one failing test case per
 * finding (at or above {@code failOn}, otherwise passed with the message as output), a skipped one
 * per suppressed finding, and a passing case for rules that found nothing.
 */
public final class JunitReport {
  public void write(
      AnalysisResult result, io.github.gwdns.core.finding.Severity failOn, OutputStream out)
      throws IOException {
    try {
      // Characters XML 1.0 forbids (a manifest may hold them) are escaped before the XML writer's
      // output.
      java.io.Writer text =
          SafeText.writer(
              new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8));
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      long failures =
          result.findings().stream()
              .filter(f -> f.active() && failOn != null && f.severity().isAtLeast(failOn))
              .count();
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "gwdns");
      xml.writeAttribute("tests", Integer.toString(count(result)));
      xml.writeAttribute("failures", Long.toString(failures));
      xml.writeCharacters("\n");
      for (RuleDescriptor rule : BuiltInRules.descriptors()) {
        List<Finding> findings = new ArrayList<>();
        result.findings().stream().filter(f -> f.ruleId().equals(rule.id())).forEach(findings::add);
        xml.writeCharacters("  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", rule.id());
        xml.writeAttribute("tests", Integer.toString(Math.max(1, findings.size())));
        xml.writeAttribute(
            "failures",
            Long.toString(
                findings.stream()
                    .filter(f -> f.active() && failOn != null && f.severity().isAtLeast(failOn))
                    .count()));
        xml.writeAttribute(
            "skipped", Long.toString(findings.stream().filter(f -> !f.active()).count()));
        xml.writeCharacters("\n");
        if (findings.isEmpty()) {
          xml.writeCharacters("    ");
          xml.writeEmptyElement("testcase");
          xml.writeAttribute("classname", "gwdns." + rule.id());
          xml.writeAttribute("name", "no findings");
          xml.writeCharacters("\n");
        }
        for (Finding f : findings) {
          xml.writeCharacters("    ");
          xml.writeStartElement("testcase");
          xml.writeAttribute("classname", "gwdns." + rule.id());
          xml.writeAttribute(
              "name", f.location().display() + (f.object() == null ? "" : " " + f.resource()));
          xml.writeAttribute("file", f.location().file());
          xml.writeAttribute("line", Integer.toString(f.location().startLine()));
          if (!f.active()) {
            xml.writeStartElement("skipped");
            xml.writeAttribute("message", "suppressed: " + f.suppression().justification());
            xml.writeEndElement();
          } else if (failOn != null && f.severity().isAtLeast(failOn)) {
            xml.writeStartElement("failure");
            xml.writeAttribute("type", f.severity().id());
            xml.writeAttribute("message", f.message());
            xml.writeCharacters(
                f.location().display()
                    + ": "
                    + f.severity().id()
                    + " ["
                    + f.ruleId()
                    + "] "
                    + f.message());
            xml.writeEndElement();
          } else {
            xml.writeStartElement("system-out");
            xml.writeCharacters(f.severity().id() + ": " + f.message());
            xml.writeEndElement();
          }
          xml.writeEndElement();
          xml.writeCharacters("\n");
        }
        xml.writeCharacters("  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
      }
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
      text.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
    }
  }

  private static int count(AnalysisResult result) {
    int tests = 0;
    for (RuleDescriptor rule : BuiltInRules.descriptors()) {
      long n = result.findings().stream().filter(f -> f.ruleId().equals(rule.id())).count();
      tests += Math.max(1, (int) n);
    }
    return tests;
  }
}
