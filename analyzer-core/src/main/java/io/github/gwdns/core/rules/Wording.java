package io.github.gwdns.core.rules;

import io.github.gwdns.core.attach.ListenerCheck;
import io.github.gwdns.core.attach.ParentResolution;
import io.github.gwdns.core.attach.Remedies;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.model.KubeObject;
import io.github.gwdns.core.model.ParentReference;
import io.github.gwdns.core.model.Route;
import java.util.stream.Collectors;

/** Phrases and field paths the rules share, so every message names objects the same way. */
public final class Wording {
  private Wording() {}

  /** {@code HTTPRoute shop/web}. */
  public static String object(KubeObject o) {
    return o.kind() + " " + o.ref().namespacedName();
  }

  /** {@code spec.parentRefs[1]}. */
  public static FieldPath parentRef(ParentReference ref) {
    return FieldPath.root().field("spec").field("parentRefs").index(ref.index());
  }

  /** {@code status.parents[0]}. */
  public static FieldPath statusParent(int index) {
    return FieldPath.root().field("status").field("parents").index(index);
  }

  /** {@code parentRefs[0] (Gateway infra/public, sectionName https)}. */
  public static String parent(ParentReference ref) {
    StringBuilder text =
        new StringBuilder("parentRefs[")
            .append(ref.index())
            .append("] (")
            .append(ref.kind())
            .append(' ')
            .append(ref.namespace())
            .append('/')
            .append(ref.name());
    if (ref.sectionName() != null) {
      text.append(", sectionName ").append(ref.sectionName());
    }
    if (ref.port() != null) {
      text.append(", port ").append(ref.port());
    }
    return text.append(')').toString();
  }

  /**
   * A lead for a route without records: {@code HTTPRoute shop/web gets no DNS record: <why>.}, or
   * "may get no DNS record" when gwdns cannot be sure.
   */
  public static String noRecordLead(KubeObject route, boolean certain, String why) {
    return object(route)
        + (certain ? " gets no DNS record: " : " may get no DNS record: ")
        + why
        + ".";
  }

  /** {@code a} or {@code an} before a kind, as it is read aloud: an HTTPRoute, a UDPRoute. */
  public static String article(String kind) {
    // "a UDPRoute": U read as "you" takes "a"; HTTP, read letter by letter, starts with "aitch".
    return kind.startsWith("HTTP")
            || "AEIOaeiou".indexOf(kind.isEmpty() ? 'x' : kind.charAt(0)) >= 0
        ? "an " + kind
        : "a " + kind;
  }

  /** {@code Gateway infra/public}: the parent a parentRef names. */
  public static String parentName(ParentReference ref) {
    return ref.kind() + " " + ref.namespace() + "/" + ref.name();
  }

  /** The usual consequence sentence. */
  public static String noRecord(Route route) {
    return "external-dns publishes no record for it";
  }

  /**
   * The other listeners' reasons, for a message about the closest one: {@code (also: listener
   * `http` of Gateway infra/public: namespaces ...)}.
   */
  public static String others(ParentResolution r, ListenerCheck closest) {
    String others =
        r.candidates().stream()
            .filter(c -> c != closest && !c.accepts())
            .map(c -> c.listener().display() + " fails " + c.failed().kind().label())
            .collect(Collectors.joining("; "));
    return others.isEmpty() ? "" : " (other listeners: " + others + ")";
  }

  /** The fix for a controller rejection, as a sentence ending the message. */
  public static String fix(ParentResolution r, io.github.gwdns.core.model.Inventory inventory) {
    String fix = Remedies.fix(r, inventory);
    return fix == null ? "" : " Fix: " + fix + (fix.endsWith("?") ? "" : ".");
  }
}
