package io.github.gwdns.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gwdns.core.AnalysisResult;
import io.github.gwdns.core.predict.PlanCasesTest;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Colour adds codes around a report's own markers and changes nothing else. */
class HighlighterTest {
  private static final String ESC = "\u001b[";

  private static String strip(String text) {
    return text.replaceAll("\u001b\\[[0-9;]*m", "");
  }

  @Test
  void explainColoursStepsVerdictsAndFixes() throws Exception {
    AnalysisResult result =
        PlanCasesTest.analyze(PlanCasesTest.CASES.resolve("21-listenerset-not-allowed.yaml"));
    StringWriter plain = new StringWriter();
    StringWriter colour = new StringWriter();
    assertThat(ExplainReport.explain(result, "HTTPRoute/team/app", plain, false)).isTrue();
    assertThat(ExplainReport.explain(result, "HTTPRoute/team/app", colour, true)).isTrue();
    assertThat(plain.toString()).doesNotContain(ESC);
    assertThat(strip(colour.toString())).isEqualTo(plain.toString());
    assertThat(colour.toString())
        .startsWith(ESC + "1mHTTPRoute team/app" + ESC + "0m  (21-listenerset-not-allowed.yaml")
        .contains("\n" + ESC + "1m3. Gateway controller (as gwdns predicts it)" + ESC + "0m\n")
        .contains(
            "     => "
                + ESC
                + "1;31mAccepted=False (NotAllowedByListeners)"
                + ESC
                + "0m: Gateway infra/shared")
        .contains("     " + ESC + "32mpass" + ESC + "0m  P1 status parent")
        .contains("     " + ESC + "1;31mFAIL" + ESC + "0m  P5 Accepted=True")
        .contains(
            "   "
                + ESC
                + "1;31mNo endpoints could be generated from HTTPRoute team/app"
                + ESC
                + "0m\n")
        .contains("   " + ESC + "1;33mwhy:" + ESC + "0m the controller")
        .contains("   " + ESC + "1;36mfix:" + ESC + "0m set `spec.allowedListeners");
  }

  @Test
  void everyExplainGoldenKeepsItsTextWhenColoured() throws IOException {
    try (Stream<Path> goldens = Files.list(Path.of("src/test/resources/explain"))) {
      for (Path golden : goldens.sorted().toList()) {
        String text = Files.readString(golden, StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        try (Writer w = Highlighter.of(out, true, Highlighter.EXPLAIN)) {
          w.write(text);
        }
        assertThat(strip(out.toString())).as("%s", golden).isEqualTo(text);
        assertThat(out.toString()).as("%s", golden).startsWith(ESC + "1m");
        if (golden.getFileName().toString().contains("Route-")) {
          assertThat(out.toString()).as("%s", golden).contains(ESC + "1m1. external-dns filters");
        }
      }
    }
  }

  @Test
  void aGatewaysExplanationColoursItsRoutesVerdicts() {
    assertThat(
            Highlighter.highlight(
                "  HTTPRoute/web/app parentRefs[0]: Accepted=False (NotAllowedByListeners): the"
                    + " listeners",
                Highlighter.EXPLAIN))
        .isEqualTo(
            "  HTTPRoute/web/app parentRefs[0]: "
                + ESC
                + "1;31mAccepted=False (NotAllowedByListeners)"
                + ESC
                + "0m: the listeners");
    assertThat(
            Highlighter.highlight(
                "  HTTPRoute/web/ok parentRefs[0]: Accepted (ok.example.com)", Highlighter.EXPLAIN))
        .isEqualTo(
            "  HTTPRoute/web/ok parentRefs[0]: "
                + ESC
                + "32mAccepted (ok.example.com)"
                + ESC
                + "0m");
    assertThat(
            Highlighter.highlight(
                "  http  HTTP 80  allowedRoutes Same  attached routes: 0  CONFLICTED (ProtocolConflict",
                Highlighter.EXPLAIN))
        .isEqualTo(
            "  http  HTTP 80  allowedRoutes Same  attached routes: 0  "
                + ESC
                + "1;31mCONFLICTED"
                + ESC
                + "0m (ProtocolConflict");
  }

  @Test
  void planHeadsTablesAndInstances() {
    assertThat(
            Highlighter.highlight(
                "NAME              TYPE  TARGETS       TTL  SOURCES", Highlighter.PLAN))
        .isEqualTo(ESC + "1mNAME              TYPE  TARGETS       TTL  SOURCES" + ESC + "0m");
    assertThat(
            Highlighter.highlight(
                "external-dns Deployment dns/public (v0.22.0), does not start:", Highlighter.PLAN))
        .isEqualTo(
            ESC
                + "1;31mexternal-dns Deployment dns/public (v0.22.0), does not start"
                + ESC
                + "0m:");
    assertThat(
            Highlighter.highlight(
                "Pending: these names point at Gateways whose address", Highlighter.PLAN))
        .isEqualTo(ESC + "1;33mPending" + ESC + "0m: these names point at Gateways whose address");
    // A table row is left alone, whatever its name.
    assertThat(Highlighter.highlight("NAMES.example.com  A  192.0.2.1", Highlighter.PLAN))
        .isEqualTo("NAMES.example.com  A  192.0.2.1");
  }

  @Test
  void manifestTextIsEscapedBeforeCodesAreAdded() throws IOException {
    StringWriter out = new StringWriter();
    try (Writer w = SafeText.writer(Highlighter.of(out, true, Highlighter.DIFF))) {
      w.write("  + evil\u001b[2J.example.com A 192.0.2.1  (HTTPRoute/a/b)\n");
    }
    assertThat(out.toString())
        .isEqualTo(
            "  "
                + ESC
                + "32m+ evil\\u001b[2J.example.com A 192.0.2.1  (HTTPRoute/a/b)"
                + ESC
                + "0m\n");
  }
}
