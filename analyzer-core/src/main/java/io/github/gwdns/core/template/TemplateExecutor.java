package io.github.gwdns.core.template;

import static io.github.gwdns.core.template.GoValues.NO_VALUE;

import io.github.gwdns.core.template.GoTemplate.TemplateException;
import io.github.gwdns.core.template.TemplateFunctions.Function;
import io.github.gwdns.core.template.TemplateFunctions.Param;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Walks a parse tree against data, as Go's {@code text/template} exec.go does. */
final class TemplateExecutor {
  /** Go's {@code missingVal}: no value was piped into a command. */
  private static final Object MISSING = new Object();

  /** How a walk ended: {@code break} and {@code continue} unwind to the enclosing range. */
  private enum Flow {
    NORMAL,
    BREAK,
    CONTINUE
  }

  private final String source;
  private final StringBuilder out = new StringBuilder();
  private final List<String> varNames = new ArrayList<>();
  private final List<Object> varValues = new ArrayList<>();
  private Node current;

  private final TemplateFunctions functions;

  TemplateExecutor(String source, TemplateFunctions functions) {
    this.source = source;
    this.functions = functions;
  }

  String execute(List<Node> root, Object data) throws TemplateException {
    Object dot = data == null ? NO_VALUE : normalize(data); // Go's Execute(w, nil) has no value
    push("$", dot);
    walkList(dot, root);
    return out.toString();
  }

  private Flow walkList(Object dot, List<Node> nodes) throws TemplateException {
    for (Node node : nodes) {
      Flow flow = walk(dot, node);
      if (flow != Flow.NORMAL) {
        return flow;
      }
    }
    return Flow.NORMAL;
  }

  private Flow walk(Object dot, Node node) throws TemplateException {
    current = node;
    if (node instanceof Node.Text t) {
      out.append(t.text());
    } else if (node instanceof Node.Action a) {
      // Declared variables persist to the enclosing end; a declaration prints nothing.
      Object value = evalPipeline(dot, a.pipe());
      if (a.pipe().decls().isEmpty()) {
        current = a;
        try {
          out.append(GoFormatter.printValue(value));
        } catch (EvalFailure f) {
          throw fail(f.getMessage());
        }
      }
    } else if (node instanceof Node.Control c) {
      return c.keyword().equals("range") ? walkRange(dot, c) : walkIfOrWith(dot, c);
    } else if (node instanceof Node.Break) {
      return Flow.BREAK;
    } else if (node instanceof Node.Continue) {
      return Flow.CONTINUE;
    }
    return Flow.NORMAL;
  }

  private Flow walkIfOrWith(Object dot, Node.Control c) throws TemplateException {
    int mark = varNames.size();
    try {
      Object value = evalPipeline(dot, c.pipe());
      if (GoValues.truth(value)) {
        return walkList(c.keyword().equals("with") ? value : dot, c.list());
      }
      return c.elseList() == null ? Flow.NORMAL : walkList(dot, c.elseList());
    } finally {
      pop(mark);
    }
  }

  private Flow walkRange(Object dot, Node.Control r) throws TemplateException {
    int outer = varNames.size();
    try {
      Object value = evalPipeline(dot, r.pipe());
      int mark = varNames.size();
      if (value instanceof List<?> list && !list.isEmpty()) {
        for (int i = 0; i < list.size(); i++) {
          if (iterate(r, mark, (long) i, normalize(list.get(i))) == Flow.BREAK) {
            break;
          }
        }
        return Flow.NORMAL;
      }
      if (value instanceof Map<?, ?> map && !map.isEmpty()) {
        for (Map.Entry<String, Object> e : sortedEntries(map)) {
          if (iterate(r, mark, e.getKey(), normalize(e.getValue())) == Flow.BREAK) {
            break;
          }
        }
        return Flow.NORMAL;
      }
      current = r.pipe();
      if (value instanceof Long n) {
        // Go 1.22+ ranges over an int n as 0..n-1, with one variable only.
        if (r.pipe().decls().size() > 1) {
          throw fail("can't use " + n + " to iterate over more than one variable");
        }
        if (n > 0) {
          for (long i = 0; i < n; i++) {
            if (iterate(r, mark, NO_VALUE, i) == Flow.BREAK) {
              break;
            }
          }
          return Flow.NORMAL;
        }
      } else if (!(value instanceof List || value instanceof Map || value == NO_VALUE)) {
        throw fail("range can't iterate over " + format(value));
      }
      return r.elseList() == null ? Flow.NORMAL : walkList(dot, r.elseList());
    } finally {
      pop(outer);
    }
  }

