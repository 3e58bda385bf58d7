package io.github.gwdns.core.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.gwdns.core.template.GoTemplate.TemplateException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Expected outputs are what Go's text/template (Go 1.22+) produces with external-dns's functions.
 */
class GoTemplateTest {

  /** An HTTPRoute as external-dns hands it to the template: a pointer to the struct. */
  private static final GoStruct ROUTE = route();

  private static GoStruct route() {
    Map<String, Object> labels = new LinkedHashMap<>();
    labels.put("team", "platform"); // inserted out of order: Go sorts map keys
    labels.put("env", "prod");
    labels.put("marker", "");
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("Hostnames", List.of("a.example.com", "b.example.com"));
    spec.put("Rules", List.of());
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("Kind", "HTTPRoute");
    fields.put("Name", "app-prod-web");
    fields.put("Namespace", "team-a");
    fields.put("Labels", labels);
    fields.put("Annotations", Map.of("external-dns.alpha.kubernetes.io/ttl", "60"));
    fields.put("Generation", 3);
    fields.put("Parent", null);
    fields.put("Spec", new GoStruct("v1.HTTPRouteSpec", spec));
    return new GoStruct("*v1.HTTPRoute", fields);
  }

  private static String render(String template, Object data) throws TemplateException {
    return GoTemplate.parse(template).execute(data);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource
  void rendersLikeGo(String template, String expected) throws TemplateException {
    assertThat(render(template, ROUTE)).isEqualTo(expected);
  }

  static Stream<Arguments> rendersLikeGo() {
    return Stream.of(
        // Fields, text and typical fqdn templates.
        arguments("{{.Name}}.{{.Namespace}}.example.com", "app-prod-web.team-a.example.com"),
        arguments("{{range .Spec.Hostnames}}{{.}},{{end}}", "a.example.com,b.example.com,"),
        arguments(
            "{{range .Spec.Hostnames}}{{.}}.{{$.Namespace}},{{end}}",
            "a.example.com.team-a,b.example.com.team-a,"),
        arguments(
            "{{ if contains .Name \"prod\" }}{{.Name}}.prod{{ else }}other{{ end }}",
            "app-prod-web.prod"),
        arguments("{{ if contains .Name \"dev\" }}dev{{ else }}other{{ end }}", "other"),
        arguments("{{.Kind}}/{{.Generation}}", "HTTPRoute/3"),
        // Pipelines pass the previous value as the LAST argument: TrimPrefix("app-", .Name).
        arguments("{{ trimPrefix .Name \"app-\" }}", "prod-web"),
        arguments("{{ .Name | trimPrefix \"app-\" }}", "app-"),
        arguments("{{ \"app-\" | trimPrefix .Name }}", "prod-web"),
        arguments("{{ .Name | printf \"%s-x\" }}", "app-prod-web-x"),
        arguments("{{ .Name | len }}", "12"),
        arguments("{{ .Name | toLower | printf \"%q\" }}", "\"app-prod-web\""),
        // Maps: index gives the zero value "", a field access gives <no value>.
        arguments("{{ index .Labels \"team\" }}", "platform"),
        arguments("[{{ index .Labels \"missing\" }}]", "[]"),
        arguments("{{ .Labels.missing }}", "<no value>"),
        arguments("{{ .Labels.missing.deeper }}", "<no value>"),
        arguments("{{ .Labels.team }}", "platform"),
        arguments("{{ index .Labels \"missing\" | len }}", "0"),
        arguments("{{ if .Labels.missing }}yes{{ else }}no{{ end }}", "no"),
        arguments("{{ print .Labels.missing }}", "<nil>"),
        arguments("{{ printf \"%s\" .Labels.missing }}", "%!s(<nil>)"),
        arguments("{{ hasKey .Labels \"marker\" }} {{ index .Labels \"marker\" | len }}", "true 0"),
        arguments(
            "{{ hasKey .Labels \"nope\" }} {{ hasKey .Labels.missing \"x\" }}", "false false"),
        arguments("{{ index .Annotations \"external-dns.alpha.kubernetes.io/ttl\" }}", "60"),
        // Trim markers and comments.
        arguments("a  {{- .Name -}}  b", "aapp-prod-webb"),
        arguments("a \n\t{{- .Kind }} b", "aHTTPRoute b"),
        arguments("a {{ .Kind -}} \n b", "a HTTPRouteb"),
        arguments("a{{/* a comment */}}b", "ab"),
        arguments("a {{- /* trimmed */ -}} \n b", "ab"),
        arguments("a {{/* kept */ -}} b", "a b"),
        arguments("{{-3}} {{- 3}}", "-33"),
        arguments("{{.Name\n}}", "app-prod-web"),
        arguments(
            "{{ range .Spec.Hostnames -}}\n  {{ . }}\n{{- end }}", "a.example.comb.example.com"),
        // Variables and scoping.
        arguments("{{ $n := .Name }}{{ $n }}", "app-prod-web"),
        arguments("{{ $x := \"a\" }}{{ if true }}{{ $x = \"b\" }}{{ end }}{{ $x }}", "b"),
        arguments("{{ $x := \"a\" }}{{ if true }}{{ $x := \"b\" }}{{ $x }}{{ end }}{{ $x }}", "ba"),
        arguments("{{ $s := .Spec }}{{ index $s.Hostnames 1 }}", "b.example.com"),
        arguments("{{ $.Spec.Hostnames }}", "[a.example.com b.example.com]"),
        arguments("{{ with $h := .Spec.Hostnames }}{{ len $h }}{{ end }}", "2"),
        arguments("{{ (len ($n := .Name)) }}{{ $n }}", "12app-prod-web"),
        // range: lists, maps in key order, ints, else, break and continue.
        arguments(
            "{{ range $i, $e := .Spec.Hostnames }}{{ $i }}={{ $e }} {{ end }}",
            "0=a.example.com 1=b.example.com "),
        arguments(
            "{{ range $e := .Spec.Hostnames }}{{ $e }};{{ end }}", "a.example.com;b.example.com;"),
        arguments(
            "{{ range $k, $v := .Labels }}{{ $k }}={{ $v }};{{ end }}",
            "env=prod;marker=;team=platform;"),
        arguments("{{ range .Labels }}{{ . }},{{ end }}", "prod,,platform,"),
        arguments("{{ range .Spec.Rules }}x{{ else }}none{{ end }}", "none"),
        arguments("{{ range .Labels.missing }}x{{ else }}none{{ end }}", "none"),
        arguments("{{ range $x := .Spec.Rules }}{{ else }}{{ $x }}{{ end }}", "[]"),
        arguments("{{ range 3 }}{{ . }}{{ end }}", "012"),
        arguments("{{ range $i := 0 }}x{{ else }}empty{{ end }}", "empty"),
        arguments(
            "{{ range $i, $e := .Spec.Hostnames }}{{ if eq $i 1 }}{{ break }}{{ end }}{{ $e }}"
                + "{{ end }}",
            "a.example.com"),
        arguments(
            "{{ range $i, $e := .Spec.Hostnames }}{{ if eq $i 0 }}{{ continue }}{{ end }}{{ $e }}"
                + "{{ end }}",
            "b.example.com"),
        arguments(
            "{{ $i := 9 }}{{ $e := 0 }}{{ range $i, $e = .Spec.Hostnames }}{{ end }}{{ $i }} {{ $e }}",
            "1 b.example.com"),
        // if / else if / else, with / else with.
        arguments(
            "{{ if eq .Namespace \"a\" }}A{{ else if eq .Namespace \"team-a\" }}B{{ else }}C{{ end }}",
            "B"),
        arguments("{{ if eq .Namespace \"a\" }}A{{ else if false }}B{{ else }}C{{ end }}", "C"),
        arguments("{{ with .Spec }}{{ index .Hostnames 0 }}{{ end }}", "a.example.com"),
        arguments(
            "{{ with .Labels.missing }}x{{ else with .Labels.team }}{{ . }}{{ end }}", "platform"),
        arguments("{{ with .Labels.missing }}x{{ else }}y{{ end }}", "y"),
        arguments(
            "{{ if .Spec.Rules }}rules{{ else if .Parent }}parent{{ else if 0 }}0{{ else }}none{{ end }}",
            "none"),
        // Literals.
        arguments("{{ \"a\\tb\\x41\\u00e9\\\\\\\"\" }}", "a\tbA\u00e9\\\""),
        arguments("{{ `a\\nb` }}", "a\\nb"),
        arguments("{{ true }} {{ false }} {{ 42 }} {{ -7 }} {{ +5 }}", "true false 42 -7 5"),
        arguments("{{ (index .Spec.Hostnames 0) }}", "a.example.com"),
        arguments("{{ (.Spec).Hostnames }}", "[a.example.com b.example.com]"),
        // Builtins.
        arguments(
            "{{ and 1 0 \"x\" }} {{ and 1 \"x\" }} {{ or 0 \"\" \"first\" \"second\" }} {{ or 0 \"\" }}",
            "0 x first "),
        arguments("{{ or .Name (index .Labels 5) }}", "app-prod-web"),
        arguments("{{ and .Labels.missing (index .Labels 5) }}", "<no value>"),
        arguments("{{ not .Labels.missing }} {{ not 0 }} {{ not .Spec }}", "true true false"),
        arguments("{{ len \"h\u00e9llo\" }} {{ len .Spec.Hostnames }} {{ len .Labels }}", "6 2 3"),
        arguments("{{ index .Spec.Hostnames 1 }} {{ index .Name 0 }}", "b.example.com 97"),
        arguments(
            "{{ slice .Name 4 }}|{{ slice .Name 4 8 }}|{{ slice .Name }}",
            "prod-web|prod|app-prod-web"),
        arguments(
            "{{ slice .Spec.Hostnames 1 }} {{ slice .Spec.Hostnames 0 1 2 }}",
            "[b.example.com] [a.example.com]"),
        arguments("{{ print 1 2 \"a\" \"b\" 3 true }}", "1 2ab3 true"),
        arguments("{{ println \"a\" 1 }}", "a 1\n"),
        arguments("{{ printf \"%s.%s\" .Name .Namespace }}", "app-prod-web.team-a"),
        arguments("{{ printf \"%d-%v-%q-100%%\" 42 true \"x\" }}", "42-true-\"x\"-100%"),
        arguments(
            "{{ printf \"%v|%s\" .Spec.Hostnames .Labels }}",
            "[a.example.com b.example.com]|map[env:prod marker: team:platform]"),
        arguments("{{ printf \"%s and %s\" \"one\" }}", "one and %!s(MISSING)"),
        arguments("{{ printf \"%q\" \"tab\\there\\x01\" }}", "\"tab\\there\\x01\""),
        arguments(
            "{{ eq .Namespace \"x\" \"team-a\" }} {{ eq 1 2 3 }} {{ eq 1 2 3 1 }}",
            "true false true"),
        arguments(
            "{{ eq .Labels.missing \"x\" }} {{ eq .Labels.missing .Labels.other }}", "false true"),
        arguments("{{ eq .Parent nil }} {{ eq $ $ }} {{ ne .Name \"x\" }}", "true true true"),
        arguments(
            "{{ lt \"a\" \"b\" }} {{ le \"b\" \"a\" }} {{ gt 1 2 }} {{ ge 2 2 }} {{ lt -3 2 }}",
            "true false false true true"),
        // external-dns functions.
        arguments(
            "{{ trimSuffix .Name \"-web\" }}|{{ trim \" \\t x \\n\" }}|{{ toLower \"AbC\" }}",
            "app-prod|x|abc"),
        arguments(
            "{{ replace \"-\" \".\" .Name }} {{ .Name | replace \"-\" \"_\" }}",
            "app.prod.web app_prod_web"),
        arguments("{{ replace \"\" \"-\" \"ab\" }}", "-a-b-"),
        arguments(
            "{{ isIPv4 \"10.0.0.1\" }} {{ isIPv4 \"010.0.0.1\" }} {{ isIPv4 \"1.2.3\" }}"
                + " {{ isIPv4 \"::ffff:1.2.3.4\" }} {{ isIPv4 \"example.com\" }}",
            "true false false false false"),
        arguments(
            "{{ isIPv6 \"::ffff:1.2.3.4\" }} {{ isIPv6 \"2001:db8::1\" }} {{ isIPv6 \"fe80::1%eth0\" }}"
                + " {{ isIPv6 \"::\" }} {{ isIPv6 \"1.2.3.4\" }} {{ isIPv6 \"1:2:3:4:5:6:7:8:9\" }}"
                + " {{ isIPv6 \"1::2::3\" }} {{ isIPv6 \"12345::\" }}",
            "true true true true false false false false"),
        arguments("{{ isSource \"gateway-httproute\" }}", "false"),
        // Printing of whole values, like fmt.Print.
        arguments("{{ .Labels }}", "map[env:prod marker: team:platform]"),
        arguments(
            "{{ .Spec }} {{ print .Spec }}",
            "{[a.example.com b.example.com] []} {[a.example.com b.example.com] []}"),
        arguments("{{ .Parent }} {{ print .Parent }}", "<nil> <nil>"));
  }

  /** netip.ParseAddr semantics: external-dns's isIPv4/isIPv6 never resolve names. */
  @ParameterizedTest(name = "{0}: v4={1} v6={2}")
  @CsvSource({
    "10.0.0.1, true, false",
    "0.0.0.0, true, false",
    "255.255.255.255, true, false",
    "256.1.1.1, false, false",
    "1.2.3.04, false, false",
    "1.2.3, false, false",
    "1.2.3.4.5, false, false",
    "1..2.3, false, false",
    "1.2.3.4%eth0, false, false",
    "::, false, true",
    "::1, false, true",
    "2001:db8::1, false, true",
    "1:2:3:4:5:6:7:8, false, true",
    "1:2:3:4:5:6:7:8:9, false, false",
    "1:2:3:4:5:6:7::8, false, false",
    "::ffff:1.2.3.4, false, true",
    "::1.2.3.4, false, true",
    "1:2:3:4:5:6:1.2.3.4, false, true",
    "1:2:3:4:5:1.2.3.4, false, false",
    "fe80::1%eth0, false, true",
    "fe80::1%, false, false",
    "0001:db8::1, false, true",
    "12345::1, false, false",
    "1:, false, false",
    ":::, false, false",
    "gg::1, false, false",
    "localhost, false, false",
    "'', false, false"
  })
  void classifiesAddressesLikeNetip(String address, boolean v4, boolean v6)
      throws TemplateException {
    Map<String, Object> data = Map.of("A", address);
    assertThat(render("{{ isIPv4 .A }} {{ isIPv6 .A }}", data)).isEqualTo(v4 + " " + v6);
  }

  @Test
  void printsStructsAndPointersLikeFmt() throws TemplateException {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("A", "x");
    fields.put("B", 5L);
    fields.put("C", true);
    fields.put("D", null);
    fields.put("E", List.of(1, 2));
    fields.put("F", Map.of("k", "v"));
    GoStruct small = new GoStruct("*v1.Small", fields);
    // Go dereferences the action's value, but print receives the pointer itself.
    assertThat(render("{{ . }}", small)).isEqualTo("{x 5 true <nil> [1 2] map[k:v]}");
    assertThat(render("{{ print . }}", small)).isEqualTo("&{x 5 true <nil> [1 2] map[k:v]}");
    // A nested pointer would print as an address: refused rather than guessed.
    GoStruct outer = new GoStruct("*v1.Outer", Map.of("In", small));
    assertThatThrownBy(() -> render("{{ . }}", outer))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("unsupported")
        .hasMessageContaining("*v1.Small");
    assertThat(render("{{ .In.A }}", outer)).isEqualTo("x");
  }

  @Test
  void sortsMapKeysByBytesAndIndexesNestedValues() throws TemplateException {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("m", Map.of("b", "2", "a", "1", "B", "0"));
    data.put("nested", Map.of("a", List.of("x", "y")));
    assertThat(render("{{ .m }}", data)).isEqualTo("map[B:0 a:1 b:2]");
    assertThat(render("{{ range $k, $v := .m }}{{ $k }}{{ end }}", data)).isEqualTo("Bab");
    assertThat(render("{{ index .nested \"a\" 1 }}", data)).isEqualTo("y");
  }

  @Test
  void executesNilDataAsNoValue() throws TemplateException {
    assertThat(render("{{ . }} {{ .X }}", null)).isEqualTo("<no value> <no value>");
  }

  @Test
  void reportsArgumentCountOnlyWhenExecuted() throws TemplateException {
    // Go checks function arity at execution, so an untaken branch is no error.
    assertThat(render("{{ if false }}{{ trimPrefix .Name }}{{ end }}ok", ROUTE)).isEqualTo("ok");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource
  void rejectsAtParse(String template, String message) {
    assertThatThrownBy(() -> GoTemplate.parse(template))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining(message);
  }

  static Stream<Arguments> rejectsAtParse() {
    return Stream.of(
        arguments("{{ foo .Name }}", "function \"foo\" not defined at 1:4"),
        arguments("{{ .Name", "unclosed action"),
        arguments("x{{end}}", "unexpected {{end}}"),
        arguments("{{else}}", "unexpected {{else}}"),
        arguments("{{ if .Name }}x", "unexpected EOF"),
        arguments("{{ range .L }}x{{ else }}y{{ else }}z{{ end }}", "expected end; found {{else}}"),
        arguments("{{define \"x\"}}y{{end}}", "unsupported action \"define\" at 1:3"),
        arguments("a\n{{ template \"x\" }}", "unsupported action \"template\" at 2:4"),
        arguments("{{ block \"x\" . }}y{{ end }}", "unsupported action \"block\""),
        arguments("{{ fromJson .Name }}", "fromJson is not supported by gwdns"),
        arguments("{{ html .Name }}", "function \"html\" is not supported by gwdns"),
        arguments("{{ break }}", "{{break}} outside {{range}}"),
        arguments(
            "{{ range .L }}{{ else }}{{ continue }}{{ end }}", "{{continue}} outside {{range}}"),
        arguments("{{ $x }}", "undefined variable \"$x\""),
        arguments("{{ if true }}{{ $x := 1 }}{{ end }}{{ $x }}", "undefined variable \"$x\""),
        arguments("{{ }}", "missing value for command"),
        arguments("{{ if }}x{{ end }}", "missing value for if"),
        arguments("{{ .Name | \"x\" }}", "non executable command in pipeline stage 2"),
        arguments("{{ .a-b }}", "bad character U+002D '-'"),
        arguments("{{ (.Name }}", "unclosed left paren"),
        arguments("{{ .Name) }}", "unexpected right paren"),
        arguments("{{ \"abc }}", "unterminated quoted string"),
        arguments("{{ \"\\q\" }}", "invalid syntax"),
        arguments("{{/* c */ }}", "comment ends before closing delimiter"),
        arguments("{{/* c ", "unclosed comment"),
        arguments("{{ 'a' }}", "unsupported number 'a'"),
        arguments("{{ 0x10 }}", "unsupported number 0x10"),
        arguments("{{ 1.5 }}", "unsupported number 1.5"),
        arguments("{{ $a, $b := .L }}", "too many declarations in command"),
        arguments("{{ range $a, .L }}{{ end }}", "range can only initialize variables"),
        arguments("{{ \"x\".Y }}", "unexpected . after term"),
        arguments("{{ .Name | }", "unexpected \"}\" in command"),
        arguments("{{ .Name | x", "function \"x\" not defined"),
        arguments("{{ .Name ", "unclosed action"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource
  void failsAtExecution(String template, String message) throws TemplateException {
    GoTemplate parsed = GoTemplate.parse(template);
    assertThatThrownBy(() -> parsed.execute(ROUTE))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining(message);
  }

  static Stream<Arguments> failsAtExecution() {
    return Stream.of(
        arguments(
            "{{ .Spec.Nope }}",
            "executing <.Spec.Nope> at 1:4: can't evaluate field Nope in type v1.HTTPRouteSpec"),
        arguments("{{ .Nope }}", "can't evaluate field Nope in type *v1.HTTPRoute"),
        arguments("{{ .Name.Foo }}", "can't evaluate field Foo in type string"),
        arguments("{{ .Spec.Hostnames.First }}", "can't evaluate field First in type []string"),
        arguments("{{ .Parent.Name }}", "nil pointer evaluating <nil>.Name"),
        arguments("{{ trimPrefix .Name }}", "wrong number of args for trimPrefix: want 2 got 1"),
        arguments(
            "{{ .Name | trimPrefix \"a\" \"b\" }}",
            "wrong number of args for trimPrefix: want 2 got 3"),
        arguments("{{ eq .Name }}", "error calling eq: missing argument for comparison"),
        arguments("{{ not }}", "wrong number of args for not: want 1 got 0"),
        arguments("{{ and }}", "wrong number of args for and: want at least 1 got 0"),
        arguments(
            "{{ eq .Name 1 }}",
            "error calling eq: incompatible types for comparison: string and int"),
        arguments("{{ lt true false }}", "error calling lt: invalid type for comparison"),
        arguments("{{ lt .Name 1 }}", "incompatible types for comparison"),
        arguments("{{ eq .Spec.Hostnames .Spec.Hostnames }}", "non-comparable type"),
        arguments("{{ .Name \"x\" }}", "Name has arguments but cannot be invoked as function"),
        arguments("{{ .Labels.team \"x\" }}", "team is not a method but has arguments"),
        arguments("{{ \"x\" | .Name }}", "Name has arguments but cannot be invoked as function"),
        arguments("{{ . \"x\" }}", "can't give argument to non-function ."),
        arguments("{{ .Labels.missing | toLower }}", "invalid value; expected string"),
        arguments("{{ toLower .Generation }}", "wrong type for value; expected string; got int"),
        arguments("{{ toLower 5 }}", "expected string; found 5"),
        arguments("{{ toLower nil }}", "cannot assign nil to string"),
        arguments("{{ hasKey .Spec \"x\" }}", "expected map[string]string; got v1.HTTPRouteSpec"),
        arguments("{{ nil }}", "nil is not a command"),
        arguments("{{ or \"\" (index .Labels 5) }}", "value has type int; should be string"),
        arguments("{{ index .Spec.Hostnames 2 }}", "error calling index: index out of range: 2"),
        arguments("{{ index .Spec.Hostnames \"a\" }}", "cannot index slice/array with type string"),
        arguments("{{ index .Parent 0 }}", "index of nil pointer"),
        arguments("{{ index .Generation 0 }}", "can't index item of type int"),
        arguments("{{ slice .Name 3 2 }}", "invalid slice index: 3 > 2"),
        arguments("{{ slice .Name 1 2 3 }}", "cannot 3-index slice a string"),
        arguments("{{ slice \"h\u00e9\" 0 2 }}", "unsupported"),
        arguments("{{ len .Generation }}", "len of type int"),
        arguments("{{ len .Parent }}", "len of nil pointer"),
        arguments("{{ range .Name }}{{ end }}", "range can't iterate over app-prod-web"),
        arguments(
            "{{ range $i, $e := 3 }}{{ end }}",
            "can't use 3 to iterate over more than one variable"),
        arguments(
            "{{ if false }}{{ $x := 1 }}{{ else }}{{ $x }}{{ end }}", "undefined variable: $x"),
        arguments("{{ $x := $x }}", "undefined variable: $x"),
        arguments("{{ range $i, $e = .Spec.Hostnames }}{{ end }}", "undefined variable: $i"),
        arguments("{{ printf \"%x\" 1 }}", "unsupported: printf verb %x"),
        arguments("{{ printf \"%5s\" \"a\" }}", "unsupported: printf flags"),
        arguments("{{ printf \"%d\" \"a\" }}", "unsupported: formatting a string with %d"),
        arguments("{{ printf \"%s\" \"a\" \"b\" }}", "unsupported: printf with more arguments"),
        arguments("{{ eq .Spec .Spec }}", "unsupported: comparing struct values"),
        arguments(
            "{{ eq .Spec.Rules nil }}", "unsupported: comparing an empty slice or map with nil"));
  }

  @Test
  void rejectsUnsupportedJavaValues() throws TemplateException {
    GoTemplate template = GoTemplate.parse("{{ .X }}");
    assertThatThrownBy(() -> template.execute(Map.of("X", 1.5)))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("unsupported: data value of Java type java.lang.Double");
  }

  @Test
  void indexOfMissingKeyInNonStringMapIsRefused() throws TemplateException {
    GoTemplate template = GoTemplate.parse("{{ index .M \"x\" }}");
    assertThatThrownBy(() -> template.execute(Map.of("M", Map.of("a", List.of()))))
        .hasMessageContaining("unsupported: index of a missing key");
    assertThat(template.execute(Map.of("M", Map.of("x", Arrays.asList("a", null)))))
        .isEqualTo("[a <nil>]");
  }
}
