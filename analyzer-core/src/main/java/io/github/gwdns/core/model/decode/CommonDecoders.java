package io.github.gwdns.core.model.decode;

import io.github.gwdns.core.load.ManifestList;
import io.github.gwdns.core.load.ManifestMap;
import io.github.gwdns.core.model.Condition;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.model.FromNamespaces;
import io.github.gwdns.core.model.LabelSelector;
import io.github.gwdns.core.model.ListenerStatus;
import io.github.gwdns.core.model.RouteGroupKind;
import io.github.gwdns.core.vocabulary.GatewayApi;
import java.util.ArrayList;
import java.util.List;

/** Decoders for structures several kinds share: conditions, label selectors, route kinds. */
final class CommonDecoders {
  private CommonDecoders() {}

  static List<Condition> conditions(FieldReader reader, ManifestMap parent, FieldPath path) {
    List<Condition> conditions = new ArrayList<>();
    ManifestList list = reader.list(parent, path, "conditions");
    FieldPath listPath = path.field("conditions");
    for (ManifestMap item : reader.mapItems(list, listPath)) {
      if (item == null) {
        continue;
      }
      String type = reader.string(item, listPath, "type");
      String status = reader.string(item, listPath, "status");
      String reason = reader.string(item, listPath, "reason");
      String message = reader.string(item, listPath, "message");
      conditions.add(
          new Condition(
              type == null ? "" : type,
              status == null ? "" : status,
              reason == null ? "" : reason,
              message == null ? "" : message));
    }
    return conditions;
  }

  /** A {@code metav1.LabelSelector}, or null when absent. */
  static LabelSelector selector(
      FieldReader reader, ManifestMap parent, FieldPath path, String key) {
    ManifestMap map = reader.map(parent, path, key);
    if (map == null) {
      return null;
    }
    FieldPath selectorPath = path.field(key);
    var matchLabels = reader.stringMap(map, selectorPath, "matchLabels");
    List<LabelSelector.Requirement> requirements = new ArrayList<>();
    FieldPath expressionsPath = selectorPath.field("matchExpressions");
    List<ManifestMap> items =
        reader.mapItems(reader.list(map, selectorPath, "matchExpressions"), expressionsPath);
    for (int i = 0; i < items.size(); i++) {
      ManifestMap item = items.get(i);
      if (item == null) {
        continue;
      }
      FieldPath itemPath = expressionsPath.index(i);
      String key2 = reader.requiredString(item, itemPath, "key");
      String operatorText = reader.requiredString(item, itemPath, "operator");
      List<String> values = reader.stringList(item, itemPath, "values");
      LabelSelector.Operator operator =
          operatorText == null ? null : LabelSelector.Operator.of(operatorText);
      if (operatorText != null && operator == null) {
        reader.error(
            item.get("operator"),
            itemPath.field("operator"),
            "unsupported-value",
            "`"
                + itemPath.field("operator")
                + "` is `"
                + operatorText
                + "`; use In, NotIn, Exists or DoesNotExist");
      }
      if (key2 != null && operator != null) {
        requirements.add(new LabelSelector.Requirement(key2, operator, values));
      }
    }
    return new LabelSelector(matchLabels, requirements);
  }

  /** {@code namespaces.from}, defaulting to {@code fallback}; null after an invalid value. */
  static FromNamespaces from(
      FieldReader reader,
      ManifestMap namespaces,
      FieldPath path,
      List<String> allowed,
      FromNamespaces fallback) {
    String text = reader.enumString(namespaces, path, "from", allowed);
    if (text == null) {
      return namespaces != null && namespaces.text("from") != null ? null : fallback;
    }
    return FromNamespaces.of(text);
  }

  /** A list of {@code {group, kind}}; the group defaults to gateway.networking.k8s.io. */
  static List<RouteGroupKind> kinds(
      FieldReader reader, ManifestMap parent, FieldPath path, String key) {
    List<RouteGroupKind> kinds = new ArrayList<>();
    FieldPath listPath = path.field(key);
    List<ManifestMap> items = reader.mapItems(reader.list(parent, path, key), listPath);
    for (int i = 0; i < items.size(); i++) {
      ManifestMap item = items.get(i);
      if (item == null) {
        continue;
      }
      String group = reader.string(item, listPath.index(i), "group");
      String kind = reader.requiredString(item, listPath.index(i), "kind");
      if (kind != null) {
        kinds.add(new RouteGroupKind(group == null ? GatewayApi.GROUP : group, kind));
      }
    }
    return kinds;
  }

  static List<ListenerStatus> listenerStatus(
      FieldReader reader, ManifestMap status, FieldPath path) {
    List<ListenerStatus> listeners = new ArrayList<>();
    FieldPath listPath = path.field("listeners");
    List<ManifestMap> items = reader.mapItems(reader.list(status, path, "listeners"), listPath);
    for (int i = 0; i < items.size(); i++) {
      ManifestMap item = items.get(i);
      if (item == null) {
        continue;
      }
      FieldPath itemPath = listPath.index(i);
      String name = reader.string(item, itemPath, "name");
      Integer attached = reader.integer(item, itemPath, "attachedRoutes", 0, Integer.MAX_VALUE);
      listeners.add(
          new ListenerStatus(
              name == null ? "" : name,
              attached == null ? 0 : attached,
              kinds(reader, item, itemPath, "supportedKinds"),
              conditions(reader, item, itemPath)));
    }
    return listeners;
  }
}