  private Flow iterate(Node.Control r, int mark, Object index, Object elem)
      throws TemplateException {
    Node.Pipe pipe = r.pipe();
    List<String> decls = pipe.decls();
    // The range pipeline pushed its variables just below mark; each iteration overwrites them.
    if (!decls.isEmpty()) {
      if (pipe.isAssign()) {
        setVar(decls.get(0), decls.size() > 1 ? index : elem);
      } else {
        varValues.set(mark - 1, elem);
      }
    }
    if (decls.size() > 1) {
      if (pipe.isAssign()) {
        setVar(decls.get(1), elem);
      } else {
        varValues.set(mark - 2, index);
      }
    }
    try {
      Flow flow = walkList(elem, r.list());
      return flow == Flow.CONTINUE ? Flow.NORMAL : flow;
    } finally {
      pop(mark);
    }
  }

  private Object evalPipeline(Object dot, Node.Pipe pipe) throws TemplateException {
    current = pipe;
    Object value = MISSING;
    for (Node.Command cmd : pipe.cmds()) {
      value = evalCommand(dot, cmd, value); // the previous value is this command's last argument
    }
    for (String variable : pipe.decls()) {
      if (pipe.isAssign()) {
        setVar(variable, value);
      } else {
        push(variable, value);
      }
    }
    return value;
  }

  private Object evalCommand(Object dot, Node.Command cmd, Object fin) throws TemplateException {
    Node first = cmd.args().get(0);
    current = first;
    if (first instanceof Node.Field f) {
      return evalFieldChain(dot, f.idents(), cmd.args(), fin);
    }
    if (first instanceof Node.Chain c) {
      return evalChain(dot, c, cmd.args(), fin);
    }
    if (first instanceof Node.Identifier id) {
      return evalFunction(dot, id, cmd.args(), fin);
    }
    if (first instanceof Node.Variable v) {
      return evalVariable(v, cmd.args(), fin);
    }
    notAFunction(cmd.args(), fin);
    if (first instanceof Node.Pipe p) {
      return evalPipeline(dot, p);
    }
    if (first instanceof Node.Bool b) {
      return b.value();
    }
    if (first instanceof Node.Dot) {
      return dot;
    }
    if (first instanceof Node.Number n) {
      return n.value();
    }
    if (first instanceof Node.Str s) {
      return s.text();
    }
    throw fail("nil is not a command");
  }

  private void notAFunction(List<Node> args, Object fin) throws TemplateException {
    if (args.size() > 1 || fin != MISSING) {
      throw fail("can't give argument to non-function " + args.get(0));
    }
  }

  private Object evalChain(Object dot, Node.Chain chain, List<Node> args, Object fin)
      throws TemplateException {
    current = chain;
    if (chain.node() instanceof Node.Nil) {
      throw fail("indirection through explicit nil in " + chain);
    }
    Object receiver = evalArg(dot, null, chain.node());
    return evalFieldChain(receiver, chain.fields(), args, fin);
  }

