package io.github.gwdns.core.rules.attachment;

import io.github.gwdns.core.attach.OwnedListener;
import io.github.gwdns.core.finding.Severity;
import io.github.gwdns.core.model.FieldPath;
import io.github.gwdns.core.rules.Cause;
import io.github.gwdns.core.rules.ParentCause;
import io.github.gwdns.core.rules.RuleInfo;
import io.github.gwdns.core.rules.Wording;

@RuleInfo(
    id = "protocol-mismatch",
    severity = Severity.ERROR,
    otherLevels = {Severity.NOTE},
    summary = "No listener of the parent has a protocol that takes the route's kind",
    description =
        "HTTPRoute and GRPCRoute need an HTTP or HTTPS listener, TLSRoute a TLS listener, TCPRoute"
            + " a TCP listener, UDPRoute a UDP listener. external-dns also matches a TCPRoute to a TLS listener,"
            + " but no conformant controller accepts that pair, so the route gets no Accepted status and no DNS.",
    remediation =
        "Attach the route to a listener of the right protocol (sectionName), add one, or use the"
            + " route kind the listener takes",
    tags = {"attachment"})
public final class ProtocolMismatchRule extends ListenerRejectionRule {
  @Override
  String plainWhy(ParentCause c) {
    return "no listener of "
        + Wording.parentName(c.ref())
        + " serves the protocol "
        + Wording.article(c.route().kind())
        + " needs";
  }

  @Override
  Cause cause() {
    return Cause.PROTOCOL_MISMATCH;
  }

  @Override
  FieldPath listenerField(OwnedListener listener) {
    return listener.path().field("protocol");
  }

  @Override
  String externalDnsFix(ParentCause c) {
    return "attach the route to a listener whose protocol external-dns matches to a "
        + c.route().kind();
  }
}
