package io.github.gwdns.core.rules;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gwdns.core.finding.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A file of accepted findings, by fingerprint (rule and object, never lines): {@code
 * {"version":1,"findings":[{"fingerprint","ruleId","resource","message"}]}}. Findings it lists are
 * reported as suppressed, so a team with old problems can gate new ones.
 */
public final class Baseline {
  private Baseline() {}

  /**
   * The fingerprints in {@code file}.
   *
   * @throws IOException when the file cannot be read or is not a baseline
   */
  public static Set<String> read(Path file) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readAllBytes(file));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      // Jackson's own message adds a second line with the source; the line and column say enough.
      com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
      throw new IOException(
          file
              + " is not a gwdns baseline: "
              + e.getOriginalMessage()
              + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()),
          e);
    }
    JsonNode findings = root == null ? null : root.get("findings");
    if (findings == null || !findings.isArray()) {
      throw new IOException(
          file
              + " is not a gwdns baseline (no \"findings\" list); write one with --write-baseline");
    }
    Set<String> fingerprints = new TreeSet<>();
    for (JsonNode f : findings) {
      JsonNode fp = f.get("fingerprint");
      if (fp != null && fp.isTextual()) {
        fingerprints.add(fp.asText());
      }
    }
    return fingerprints;
  }

  /**
   * Writes every finding that counts now, sorted by fingerprint.
   *
   * @return the number of fingerprints written
   */
  public static int write(List<Finding> findings, OutputStream out) throws IOException {
    TreeMap<String, Finding> byFingerprint = new TreeMap<>();
    findings.stream()
        .filter(Finding::active)
        .forEach(f -> byFingerprint.putIfAbsent(f.fingerprint(), f));
    ObjectMapper mapper = new ObjectMapper();
    try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeNumberField("version", 1);
      json.writeArrayFieldStart("findings");
      for (Finding f : byFingerprint.values()) {
        json.writeStartObject();
        json.writeStringField("fingerprint", f.fingerprint());
        json.writeStringField("ruleId", f.ruleId());
        json.writeStringField("resource", f.resource());
        json.writeStringField("message", f.message());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
    }
    return byFingerprint.size();
  }
}