  private Object evalVariable(Node.Variable v, List<Node> args, Object fin)
      throws TemplateException {
    current = v;
    Object value = varValue(v.idents().get(0));
    if (v.idents().size() == 1) {
      notAFunction(args.isEmpty() ? List.of(v) : args, fin);
      return value;
    }
    return evalFieldChain(value, v.idents().subList(1, v.idents().size()), args, fin);
  }

  private Object evalFieldChain(Object receiver, List<String> idents, List<Node> args, Object fin)
      throws TemplateException {
    for (int i = 0; i < idents.size() - 1; i++) {
      receiver = evalField(idents.get(i), List.of(), MISSING, receiver);
    }
    return evalField(idents.get(idents.size() - 1), args, fin, receiver);
  }

  private Object evalField(String name, List<Node> args, Object fin, Object receiver)
      throws TemplateException {
    if (receiver == NO_VALUE) {
      return NO_VALUE; // Go continues a chain through a missing map key without error
    }
    boolean hasArgs = args.size() > 1 || fin != MISSING;
    if (receiver == null) {
      throw fail("nil pointer evaluating " + GoValues.typeName(null) + "." + name);
    }
    if (receiver instanceof GoStruct s && s.fields().containsKey(name)) {
      if (hasArgs) {
        throw fail(name + " has arguments but cannot be invoked as function");
      }
      return normalize(s.fields().get(name));
    }
    if (receiver instanceof Map<?, ?> map) {
      if (hasArgs) {
        throw fail(name + " is not a method but has arguments");
      }
      return map.containsKey(name) ? normalize(map.get(name)) : NO_VALUE;
    }
    throw fail("can't evaluate field " + name + " in type " + GoValues.typeName(receiver));
  }

  private Object evalFunction(Object dot, Node.Identifier id, List<Node> args, Object fin)
      throws TemplateException {
    current = id;
    String name = id.name();
    Function fn = functions.lookup(name);
    List<Node> params = args.isEmpty() ? List.of() : args.subList(1, args.size());
    int numIn = params.size() + (fin == MISSING ? 0 : 1);
    int numFixed = params.size();
    if (fn.variadic() != null) {
      numFixed = fn.fixed().size();
      if (numIn < numFixed) {
        throw fail(
            "wrong number of args for "
                + name
                + ": want at least "
                + numFixed
                + " got "
                + params.size());
      }
    } else if (numIn != fn.fixed().size()) {
      throw fail(
          "wrong number of args for " + name + ": want " + fn.fixed().size() + " got " + numIn);
    }
    if (name.equals("and") || name.equals("or")) {
      // Short-circuit: return the first falsy (and) or truthy (or) argument, else the last one.
      Object value = fin;
      for (Node param : params) {
        value = evalArg(dot, Param.VALUE, param);
        if (GoValues.truth(value) == name.equals("or")) {
          return value;
        }
      }
      return fin == MISSING ? value : fin;
    }
    List<Object> argv = new ArrayList<>();
    int i = 0;
    for (; i < numFixed && i < params.size(); i++) {
      argv.add(evalArg(dot, fn.fixed().get(i), params.get(i)));
    }
    for (; i < params.size(); i++) {
      argv.add(evalArg(dot, fn.variadic(), params.get(i)));
    }
    if (fin != MISSING) {
      Param kind =
          fn.variadic() == null
              ? fn.fixed().get(fn.fixed().size() - 1)
              : numIn - 1 < numFixed ? fn.fixed().get(numIn - 1) : fn.variadic();
      argv.add(validate(fin, kind));
    }
    try {
      return fn.body().call(argv);
    } catch (EvalFailure f) {
      current = id;
      throw fail(
          f.unsupported ? f.getMessage() : "error calling " + name + ": " + f.getMessage(),
          f.unsupported);
    }
  }

