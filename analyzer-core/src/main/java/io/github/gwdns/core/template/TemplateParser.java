package io.github.gwdns.core.template;

import static io.github.gwdns.core.template.Token.Type.ASSIGN;
import static io.github.gwdns.core.template.Token.Type.CHAR;
import static io.github.gwdns.core.template.Token.Type.DECLARE;
import static io.github.gwdns.core.template.Token.Type.EOF;
import static io.github.gwdns.core.template.Token.Type.FIELD;
import static io.github.gwdns.core.template.Token.Type.IF;
import static io.github.gwdns.core.template.Token.Type.PIPE;
import static io.github.gwdns.core.template.Token.Type.RIGHT_DELIM;
import static io.github.gwdns.core.template.Token.Type.RIGHT_PAREN;
import static io.github.gwdns.core.template.Token.Type.SPACE;
import static io.github.gwdns.core.template.Token.Type.VARIABLE;
import static io.github.gwdns.core.template.Token.Type.WITH;

import io.github.gwdns.core.template.GoTemplate.TemplateException;
import io.github.gwdns.core.template.Token.Type;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** A port of Go's {@code text/template/parse} recursive-descent parser, minus definitions. */
final class TemplateParser {
  private static final Set<Type> OPERAND_STARTS =
      EnumSet.of(
          Type.BOOL,
          Type.CHAR_CONSTANT,
          Type.COMPLEX,
          Type.DOT,
          FIELD,
          Type.IDENTIFIER,
          Type.NUMBER,
          Type.NIL,
          Type.RAW_STRING,
          Type.STRING,
          VARIABLE,
          Type.LEFT_PAREN);
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(0|[1-9][0-9]*)");

  private record ListAndEnd(List<Node> list, Node end) {}

  private final String source;
  private final List<Token> tokens;
  private final List<String> vars = new ArrayList<>(List.of("$"));
  private int index;
  private int rangeDepth;

  private final TemplateFunctions functions;

  TemplateParser(String source, TemplateFunctions functions) {
    this.source = source;
    this.functions = functions;
    this.tokens = TemplateLexer.lex(source);
  }

  List<Node> parse() throws TemplateException {
    List<Node> root = new ArrayList<>();
    while (peek().type() != EOF) {
      Node n = textOrAction();
      if (n instanceof Node.End || n instanceof Node.Else) {
        throw error(n.pos(), "unexpected " + n);
      }
      root.add(n);
    }
    return List.copyOf(root);
  }

  private ListAndEnd itemList() throws TemplateException {
    List<Node> list = new ArrayList<>();
    while (peekNonSpace().type() != EOF) {
      Node n = textOrAction();
      if (n instanceof Node.End || n instanceof Node.Else) {
        return new ListAndEnd(List.copyOf(list), n);
      }
      list.add(n);
    }
    throw error(peek().pos(), "unexpected EOF");
  }

  private Node textOrAction() throws TemplateException {
    Token t = nextNonSpace();
    return switch (t.type()) {
      case TEXT -> new Node.Text(t.pos(), t.val());
      case LEFT_DELIM -> action();
      default -> throw unexpected(t, "input");
    };
  }

  private Node action() throws TemplateException {
    Token t = nextNonSpace();
    switch (t.type()) {
      case BLOCK, DEFINE, TEMPLATE -> throw unsupported(t.pos(), "action \"" + t.val() + "\"");
      case BREAK -> {
        return loopControl(new Node.Break(t.pos()));
      }
      case CONTINUE -> {
        return loopControl(new Node.Continue(t.pos()));
      }
      case ELSE -> {
        Token peek = peekNonSpace();
        // "else if" and "else with" leave the keyword pending for control() to chain.
        return new Node.Else(
            peek.type() == IF || peek.type() == WITH
                ? peek.pos()
                : expect(RIGHT_DELIM, "else").pos());
      }
      case END -> {
        return new Node.End(expect(RIGHT_DELIM, "end").pos());
      }
      case IF, RANGE, WITH -> {
        return control(t);
      }
      default -> {
        backup();
        int pos = peek().pos();
        return new Node.Action(pos, pipeline("command", RIGHT_DELIM));
      }
    }
  }

