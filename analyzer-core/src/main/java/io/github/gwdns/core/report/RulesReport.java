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
    rows.add(new String[] {"ID", "LEVEL", "SUMMARY"});
    for (RuleDescriptor d : BuiltInRules.descriptors()) {
      rows.add(new String[] {d.id(), d.defaultSeverity().id(), d.summary()});
    }
    Table.write(rows, out);
  }

  /** The table the README shows between its rule markers. */
  public static void writeMarkdown(Writer out) throws IOException {
    out.write("| Id | Level | Summary |\n|---|---|---|\n");
    for (RuleDescriptor d : BuiltInRules.descriptors()) {
      out.write(
          "| [`"
              + d.id()
              + "`](docs/rules/"
              + d.id()
              + ".md) | "
              + d.defaultSeverity().id()
              + " | "
              + d.summary()
              + " |\n");
    }
  }
}
