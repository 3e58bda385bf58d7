package io.github.gwdns.core.template;

import io.github.gwdns.core.template.Token.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A port of Go's {@code text/template/parse} lexer for the default {@code {{ }}} delimiters. The
 * token stream ends with an EOF or ERROR token; the parser reports the error when it reaches it, as
 * Go does.
 */
final class TemplateLexer {
  private static final String LEFT = "{{";
  private static final String RIGHT = "}}";
  private static final String SPACE_CHARS = " \t\r\n";
  private static final Map<String, Type> KEYWORDS =
      Map.ofEntries(
          Map.entry("block", Type.BLOCK),
          Map.entry("break", Type.BREAK),
          Map.entry("continue", Type.CONTINUE),
          Map.entry("define", Type.DEFINE),
          Map.entry("else", Type.ELSE),
          Map.entry("end", Type.END),
          Map.entry("if", Type.IF),
          Map.entry("range", Type.RANGE),
          Map.entry("nil", Type.NIL),
          Map.entry("template", Type.TEMPLATE),
          Map.entry("with", Type.WITH));

  private enum State {
    TEXT,
    LEFT_DELIM,
    COMMENT,
    INSIDE,
    RIGHT_DELIM,
    DONE
  }

  private final String in;
  private final List<Token> tokens = new ArrayList<>();
  private int pos;
  private int start;
  private int width;
  private int parenDepth;

  private TemplateLexer(String in) {
    this.in = in;
  }

  static List<Token> lex(String text) {
    TemplateLexer lexer = new TemplateLexer(text);
    State state = State.TEXT;
    while (state != State.DONE) {
      state =
          switch (state) {
            case TEXT -> lexer.text();
            case LEFT_DELIM -> lexer.leftDelim();
            case COMMENT -> lexer.comment();
            case INSIDE -> lexer.insideAction();
            case RIGHT_DELIM -> lexer.rightDelim();
            case DONE -> State.DONE;
          };
    }
    return lexer.tokens;
  }

  private int next() {
    if (pos >= in.length()) {
      width = 0;
      return -1;
    }
    int r = in.codePointAt(pos);
    width = Character.charCount(r);
    pos += width;
    return r;
  }

  private void backup() {
    pos -= width;
  }

  private int peek() {
    int r = next();
    backup();
    return r;
  }

  private State emit(Type type) {
    tokens.add(new Token(type, start, in.substring(start, pos)));
    start = pos;
    return State.INSIDE;
  }

  private State error(String message) {
    tokens.add(new Token(Type.ERROR, start, message));
    return State.DONE;
  }

  private void ignore() {
    start = pos;
  }

  private State text() {
    int x = in.indexOf(LEFT, pos);
    if (x < 0) {
      pos = in.length();
      if (pos > start) {
        emit(Type.TEXT);
      }
      emit(Type.EOF);
      return State.DONE;
    }
    pos = x;
    int trim = hasLeftTrimMarker(x + LEFT.length()) ? rightTrimLength(in.substring(start, pos)) : 0;
    pos -= trim;
    if (pos > start) {
      emit(Type.TEXT);
    }
    pos += trim;
    ignore();
    return State.LEFT_DELIM;
  }

  private State leftDelim() {
    pos += LEFT.length();
    int afterMarker = hasLeftTrimMarker(pos) ? 2 : 0;
    if (in.startsWith("/*", pos + afterMarker)) {
      pos += afterMarker;
      ignore();
      return State.COMMENT;
    }
    emit(Type.LEFT_DELIM);
    pos += afterMarker;
    ignore();
    parenDepth = 0;
    return State.INSIDE;
  }

  private State comment() {
    pos += 2;
    int i = in.indexOf("*/", pos);
    if (i < 0) {
      return error("unclosed comment");
    }
    pos = i + 2;
    boolean trim = hasRightTrimMarker(pos) && in.startsWith(RIGHT, pos + 2);
    if (!trim && !in.startsWith(RIGHT, pos)) {
      return error("comment ends before closing delimiter");
    }
    pos += (trim ? 2 : 0) + RIGHT.length();
    if (trim) {
      pos += leftTrimLength(pos);
    }
    ignore();
    return State.TEXT;
  }

  private State rightDelim() {
    boolean trim = hasRightTrimMarker(pos);
    if (trim) {
      pos += 2;
      ignore();
    }
    pos += RIGHT.length();
    emit(Type.RIGHT_DELIM);
    if (trim) {
      pos += leftTrimLength(pos);
      ignore();
    }
    return State.TEXT;
  }

  private boolean atRightDelim() {
    return in.startsWith(RIGHT, pos) || (hasRightTrimMarker(pos) && in.startsWith(RIGHT, pos + 2));
  }

  private State insideAction() {
    if (atRightDelim()) {
      return parenDepth == 0 ? State.RIGHT_DELIM : error("unclosed left paren");
    }
    int r = next();
    if (r == -1) {
      return error("unclosed action");
    }
    if (isSpace(r)) {
      backup();
      return space();
    }
    switch (r) {
      case '=':
        return emit(Type.ASSIGN);
      case ':':
        return next() == '=' ? emit(Type.DECLARE) : error("expected :=");
      case '|':
        return emit(Type.PIPE);
      case '"':
        return quote();
      case '`':
        return rawQuote();
      case '$':
        return atTerminator() ? emit(Type.VARIABLE) : fieldOrVariable(Type.VARIABLE);
      case '\'':
        return charConstant();
      case '(':
        parenDepth++;
        return emit(Type.LEFT_PAREN);
      case ')':
        return --parenDepth < 0
            ? error("unexpected right paren " + unicode(r))
            : emit(Type.RIGHT_PAREN);
      default:
        break;
    }
    if (r == '.' && pos < in.length() && (in.charAt(pos) < '0' || in.charAt(pos) > '9')) {
      return fieldOrVariable(Type.FIELD);
    }
    if (r == '.' || r == '+' || r == '-' || (r >= '0' && r <= '9')) {
      backup();
      return number();
    }
    if (isAlphaNumeric(r)) {
      backup();
      return identifier();
    }
    if (r < 0x7f && r >= ' ') {
      return emit(Type.CHAR);
    }
    return error("unrecognized character in action: " + unicode(r));
  }

