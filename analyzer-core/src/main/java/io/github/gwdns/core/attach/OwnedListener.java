package io.github.gwdns.core.attach;

import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.model.KubeObject;
import io.github.gwdns.core.model.Listener;
import io.github.gwdns.core.model.ListenerSet;

/**
 * A listener together with the object that declares it: a Gateway, or a ListenerSet attached to
 * one. The owner decides what {@code allowedRoutes.namespaces.from: Same} means.
 */
public record OwnedListener(KubeObject owner, Listener listener) {

  /** The namespace {@code Same} refers to: the Gateway's, or the ListenerSet's. */
  public String ownerNamespace() {
    return owner.metadata().namespace();
  }

  /** True when a ListenerSet declares the listener. */
  public boolean fromListenerSet() {
    return owner instanceof ListenerSet;
  }

  /** The listener's path inside its owner, e.g. {@code spec.listeners[1]}. */
  public FieldPath path() {
    return listener.path();
  }

  /** e.g. {@code listener `https` of Gateway infra/public}. */
  public String display() {
    return "listener `"
        + listener.name()
        + "` of "
        + owner.kind()
        + " "
        + owner.ref().namespacedName();
  }

  /** Identity for maps: owner kind, namespace, name and listener index. */
  public String key() {
    return owner.ref().display() + "#" + listener.index();
  }
}
