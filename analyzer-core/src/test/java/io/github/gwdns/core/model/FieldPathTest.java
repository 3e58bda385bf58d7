package io.github.gwdns.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FieldPathTest {
  @Test
  void parsesAndPrintsDottedPathsWithIndexesAndQuotedKeys() {
    FieldPath path = FieldPath.parse("metadata.annotations[\"external-dns.kubernetes.io/ttl\"]");
    assertThat(path.segments()).hasSize(3);
    assertThat(path.segments().get(2).key()).isEqualTo("external-dns.kubernetes.io/ttl");
    assertThat(path.toString())
        .isEqualTo("metadata.annotations[\"external-dns.kubernetes.io/ttl\"]");
    assertThat(FieldPath.parse("spec.parentRefs[1].namespace").toString())
        .isEqualTo("spec.parentRefs[1].namespace");
    assertThat(FieldPath.root().field("spec").field("listeners").index(0))
        .isEqualTo(FieldPath.parse("spec.listeners[0]"));
  }

  @Test
  void rejectsMalformedPaths() {
    assertThatThrownBy(() -> FieldPath.parse("spec[1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FieldPath.parse("a[\"b]"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
