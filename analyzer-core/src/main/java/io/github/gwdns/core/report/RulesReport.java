package io.github.gwdns.core.report;

import io.github.gwdns.core.rules.BuiltInRules;
import io.github.gwdns.core.rules.RuleDescriptor;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** The rule catalog as a table ({@code gwdns rules}) or as the README's Markdown table. */
public final class RulesReport {
  private RulesReport() {}

  public static void writeText(Writer out) throws IOException {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"ID", "LEVEL", "ALSO", "SUMMARY"});
    for (RuleDescriptor d : BuiltInRules.descriptors()) {
      rows.add(new String[] {d.id(), d.defaultSeverity().id(), also(d, "-"), d.summary()});
    }
    Table.write(rows, out);
    out.write(
        "\nLEVEL is a rule's default; ALSO, the levels some of its findings have instead (a note"
            + " when gwdns\ncannot be sure, a warning when it assumed a version). Set a rule's level"
            + " in .gwdns.yaml: rules: {ID: warning}.\n");
  }

  /** The levels other than the default, from the most severe, or {@code none}. */
  private static String also(RuleDescriptor d, String none) {
    List<String> others =
        d.levels().stream().skip(1).map(io.github.gwdns.core.finding.Severity::id).toList();
    return others.isEmpty() ? none : String.join(", ", others);
  }

  /** The table the README shows between its rule markers. */
  public static void writeMarkdown(Writer out) throws IOException {
    out.write("| Id | Level | Also | Summary |\n|---|---|---|---|\n");
    for (RuleDescriptor d : BuiltInRules.descriptors()) {
      out.write(
          "| [`"
              + d.id()
              + "`](docs/rules/"
              + d.id()
              + ".md) | "
              + d.defaultSeverity().id()
              + " | "
              + also(d, "")
              + " | "
              + d.summary()
              + " |\n");
    }
  }
}
