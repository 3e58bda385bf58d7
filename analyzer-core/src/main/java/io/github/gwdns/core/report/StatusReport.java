package io.github.gwdns.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.gwdns.core.attach.Attachments;
import io.github.gwdns.core.attach.GatewayView;
import io.github.gwdns.core.attach.PredictedStatus;
import io.github.gwdns.core.model.Condition;
import io.github.gwdns.core.model.Gateway;
import io.github.gwdns.core.model.Inventory;
import io.github.gwdns.core.model.KubeObject;
import io.github.gwdns.core.model.ListenerSet;
import io.github.gwdns.core.model.ListenerSetStatus;
import io.github.gwdns.core.model.ListenerStatus;
import io.github.gwdns.core.model.ParentReference;
import io.github.gwdns.core.model.Route;
import io.github.gwdns.core.model.RouteGroupKind;
import io.github.gwdns.core.model.RouteParentStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Gateway API status a conformant controller would write, in the API's own shape (as {@code
 * kubectl get -o yaml} shows it): one object per route, Gateway and ListenerSet, sorted by kind,
 * namespace and name. Users diff it against their cluster.
 */
public final class StatusReport {
  /** The annotation that names an object's cluster, when the input holds several. */
  public static final String CLUSTER_ANNOTATION = "gwdns.io/cluster";

  private final List<Map<String, Object>> objects = new ArrayList<>();

  /**
   * The status of every cluster's objects; with several clusters, each object names its cluster in
   * the annotation {@value #CLUSTER_ANNOTATION}.
   */
  public StatusReport(io.github.gwdns.core.AnalysisResult result) {
    for (io.github.gwdns.core.AnalysisResult cluster : result.clusters()) {
      add(
          cluster.inventory(),
          cluster.attachments(),
          result.severalClusters() ? cluster.cluster() : "");
    }
  }

  public StatusReport(Inventory inventory, Attachments attachments) {
    add(inventory, attachments, "");
  }

  private void add(Inventory inventory, Attachments attachments, String cluster) {
    List<KubeObject> all = new ArrayList<>();
    all.addAll(inventory.routes());
    for (Gateway g : inventory.manifests().gateways()) {
      if (inventory.gateway(g.metadata().namespace(), g.metadata().name()) == g) {
        all.add(g);
      }
    }
    for (ListenerSet s : inventory.manifests().listenerSets()) {
      if (inventory.listenerSet(s.group(), s.metadata().namespace(), s.metadata().name()) == s) {
        all.add(s);
      }
    }
    all.sort(Comparator.comparing(KubeObject::ref));
    for (KubeObject o : all) {
      Map<String, Object> status;
      if (o instanceof Route r) {
        status = routeStatus(r, attachments);
      } else if (o instanceof Gateway g) {
        status = gatewayStatus(g, attachments);
      } else {
        ListenerSet s = (ListenerSet) o;
        Gateway parent = inventory.gateway(s.parentRef().namespace(), s.parentRef().name());
        status =
            listenerSetStatus(s, attachments, parent == null ? null : attachments.view(parent));
      }
      Map<String, Object> object = new LinkedHashMap<>();
      object.put("apiVersion", o.apiVersion());
      object.put("kind", o.kind());
      Map<String, Object> metadata = new LinkedHashMap<>();
      metadata.put("name", o.metadata().name());
      if (!o.metadata().namespace().isEmpty()) {
        metadata.put("namespace", o.metadata().namespace());
      }
      if (!cluster.isEmpty()) {
        metadata.put("annotations", Map.of(CLUSTER_ANNOTATION, cluster));
      }
      object.put("metadata", metadata);
      object.put("status", status);
      objects.add(object);
    }
  }

  private static Map<String, Object> routeStatus(Route route, Attachments attachments) {
    List<Object> parents = new ArrayList<>();
    for (RouteParentStatus p : PredictedStatus.routeStatus(route, attachments).parents()) {
      Map<String, Object> parent = new LinkedHashMap<>();
      parent.put("parentRef", parentRef(p.parentRef()));
      parent.put("controllerName", p.controllerName());
      parent.put("conditions", conditions(p.conditions()));
      parents.add(parent);
    }
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("parents", parents);
    return status;
  }

