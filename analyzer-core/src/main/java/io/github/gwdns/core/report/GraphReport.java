package io.github.gwdns.core.report;

import io.github.gwdns.core.AnalysisResult;
import java.io.IOException;
import java.io.Writer;

/**
 * The estate as a picture: Gateways and their listeners, the routes attached to them, the DNS names
 * they yield, and every rejected attachment as a red edge labelled with its rule. Mermaid (renders
 * in GitHub Markdown) or Graphviz DOT.
 */
public final class GraphReport {
  private final EstateGraph graph;

  /**
   * @param onlyWithFindings draw only the objects that have findings (for pull request comments)
   */
  public GraphReport(AnalysisResult result, boolean onlyWithFindings) {
    this.graph = new EstateGraph(result, onlyWithFindings);
  }

  public boolean isEmpty() {
    return graph.groups.isEmpty() && graph.nodes.isEmpty();
  }

  public void writeMermaid(Writer out) throws IOException {
    out = SafeText.writer(out); // manifest text must not act on a terminal or a log
    out.write("flowchart LR\n");
    for (EstateGraph.Group g : graph.groups) {
      out.write("  subgraph " + g.id() + "[\"" + mermaid(g.label()) + "\"]\n");
      for (EstateGraph.Node n : g.nodes()) {
        out.write("    " + mermaidNode(n) + "\n");
      }
      out.write("  end\n");
    }
    for (EstateGraph.Node n : graph.nodes) {
      out.write("  " + mermaidNode(n) + "\n");
    }
    int index = 0;
    StringBuilder red = new StringBuilder();
    for (EstateGraph.Edge e : graph.edges) {
      if (e.rejected()) {
        out.write("  " + e.from() + " -. \"" + mermaid(e.label()) + "\" .-> " + e.to() + "\n");
        red.append(red.length() == 0 ? "" : ",").append(index);
      } else {
        out.write("  " + e.from() + " --> " + e.to() + "\n");
      }
      index++;
    }
    if (red.length() > 0) {
      out.write("  linkStyle " + red + " stroke:#d73a49,color:#d73a49\n");
    }
    out.flush();
  }

  public void writeDot(Writer out) throws IOException {
    out = SafeText.writer(out); // manifest text must not act on a terminal or a log
    out.write("digraph gwdns {\n  rankdir=LR;\n  node [fontname=\"Helvetica\"];\n");
    int cluster = 0;
    for (EstateGraph.Group g : graph.groups) {
      out.write("  subgraph cluster_" + cluster++ + " {\n    label=\"" + dot(g.label()) + "\";\n");
      for (EstateGraph.Node n : g.nodes()) {
        out.write("    " + dotNode(n) + "\n");
      }
      out.write("  }\n");
    }
    for (EstateGraph.Node n : graph.nodes) {
      out.write("  " + dotNode(n) + "\n");
    }
    for (EstateGraph.Edge e : graph.edges) {
      out.write(
          "  "
              + e.from()
              + " -> "
              + e.to()
              + (e.rejected()
                  ? " [color=red, fontcolor=red, style=dashed, label=\"" + dot(e.label()) + "\"]"
                  : "")
              + ";\n");
    }
    out.write("}\n");
    out.flush();
  }

  private static String mermaidNode(EstateGraph.Node n) {
    String label = "\"" + mermaid(n.label()) + "\"";
    return switch (n.shape()) {
      case ROUTE -> n.id() + "[" + label + "]";
      case NAME -> n.id() + "([" + label + "])";
      case MISSING -> n.id() + "{{" + label + "}}";
      case GATEWAY -> n.id() + "[/" + label + "/]";
      case LISTENER -> n.id() + "(" + label + ")";
    };
  }

  private static String dotNode(EstateGraph.Node n) {
    String shape =
        switch (n.shape()) {
          case ROUTE -> "box";
          case NAME -> "ellipse";
          case MISSING -> "octagon";
          case GATEWAY -> "parallelogram";
          case LISTENER -> "box, style=rounded";
        };
    return n.id() + " [label=\"" + dot(n.label()) + "\", shape=" + shape + "];";
  }

  private static String mermaid(String text) {
    return text.replace("\"", "#quot;");
  }

  private static String dot(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
