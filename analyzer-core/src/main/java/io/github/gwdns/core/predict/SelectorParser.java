package io.github.gwdns.core.predict;

import io.github.gwdns.core.model.LabelSelector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses Kubernetes label-selector syntax ({@code labels.Parse}), as external-dns's {@code
 * --label-filter}, {@code --annotation-filter} and {@code --gateway-label-filter} take it: {@code
 * a=b}, {@code a==b}, {@code a!=b}, {@code a in (x,y)}, {@code a notin (x)}, {@code a}, {@code !a},
 * separated by commas, all ANDed. The numeric {@code >}/{@code <} forms are refused: no filter on
 * routes uses them, and guessing would be worse than saying so.
 */
public final class SelectorParser {
  private final String text;
  private int pos;

  private SelectorParser(String text) {
    this.text = text;
  }

  /**
   * Parses {@code text}; the empty string selects everything.
   *
   * @throws IllegalArgumentException with a message naming the position
   */
  public static LabelSelector parse(String text) {
    return new SelectorParser(text).selector();
  }

  private LabelSelector selector() {
    Map<String, String> equals = new LinkedHashMap<>();
    List<LabelSelector.Requirement> requirements = new ArrayList<>();
    skipSpaces();
    if (pos == text.length()) {
      return new LabelSelector(equals, requirements);
    }
    while (true) {
      requirement(requirements);
      skipSpaces();
      if (pos == text.length()) {
        break;
      }
      expect(',');
    }
    return new LabelSelector(equals, requirements);
  }

  private void requirement(List<LabelSelector.Requirement> requirements) {
    skipSpaces();
    if (peek() == '!') {
      pos++;
      requirements.add(
          new LabelSelector.Requirement(key(), LabelSelector.Operator.DOES_NOT_EXIST, List.of()));
      return;
    }
    String key = key();
    skipSpaces();
    if (pos == text.length() || peek() == ',') {
      requirements.add(
          new LabelSelector.Requirement(key, LabelSelector.Operator.EXISTS, List.of()));
      return;
    }
    if (text.startsWith("!=", pos)) {
      pos += 2;
      requirements.add(
          new LabelSelector.Requirement(key, LabelSelector.Operator.NOT_IN, List.of(value())));
    } else if (text.startsWith("==", pos) || peek() == '=') {
      pos += text.startsWith("==", pos) ? 2 : 1;
      String value = value();
      // Two equality terms on one key can both hold only if they agree; keep the AND semantics.
      requirements.add(
          new LabelSelector.Requirement(key, LabelSelector.Operator.IN, List.of(value)));
    } else if (word("notin")) {
      requirements.add(new LabelSelector.Requirement(key, LabelSelector.Operator.NOT_IN, values()));
    } else if (word("in")) {
      requirements.add(new LabelSelector.Requirement(key, LabelSelector.Operator.IN, values()));
    } else if (peek() == '>' || peek() == '<') {
      throw error("numeric comparisons (> and <) are not supported");
    } else {
      throw error("expected =, ==, !=, in or notin after key `" + key + "`");
    }
  }

  private List<String> values() {
    skipSpaces();
    expect('(');
    List<String> values = new ArrayList<>();
    while (true) {
      skipSpaces();
      values.add(value());
      skipSpaces();
      if (peek() == ')') {
        pos++;
        return values;
      }
      expect(',');
    }
  }

  private boolean word(String word) {
    if (text.startsWith(word, pos)) {
      int end = pos + word.length();
      if (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '(')) {
        pos = end;
        return true;
      }
    }
    return false;
  }

  private String key() {
    skipSpaces();
    int start = pos;
    while (pos < text.length() && isKeyChar(text.charAt(pos))) {
      pos++;
    }
    if (start == pos) {
      throw error("expected a label key");
    }
    return text.substring(start, pos);
  }

  private String value() {
    skipSpaces();
    int start = pos;
    while (pos < text.length() && isValueChar(text.charAt(pos))) {
      pos++;
    }
    return text.substring(start, pos);
  }

  private static boolean isKeyChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '/';
  }

  private static boolean isValueChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.';
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private void skipSpaces() {
    while (pos < text.length() && text.charAt(pos) == ' ') {
      pos++;
    }
  }

  private IllegalArgumentException error(String message) {
    return new IllegalArgumentException(
        "invalid selector '" + text + "' at column " + (pos + 1) + ": " + message);
  }
}
