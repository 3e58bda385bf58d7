package io.github.gwdns.core;

import io.github.gwdns.core.finding.Finding;
import io.github.gwdns.core.finding.Fingerprints;
import io.github.gwdns.core.load.ManifestProblem;
import java.util.List;

/** Turns loader and decoder problems into {@code invalid-manifest} findings. */
final class InvalidManifestFindings {
  static final String RULE_ID = "invalid-manifest";

  private InvalidManifestFindings() {}

  static Finding of(ManifestProblem problem) {
    String message =
        problem.object() == null
            ? problem.message()
            : problem.object().kind() + " " + problem.object().namespacedName() + ": " + problem.message();
    // Identity without line numbers: the object and field when known, else the file and the kind of
    // problem, plus the message with its digits removed (they carry positions).
    String identity =
        problem.object() == null ? problem.range().file() : problem.object().display() + "@" + problem.range().file();
    String fingerprint =
        Fingerprints.of(RULE_ID, identity, problem.code(), problem.field(), message.replaceAll("[0-9]+", "#"));
    return new Finding(
        RULE_ID, problem.severity(), message, problem.range(), problem.object(), List.of(), fingerprint);
  }
}
