package io.github.gwdns.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A path to a field inside an object, such as {@code spec.parentRefs[1].namespace} or {@code
 * metadata.annotations["external-dns.kubernetes.io/hostname"]} (keys holding dots or brackets are
 * quoted). Immutable; {@link #field} and {@link #index} return extended copies.
 */
public final class FieldPath {

  /** One step: a mapping key, or a list index when {@code key} is null. */
  public record Segment(String key, int index) {
    boolean isIndex() {
      return key == null;
    }
  }

  private static final FieldPath ROOT = new FieldPath(List.of());

  private final List<Segment> segments;

  private FieldPath(List<Segment> segments) {
    this.segments = segments;
  }

  /** The object itself. */
  public static FieldPath root() {
    return ROOT;
  }

  /** Parses the dotted form; see the class description. */
  public static FieldPath parse(String path) {
    List<Segment> segments = new ArrayList<>();
    int i = 0;
    int n = path.length();
    while (i < n) {
      char c = path.charAt(i);
      if (c == '.') {
        i++;
      } else if (c == '[') {
        int close = path.indexOf(']', i);
        if (i + 1 < n && path.charAt(i + 1) == '"') {
          int endQuote = path.indexOf('"', i + 2);
          if (endQuote < 0 || endQuote + 1 >= n || path.charAt(endQuote + 1) != ']') {
            throw new IllegalArgumentException("unclosed quoted key in field path: " + path);
          }
          segments.add(new Segment(path.substring(i + 2, endQuote), -1));
          i = endQuote + 2;
        } else {
          if (close < 0) {
            throw new IllegalArgumentException("unclosed [ in field path: " + path);
          }
          segments.add(new Segment(null, Integer.parseInt(path.substring(i + 1, close))));
          i = close + 1;
        }
      } else {
        int end = i;
        while (end < n && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        segments.add(new Segment(path.substring(i, end), -1));
        i = end;
      }
    }
    return segments.isEmpty() ? ROOT : new FieldPath(Collections.unmodifiableList(segments));
  }

  /** This path extended by a mapping key. */
  public FieldPath field(String key) {
    return extend(new Segment(Objects.requireNonNull(key), -1));
  }

  /** This path extended by a list index. */
  public FieldPath index(int index) {
    return extend(new Segment(null, index));
  }

  private FieldPath extend(Segment segment) {
    List<Segment> longer = new ArrayList<>(segments.size() + 1);
    longer.addAll(segments);
    longer.add(segment);
    return new FieldPath(Collections.unmodifiableList(longer));
  }

  /** The steps from the object root. */
  public List<Segment> segments() {
    return segments;
  }

  /** The path without its last step; the root is its own parent. */
  public FieldPath parent() {
    return segments.isEmpty() ? this : new FieldPath(segments.subList(0, segments.size() - 1));
  }

  public boolean isRoot() {
    return segments.isEmpty();
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (Segment s : segments) {
      if (s.isIndex()) {
        text.append('[').append(s.index()).append(']');
      } else if (s.key().matches("[A-Za-z0-9_\\-]+")) {
        if (text.length() > 0) {
          text.append('.');
        }
        text.append(s.key());
      } else {
        text.append("[\"").append(s.key()).append("\"]");
      }
    }
    return text.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FieldPath other && segments.equals(other.segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }
}