  /** Evaluates an argument for a parameter of the given kind (null: no check). */
  private Object evalArg(Object dot, Param kind, Node n) throws TemplateException {
    current = n;
    if (n instanceof Node.Dot) {
      return validate(dot, kind);
    }
    if (n instanceof Node.Nil) {
      if (kind == Param.STRING) {
        throw fail("cannot assign nil to string");
      }
      return kind == Param.STRING_MAP ? Map.of() : NO_VALUE;
    }
    if (n instanceof Node.Field f) {
      return validate(evalFieldChain(dot, f.idents(), List.of(), MISSING), kind);
    }
    if (n instanceof Node.Variable v) {
      return validate(evalVariable(v, List.of(), MISSING), kind);
    }
    if (n instanceof Node.Pipe p) {
      return validate(evalPipeline(dot, p), kind);
    }
    if (n instanceof Node.Identifier id) {
      return validate(evalFunction(dot, id, List.of(), MISSING), kind);
    }
    if (n instanceof Node.Chain c) {
      return validate(evalChain(dot, c, List.of(), MISSING), kind);
    }
    Object literal =
        n instanceof Node.Bool b
            ? (Object) b.value()
            : n instanceof Node.Number num ? (Object) num.value() : ((Node.Str) n).text();
    if (kind == null
        || kind == Param.VALUE
        || kind == Param.ANY
        || (kind == Param.STRING && n instanceof Node.Str)) {
      return literal;
    }
    throw fail(
        kind == Param.STRING
            ? "expected string; found " + n
            : "can't handle " + n + " for arg of type map[string]string");
  }

  /** Go's validateType: is the value assignable to the parameter? */
  private Object validate(Object value, Param kind) throws TemplateException {
    if (kind == null
        || kind == Param.VALUE
        || kind == Param.ANY
        || (value instanceof String && kind == Param.STRING)) {
      return value;
    }
    if (kind == Param.STRING) {
      throw fail(
          value == NO_VALUE
              ? "invalid value; expected string"
              : "wrong type for value; expected string; got " + GoValues.typeName(value));
    }
    if (value == NO_VALUE) {
      return Map.of(); // a nil map[string]string
    }
    if (value instanceof Map<?, ?> m && m.values().stream().allMatch(v -> v instanceof String)) {
      return value;
    }
    throw fail("wrong type for value; expected map[string]string; got " + GoValues.typeName(value));
  }

  private void push(String name, Object value) {
    varNames.add(name);
    varValues.add(value);
  }

  private void pop(int mark) {
    varNames.subList(mark, varNames.size()).clear();
    varValues.subList(mark, varValues.size()).clear();
  }

  private void setVar(String name, Object value) throws TemplateException {
    int i = varNames.lastIndexOf(name);
    if (i < 0) {
      throw fail("undefined variable: " + name);
    }
    varValues.set(i, value);
  }

  private Object varValue(String name) throws TemplateException {
    int i = varNames.lastIndexOf(name);
    if (i < 0) {
      throw fail("undefined variable: " + name);
    }
    return varValues.get(i);
  }

  private Object normalize(Object value) throws TemplateException {
    try {
      return GoValues.normalize(value);
    } catch (EvalFailure f) {
      throw fail(f.getMessage());
    }
  }

  private List<Map.Entry<String, Object>> sortedEntries(Map<?, ?> map) throws TemplateException {
    try {
      return GoValues.sortedEntries(map);
    } catch (EvalFailure f) {
      throw fail(f.getMessage());
    }
  }

  private String format(Object value) throws TemplateException {
    try {
      return GoFormatter.printValue(value); // Go formats the dereferenced value
    } catch (EvalFailure f) {
      throw fail(f.getMessage());
    }
  }

  private TemplateException fail(String message) {
    return fail(message, message.startsWith("unsupported"));
  }

  private TemplateException fail(String message, boolean unsupported) {
    if (current == null) {
      return new TemplateException(message, unsupported); // the data itself, before any node ran
    }
    return new TemplateException(
        "executing <"
            + current
            + "> at "
            + GoTemplate.position(source, current.pos())
            + ": "
            + message,
        unsupported);
  }
}