  private Node loopControl(Node node) throws TemplateException {
    Token t = nextNonSpace();
    if (t.type() != RIGHT_DELIM) {
      throw unexpected(t, node.toString());
    }
    if (rangeDepth == 0) {
      throw error(node.pos(), node + " outside {{range}}");
    }
    return node;
  }

  private Node control(Token keyword) throws TemplateException {
    String context = keyword.val();
    boolean range = keyword.type() == Type.RANGE;
    int varsMark = vars.size();
    try {
      Node.Pipe pipe = pipeline(context, RIGHT_DELIM);
      rangeDepth += range ? 1 : 0;
      ListAndEnd body = itemList();
      rangeDepth -= range ? 1 : 0;
      List<Node> elseList = null;
      if (body.end() instanceof Node.Else) {
        Type chained = peek().type();
        if ((chained == IF && context.equals("if"))
            || (chained == WITH && context.equals("with"))) {
          // {{else if b}} is {{else}}{{if b}}...{{end}}{{end}} with the outer end implied.
          elseList = List.of(control(next()));
        } else {
          ListAndEnd rest = itemList();
          if (!(rest.end() instanceof Node.End)) {
            throw error(rest.end().pos(), "expected end; found " + rest.end());
          }
          elseList = rest.list();
        }
      }
      return new Node.Control(keyword.pos(), context, pipe, body.list(), elseList);
    } finally {
      vars.subList(varsMark, vars.size()).clear();
    }
  }

  private Node.Pipe pipeline(String context, Type end) throws TemplateException {
    int pos = peekNonSpace().pos();
    boolean isAssign = false;
    List<String> decls = new ArrayList<>();
    while (peekNonSpace().type() == VARIABLE) {
      int save = index;
      Token v = next();
      Token following = peekNonSpace();
      if (following.type() == ASSIGN || following.type() == DECLARE) {
        isAssign = following.type() == ASSIGN;
        nextNonSpace();
        decls.add(v.val());
        vars.add(v.val());
      } else if (following.type() == CHAR && following.val().equals(",")) {
        nextNonSpace();
        decls.add(v.val());
        vars.add(v.val());
        if (context.equals("range") && decls.size() < 2) {
          Type t = peekNonSpace().type();
          if (t == VARIABLE || t == RIGHT_DELIM || t == RIGHT_PAREN) {
            continue; // the second variable of "range $i, $e :="
          }
          throw error(v.pos(), "range can only initialize variables");
        }
        throw error(v.pos(), "too many declarations in " + context);
      } else {
        index = save; // "$x" is an operand, not a declaration
      }
      break;
    }
    List<Node.Command> cmds = new ArrayList<>();
    while (true) {
      Token t = nextNonSpace();
      if (t.type() == end) {
        checkPipeline(pos, context, cmds);
        return new Node.Pipe(pos, isAssign, List.copyOf(decls), List.copyOf(cmds));
      }
      if (!OPERAND_STARTS.contains(t.type())) {
        throw unexpected(t, context);
      }
      backup();
      cmds.add(command());
    }
  }

  private void checkPipeline(int pos, String context, List<Node.Command> cmds)
      throws TemplateException {
    if (cmds.isEmpty()) {
      throw error(pos, "missing value for " + context);
    }
    for (int i = 1; i < cmds.size(); i++) {
      Node first = cmds.get(i).args().get(0);
      if (first instanceof Node.Bool
          || first instanceof Node.Dot
          || first instanceof Node.Nil
          || first instanceof Node.Number
          || first instanceof Node.Str) {
        throw error(first.pos(), "non executable command in pipeline stage " + (i + 1));
      }
    }
  }

  private Node.Command command() throws TemplateException {
    int pos = peekNonSpace().pos();
    List<Node> args = new ArrayList<>();
    while (true) {
      peekNonSpace();
      Node operand = operand();
      if (operand != null) {
        args.add(operand);
      }
      Token t = next();
      if (t.type() == SPACE) {
        continue;
      }
      if (t.type() == RIGHT_DELIM || t.type() == RIGHT_PAREN) {
        backup();
      } else if (t.type() != PIPE) {
        throw unexpected(t, "operand");
      }
      break;
    }
    if (args.isEmpty()) {
      throw error(pos, "empty command");
    }
    return new Node.Command(pos, List.copyOf(args));
  }

