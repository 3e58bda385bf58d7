package io.github.gwdns.core.template;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The parse tree, mirroring Go's {@code text/template/parse} nodes. {@code toString} reproduces
 * Go's {@code Node.String()}, which error messages quote.
 */
sealed interface Node {
  /** Offset of the node in the template text, for error positions. */
  int pos();

  record Text(int pos, String text) implements Node {}

  record Action(int pos, Pipe pipe) implements Node {
    @Override
    public String toString() {
      return "{{" + pipe + "}}";
    }
  }

  /** {@code if}, {@code range} or {@code with}; {@code elseList} is null without {@code else}. */
  record Control(int pos, String keyword, Pipe pipe, List<Node> list, List<Node> elseList)
      implements Node {
    @Override
    public String toString() {
      return "{{" + keyword + " " + pipe + "}}";
    }
  }

  record Break(int pos) implements Node {
    @Override
    public String toString() {
      return "{{break}}";
    }
  }

  record Continue(int pos) implements Node {
    @Override
    public String toString() {
      return "{{continue}}";
    }
  }

  /** Parse-only marker for {@code {{end}}}; never part of a finished tree. */
  record End(int pos) implements Node {
    @Override
    public String toString() {
      return "{{end}}";
    }
  }

  /** Parse-only marker for {@code {{else}}}; never part of a finished tree. */
  record Else(int pos) implements Node {
    @Override
    public String toString() {
      return "{{else}}";
    }
  }

  /** A pipeline, possibly declaring ({@code :=}) or assigning ({@code =}) variables. */
  record Pipe(int pos, boolean isAssign, List<String> decls, List<Command> cmds) implements Node {
    @Override
    public String toString() {
      String head = decls.isEmpty() ? "" : String.join(", ", decls) + (isAssign ? " = " : " := ");
      return head + cmds.stream().map(Command::toString).collect(Collectors.joining(" | "));
    }
  }

  record Command(int pos, List<Node> args) implements Node {
    @Override
    public String toString() {
      return args.stream()
          .map(a -> a instanceof Pipe ? "(" + a + ")" : a.toString())
          .collect(Collectors.joining(" "));
    }
  }

  /** {@code .A.B}: idents are {@code [A, B]}. */
  record Field(int pos, List<String> idents) implements Node {
    @Override
    public String toString() {
      return "." + String.join(".", idents);
    }
  }

  /** {@code $x.A}: idents are {@code [$x, A]}. */
  record Variable(int pos, List<String> idents) implements Node {
    @Override
    public String toString() {
      return String.join(".", idents);
    }
  }

  /** {@code (pipeline).A.B}, or a function name followed by fields. */
  record Chain(int pos, Node node, List<String> fields) implements Node {
    @Override
    public String toString() {
      String head = node instanceof Pipe ? "(" + node + ")" : node.toString();
      return head + fields.stream().map(f -> "." + f).collect(Collectors.joining());
    }
  }

  record Identifier(int pos, String name) implements Node {
    @Override
    public String toString() {
      return name;
    }
  }

  record Dot(int pos) implements Node {
    @Override
    public String toString() {
      return ".";
    }
  }

  record Nil(int pos) implements Node {
    @Override
    public String toString() {
      return "nil";
    }
  }

  record Bool(int pos, boolean value) implements Node {
    @Override
    public String toString() {
      return Boolean.toString(value);
    }
  }

  @SuppressWarnings("JavaLangClash") // the name of Go's parse.NumberNode, always qualified by Node
  record Number(int pos, long value, String text) implements Node {
    @Override
    public String toString() {
      return text;
    }
  }

  /** A string literal: {@code quoted} as written, {@code text} unquoted. */
  record Str(int pos, String quoted, String text) implements Node {
    @Override
    public String toString() {
      return quoted;
    }
  }
}
