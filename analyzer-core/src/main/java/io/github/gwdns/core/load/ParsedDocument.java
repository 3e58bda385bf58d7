package io.github.gwdns.core.load;

/**
 * One YAML document of a file.
 *
 * @param index 0-based position of the document in its file
 * @param root the document's root node
 * @param templateExpression the first unquoted value holding a Helm/Go template expression ({@code
 *     {{ ... }}}), or {@code null}. Whether that makes the document unusable depends on its kind:
 *     in a Gateway API object it means the chart was never rendered; in, say, an Argo CD
 *     ApplicationSet it is how the object is meant to be written.
 */
public record ParsedDocument(int index, ManifestNode root, ManifestScalar templateExpression) {}