  private State space() {
    int spaces = 0;
    while (isSpace(peek())) {
      next();
      spaces++;
    }
    // A trim-marked closing delimiter starts with a space: leave it for rightDelim.
    if (hasRightTrimMarker(pos - 1) && in.startsWith(RIGHT, pos + 1)) {
      pos--;
      if (spaces == 1) {
        return State.RIGHT_DELIM;
      }
    }
    return emit(Type.SPACE);
  }

  private State identifier() {
    int r;
    while (isAlphaNumeric(r = next())) {
      // absorb
    }
    backup();
    if (!atTerminator()) {
      return error("bad character " + unicode(r));
    }
    String word = in.substring(start, pos);
    Type keyword = KEYWORDS.get(word);
    if (keyword != null) {
      return emit(keyword);
    }
    return emit(word.equals("true") || word.equals("false") ? Type.BOOL : Type.IDENTIFIER);
  }

  private State fieldOrVariable(Type type) {
    if (atTerminator()) {
      return emit(type == Type.VARIABLE ? Type.VARIABLE : Type.DOT);
    }
    int r;
    while (isAlphaNumeric(r = next())) {
      // absorb
    }
    backup();
    return atTerminator() ? emit(type) : error("bad character " + unicode(r));
  }

  private boolean atTerminator() {
    int r = peek();
    return isSpace(r) || r == -1 || ".,|:)(".indexOf(r) >= 0 || r == RIGHT.charAt(0);
  }

  private State charConstant() {
    while (true) {
      int r = next();
      if (r == '\\') {
        r = next();
        if (r != -1 && r != '\n') {
          continue;
        }
      }
      if (r == -1 || r == '\n') {
        return error("unterminated character constant");
      }
      if (r == '\'') {
        return emit(Type.CHAR_CONSTANT);
      }
    }
  }

  private State number() {
    if (!scanNumber()) {
      return error("bad number syntax: " + GoFormatter.quote(in.substring(start, pos)));
    }
    int sign = peek();
    if (sign == '+' || sign == '-') {
      if (!scanNumber() || in.charAt(pos - 1) != 'i') {
        return error("bad number syntax: " + GoFormatter.quote(in.substring(start, pos)));
      }
      return emit(Type.COMPLEX);
    }
    return emit(Type.NUMBER);
  }

  private boolean scanNumber() {
    accept("+-");
    String digits = "0123456789_";
    if (accept("0")) {
      if (accept("xX")) {
        digits = "0123456789abcdefABCDEF_";
      } else if (accept("oO")) {
        digits = "01234567_";
      } else if (accept("bB")) {
        digits = "01_";
      }
    }
    acceptRun(digits);
    if (accept(".")) {
      acceptRun(digits);
    }
    if ((digits.length() == 11 && accept("eE")) || (digits.length() == 23 && accept("pP"))) {
      accept("+-");
      acceptRun("0123456789_");
    }
    accept("i");
    if (isAlphaNumeric(peek())) {
      next();
      return false;
    }
    return true;
  }

  private boolean accept(String valid) {
    int r = next();
    if (r != -1 && valid.indexOf(r) >= 0) {
      return true;
    }
    backup();
    return false;
  }

  private void acceptRun(String valid) {
    while (accept(valid)) {
      // absorb
    }
  }

  private State quote() {
    while (true) {
      int r = next();
      if (r == '\\') {
        r = next();
        if (r != -1 && r != '\n') {
          continue;
        }
      }
      if (r == -1 || r == '\n') {
        return error("unterminated quoted string");
      }
      if (r == '"') {
        return emit(Type.STRING);
      }
    }
  }

  private State rawQuote() {
    int end = in.indexOf('`', pos);
    if (end < 0) {
      return error("unterminated raw quoted string");
    }
    pos = end + 1;
    return emit(Type.RAW_STRING);
  }

  private boolean hasLeftTrimMarker(int at) {
    return at + 1 < in.length() && in.charAt(at) == '-' && isSpace(in.charAt(at + 1));
  }

  private boolean hasRightTrimMarker(int at) {
    return at >= 0 && at + 1 < in.length() && isSpace(in.charAt(at)) && in.charAt(at + 1) == '-';
  }

  private static int rightTrimLength(String s) {
    int end = s.length();
    while (end > 0 && SPACE_CHARS.indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.length() - end;
  }

  private int leftTrimLength(int from) {
    int i = from;
    while (i < in.length() && SPACE_CHARS.indexOf(in.charAt(i)) >= 0) {
      i++;
    }
    return i - from;
  }

  private static boolean isSpace(int r) {
    return r == ' ' || r == '\t' || r == '\r' || r == '\n';
  }

  static boolean isAlphaNumeric(int r) {
    return r == '_' || (r >= 0 && (Character.isLetter(r) || Character.isDigit(r)));
  }

  /** Go's {@code %#U}: {@code U+002D '-'}. */
  private static String unicode(int r) {
    String hex = String.format("U+%04X", r);
    return GoFormatter.isPrint(r) ? hex + " '" + new String(Character.toChars(r)) + "'" : hex;
  }
}
