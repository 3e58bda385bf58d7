package io.github.gwdns.core.template;

/** One lexeme of a template, as Go's {@code text/template/parse} lexer emits it. */
record Token(Type type, int pos, String val) {
  enum Type {
    ERROR,
    BOOL,
    CHAR,
    CHAR_CONSTANT,
    COMPLEX,
    ASSIGN,
    DECLARE,
    EOF,
    FIELD,
    IDENTIFIER,
    LEFT_DELIM,
    LEFT_PAREN,
    NUMBER,
    PIPE,
    RAW_STRING,
    RIGHT_DELIM,
    RIGHT_PAREN,
    SPACE,
    STRING,
    TEXT,
    VARIABLE,
    // Keywords: Go prints these as <word> in messages.
    BLOCK,
    BREAK,
    CONTINUE,
    DOT,
    DEFINE,
    ELSE,
    END,
    IF,
    NIL,
    RANGE,
    TEMPLATE,
    WITH;

    boolean isKeyword() {
      return ordinal() >= BLOCK.ordinal();
    }
  }

  /** Go's {@code item.String()}, used in "unexpected X in Y" messages. */
  @Override
  public String toString() {
    if (type == Type.EOF) {
      return "EOF";
    }
    if (type == Type.ERROR) {
      return val;
    }
    if (type.isKeyword()) {
      return "<" + val + ">";
    }
    if (val.codePointCount(0, val.length()) > 10) {
      return GoFormatter.quote(val.substring(0, val.offsetByCodePoints(0, 10))) + "...";
    }
    return GoFormatter.quote(val);
  }
}
