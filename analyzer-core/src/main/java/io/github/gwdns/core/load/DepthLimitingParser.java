package io.github.gwdns.core.load;

import java.util.Optional;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * Wraps SnakeYAML's parser and stops at a nesting depth limit. SnakeYAML's parser is iterative but
 * its composer recurses once per level, so a 10,000-deep document would overflow the stack;
 * SnakeYAML Engine has no depth setting of its own.
 */
final class DepthLimitingParser implements Parser {

  /** Thrown when a document nests deeper than allowed. */
  static final class TooDeepException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Optional<Mark> mark;

    TooDeepException(Optional<Mark> mark) {
      super("nesting too deep", null, false, false);
      this.mark = mark;
    }

    Optional<Mark> mark() {
      return mark;
    }
  }

  private final Parser delegate;
  private final int maxDepth;
  private int depth;

  DepthLimitingParser(Parser delegate, int maxDepth) {
    this.delegate = delegate;
    this.maxDepth = maxDepth;
  }

  @Override
  public boolean checkEvent(Event.ID choice) {
    return delegate.checkEvent(choice);
  }

  @Override
  public Event peekEvent() {
    return delegate.peekEvent();
  }

  @Override
  public boolean hasNext() {
    return delegate.hasNext();
  }

  @Override
  public Event next() {
    Event event = delegate.next();
    switch (event.getEventId()) {
      case MappingStart, SequenceStart -> {
        if (++depth > maxDepth) {
          throw new TooDeepException(event.getStartMark());
        }
      }
      case MappingEnd, SequenceEnd -> depth--;
      default -> {}
    }
    return event;
  }
}
