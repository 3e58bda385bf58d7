package io.github.gwdns.core.load;

/**
 * One Kubernetes object found in the input, not yet decoded: a document's root mapping, or one
 * entry of a {@code List}'s items.
 *
 * @param file the file's display path
 * @param document 0-based document index in the file
 * @param item 0-based index in the enclosing {@code List}'s items, or -1
 * @param apiVersion the object's apiVersion (inherited from the List when the item has none)
 * @param kind the object's kind (inherited from a typed List such as {@code HTTPRouteList})
 * @param root the object's mapping
 * @param templateExpression the first unquoted template expression in the document, or null
 */
public record LoadedObject(
    String file,
    int document,
    int item,
    String apiVersion,
    String kind,
    ManifestMap root,
    ManifestScalar templateExpression) {}