  private Node operand() throws TemplateException {
    Node node = term();
    if (node == null || peek().type() != FIELD) {
      return node;
    }
    int pos = peek().pos();
    List<String> fields = new ArrayList<>();
    while (peek().type() == FIELD) {
      fields.add(next().val().substring(1));
    }
    if (node instanceof Node.Field f) {
      return new Node.Field(f.pos(), concat(f.idents(), fields));
    }
    if (node instanceof Node.Variable v) {
      return new Node.Variable(v.pos(), concat(v.idents(), fields));
    }
    if (node instanceof Node.Bool
        || node instanceof Node.Str
        || node instanceof Node.Number
        || node instanceof Node.Nil
        || node instanceof Node.Dot) {
      throw error(pos, "unexpected . after term " + GoFormatter.quote(node.toString()));
    }
    return new Node.Chain(pos, node, List.copyOf(fields));
  }

  private Node term() throws TemplateException {
    Token t = nextNonSpace();
    switch (t.type()) {
      case IDENTIFIER -> {
        String refusal = functions.refusal(t.val());
        if (refusal != null) {
          throw unsupported(t.pos(), refusal);
        }
        if (!functions.isDefined(t.val())) {
          if (!functions.complete()) {
            // a function of the real engine that gwdns does not evaluate
            throw unsupported(
                t.pos(),
                "function " + GoFormatter.quote(t.val()) + " (gwdns does not evaluate it)");
          }
          throw error(t.pos(), "function " + GoFormatter.quote(t.val()) + " not defined");
        }
        return new Node.Identifier(t.pos(), t.val());
      }
      case DOT -> {
        return new Node.Dot(t.pos());
      }
      case NIL -> {
        return new Node.Nil(t.pos());
      }
      case VARIABLE -> {
        if (!vars.contains(t.val())) {
          throw error(t.pos(), "undefined variable " + GoFormatter.quote(t.val()));
        }
        return new Node.Variable(t.pos(), List.of(t.val()));
      }
      case FIELD -> {
        return new Node.Field(t.pos(), List.of(t.val().substring(1)));
      }
      case BOOL -> {
        return new Node.Bool(t.pos(), t.val().equals("true"));
      }
      case NUMBER, CHAR_CONSTANT, COMPLEX -> {
        return number(t);
      }
      case LEFT_PAREN -> {
        return pipeline("parenthesized pipeline", RIGHT_PAREN);
      }
      case STRING, RAW_STRING -> {
        try {
          return new Node.Str(t.pos(), t.val(), GoStringLiteral.unquote(t.val()));
        } catch (EvalFailure f) {
          throw f.unsupported
              ? unsupported(t.pos(), f.getMessage())
              : error(t.pos(), f.getMessage());
        }
      }
      default -> {
        backup();
        return null;
      }
    }
  }

  private Node number(Token t) throws TemplateException {
    if (t.type() == Type.NUMBER && DECIMAL.matcher(t.val()).matches()) {
      try {
        return new Node.Number(t.pos(), Long.parseLong(t.val()), t.val());
      } catch (NumberFormatException tooBig) {
        // falls through to the refusal
      }
    }
    throw unsupported(
        t.pos(), "number " + t.val() + " (only decimal int64 literals are supported)");
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  private Token next() {
    return tokens.get(Math.min(index++, tokens.size() - 1));
  }

  private void backup() {
    index--;
  }

  private Token peek() {
    Token t = next();
    backup();
    return t;
  }

  private Token nextNonSpace() {
    Token t = next();
    while (t.type() == SPACE) {
      t = next();
    }
    return t;
  }

  private Token peekNonSpace() {
    Token t = nextNonSpace();
    backup();
    return t;
  }

  private Token expect(Type expected, String context) throws TemplateException {
    Token t = nextNonSpace();
    if (t.type() != expected) {
      throw unexpected(t, context);
    }
    return t;
  }

  private TemplateException unexpected(Token t, String context) {
    return t.type() == Type.ERROR
        ? error(t.pos(), t.val())
        : error(t.pos(), "unexpected " + t + " in " + context);
  }

  private TemplateException error(int pos, String message) {
    return new TemplateException(message + " at " + GoTemplate.position(source, pos));
  }

  private TemplateException unsupported(int pos, String what) {
    String message =
        what.startsWith("unsupported") || what.contains("not supported")
            ? what
            : "unsupported " + what;
    return new TemplateException(message + " at " + GoTemplate.position(source, pos), true);
  }
}
