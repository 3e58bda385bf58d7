package io.github.gwdns.core.rules;

import io.github.gwdns.core.attach.Attachments;
import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.finding.Fingerprints;
import io.github.gwdns.core.finding.ObjectRef;
import io.github.gwdns.core.finding.RelatedLocation;
import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.finding.SourceRange;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.model.Inventory;
import io.github.gwdns.core.model.KubeObject;
import io.github.gwdns.core.predict.DnsPlan;
import io.github.gwdns.core.predict.ExternalDnsOptions;
import io.github.gwdns.core.render.chart.ChartSource;
import java.util.ArrayList;
import java.util.List;

/** What one rule sees while it runs, and how it reports. */
public final class RuleContext {
  private final RuleInput input;
  private final RuleDescriptor rule;
  private final List<Finding> sink;

  RuleContext(RuleInput input, RuleDescriptor rule, List<Finding> sink) {
    this.input = input;
    this.rule = rule;
    this.sink = sink;
  }

  public Inventory inventory() {
    return input.inventory();
  }

  public Attachments attachments() {
    return input.attachments();
  }

  public DnsPlan plan() {
    return input.plan();
  }

  public ExternalDnsOptions options() {
    return input.plan().options();
  }

  public RuleInput input() {
    return input;
  }

  /** The running rule's default level. */
  public Severity severityDefault() {
    return rule.defaultSeverity();
  }

  public Causes causes() {
    return input.causes();
  }

  /**
   * Starts a finding about {@code object}, located at {@code path} inside it (or its nearest
   * ancestor).
   */
  public Report report(KubeObject object, FieldPath path, String message) {
    return new Report(object.provenance().rangeOf(path), object.ref(), message)
        .renderedBy(object.provenance().chart());
  }

  /** Starts a finding located at {@code range}; {@code object} may be null. */
  public Report report(SourceRange range, ObjectRef object, String message) {
    return new Report(range, object, message);
  }

  /** A finding being built; {@link #add()} records it. */
  public final class Report {
    private final SourceRange range;
    private final ObjectRef object;
    private final String message;
    private final List<RelatedLocation> related = new ArrayList<>();
    private final List<ObjectRef> relatedObjects = new ArrayList<>();
    private Severity severity = rule.defaultSeverity();
    private String lead;
    private String[] key = new String[0];
    private ChartSource chart;

    private Report(SourceRange range, ObjectRef object, String message) {
      this.range = range;
      this.object = object;
      this.message = message;
    }

    /**
     * The message's first sentence, in words for someone who does not know the Gateway API: what
     * happens to DNS and why ("HTTPRoute shop/web gets no DNS record: Gateway infra/public does not
     * accept routes from namespace `shop`."). Every finding has one; the detail follows it. It is
     * also the alert's title in code scanning.
     */
    public Report lead(String sentence) {
      if (!sentence.endsWith(".") && !sentence.endsWith("?")) {
        throw new IllegalArgumentException("a lead is a sentence: " + sentence);
      }
      this.lead = sentence;
      return this;
    }

    /** A level other than the rule's default, for this finding. */
    public Report severity(Severity level) {
      if (!rule.levels().contains(level)) {
        throw new IllegalStateException(
            "rule "
                + rule.id()
                + " reports at "
                + level
                + ", not among its levels "
                + rule.levels());
      }
      this.severity = level;
      return this;
    }

    private Report renderedBy(ChartSource source) {
      this.chart = source;
      return this;
    }

    /** Another place that explains the finding. */
    public Report related(KubeObject other, FieldPath path, String why) {
      related.add(new RelatedLocation(other.provenance().rangeOf(path), why));
      relatedObjects.add(other.ref());
      return this;
    }

    /**
     * What, besides the rule and the object, tells this finding apart from others on the same
     * object (e.g. the parent named): part of the fingerprint, never a line number.
     */
    public Report key(String... parts) {
      this.key = parts;
      return this;
    }

    public void add() {
      if (lead == null) {
        throw new IllegalStateException("rule " + rule.id() + " reports without a lead sentence");
      }
      String[] parts = new String[key.length + 2];
      parts[0] = rule.id();
      parts[1] = object == null ? range.file() : object.display();
      System.arraycopy(key, 0, parts, 2, key.length);
      sink.add(
          new Finding(
              rule.id(),
              severity,
              compose(),
              range,
              object,
              related,
              Fingerprints.of(parts),
              null));
    }

    /** The lead, the detail, what the detail rests on, then the fix: the fix always comes last. */
    private String compose() {
      int fix = message.lastIndexOf(Finding.FIX);
      String detail = fix < 0 ? message : message.substring(0, fix);
      if (object != null) {
        // The lead names the object already: "HTTPRoute shop/web gets no DNS record: ...".
        String name = object.kind() + " " + object.namespacedName();
        if (lead.startsWith(name) && detail.startsWith(name + ": ")) {
          detail = detail.substring(name.length() + 2);
        }
      }
      return lead
          + " "
          + detail
          + renderedFrom()
          + duplicates()
          + (fix < 0 ? "" : message.substring(fix));
    }

    /**
     * Says where the fields of an object a chart renders are written: the message names the
     * rendered object's fields ({@code spec.parentRefs[0]}), the user edits the release's values.
     */
    private String renderedFrom() {
      return chart == null
          ? ""
          : " ("
              + object.kind()
              + " "
              + object.namespacedName()
              + " is rendered from values `"
              + chart.part()
              + "` of "
              + chart.carrier()
              + ": set its fields there)";
    }

    /**
     * Says when an object this finding rests on is defined more than once (the last definition
     * wins, as with kubectl apply), and points at the replaced ones: a finding that rests on the
     * "wrong" copy must show it.
     */
    private String duplicates() {
      List<ObjectRef> refs = new ArrayList<>();
      if (object != null) {
        refs.add(object);
      }
      relatedObjects.stream().filter(r -> !refs.contains(r)).forEach(refs::add);
      StringBuilder note = new StringBuilder();
      for (ObjectRef ref : refs) {
        List<KubeObject> earlier = input.inventory().manifests().replaced(ref);
        if (earlier.isEmpty()) {
          continue;
        }
        note.append(" (")
            .append(ref.kind())
            .append(' ')
            .append(ref.namespacedName())
            .append(" is defined ")
            .append(earlier.size() + 1)
            .append(" times; gwdns uses the last definition, as kubectl apply would)");
        for (KubeObject e : earlier) {
          related.add(
              new RelatedLocation(
                  e.provenance().range(),
                  "an earlier definition of "
                      + ref.kind()
                      + " "
                      + ref.namespacedName()
                      + ", replaced by the last one"));
        }
      }
      return note.toString();
    }
  }
}