  private static Map<String, Object> gatewayStatus(Gateway gateway, Attachments attachments) {
    GatewayView view = attachments.view(gateway);
    Map<String, Object> status = new LinkedHashMap<>();
    if (view == null || view.classState() == GatewayView.ClassState.MISSING) {
      return status; // never reconciled: no controller writes a status
    }
    List<ListenerStatus> listeners = PredictedStatus.gatewayListeners(gateway, attachments, view);
    long accepted =
        listeners.stream().filter(l -> l.conditions().get(0).isTrue("Accepted")).count();
    Condition condition;
    if (accepted == listeners.size()) {
      condition = new Condition("Accepted", "True", "Accepted", "Gateway is accepted");
    } else if (accepted > 0) {
      condition =
          new Condition("Accepted", "True", "ListenersNotValid", "some listeners are not valid");
    } else {
      condition = new Condition("Accepted", "False", "ListenersNotValid", "no listener is valid");
    }
    status.put("conditions", conditions(List.of(condition)));
    status.put("listeners", listeners(listeners));
    // Written when some are attached, as Envoy Gateway does (the field is optional: 0 is omitted).
    int attachedSets = PredictedStatus.attachedListenerSets(attachments, view);
    if (attachedSets > 0) {
      status.put("attachedListenerSets", attachedSets);
    }
    return status;
  }

  private static Map<String, Object> listenerSetStatus(
      ListenerSet set, Attachments attachments, GatewayView view) {
    ListenerSetStatus predicted = PredictedStatus.listenerSetStatus(set, attachments, view);
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("conditions", conditions(predicted.conditions()));
    status.put("listeners", listeners(predicted.listeners()));
    return status;
  }

  private static List<Object> listeners(List<ListenerStatus> listeners) {
    List<Object> out = new ArrayList<>();
    for (ListenerStatus l : listeners) {
      Map<String, Object> listener = new LinkedHashMap<>();
      listener.put("name", l.name());
      List<Object> kinds = new ArrayList<>();
      for (RouteGroupKind k : l.supportedKinds()) {
        Map<String, Object> kind = new LinkedHashMap<>();
        kind.put("group", k.group());
        kind.put("kind", k.kind());
        kinds.add(kind);
      }
      listener.put("supportedKinds", kinds);
      listener.put("attachedRoutes", l.attachedRoutes());
      listener.put("conditions", conditions(l.conditions()));
      out.add(listener);
    }
    return out;
  }

  private static Map<String, Object> parentRef(ParentReference ref) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("group", ref.group());
    out.put("kind", ref.kind());
    out.put("namespace", ref.namespace());
    out.put("name", ref.name());
    if (ref.sectionName() != null) {
      out.put("sectionName", ref.sectionName());
    }
    if (ref.port() != null) {
      out.put("port", ref.port());
    }
    return out;
  }

  private static List<Object> conditions(List<Condition> conditions) {
    List<Object> out = new ArrayList<>();
    for (Condition c : conditions) {
      Map<String, Object> condition = new LinkedHashMap<>();
      condition.put("type", c.type());
      condition.put("status", c.status());
      condition.put("reason", c.reason());
      condition.put("message", c.message());
      out.add(condition);
    }
    return out;
  }

  /** Multi-document YAML. */
  public void writeYaml(OutputStream out) throws IOException {
    out.write(
        io.github.gwdns.core.vocabulary.GwdnsOutput.header(
                "status", "the status a Gateway controller is predicted to write, not manifests")
            .getBytes(StandardCharsets.UTF_8));
    YamlEmitter.write(objects, new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  /** A JSON array of the objects. */
  public void writeJson(OutputStream out) throws IOException {
    try (JsonGenerator json = Json.generator(out)) {
      json.writeStartArray();
      for (Map<String, Object> o : objects) {
        writeValue(json, o);
      }
      json.writeEndArray();
      json.writeRaw('\n');
    }
  }

  private static void writeValue(JsonGenerator json, Object value) throws IOException {
    if (value instanceof Map<?, ?> map) {
      json.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        json.writeFieldName(e.getKey().toString());
        writeValue(json, e.getValue());
      }
      json.writeEndObject();
    } else if (value instanceof List<?> list) {
      json.writeStartArray();
      for (Object item : list) {
        writeValue(json, item);
      }
      json.writeEndArray();
    } else if (value instanceof Integer i) {
      json.writeNumber(i);
    } else {
      json.writeString(String.valueOf(value));
    }
  }
}
