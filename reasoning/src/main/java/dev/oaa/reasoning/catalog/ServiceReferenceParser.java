package dev.oaa.reasoning.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.oaa.reasoning.catalog.AccessLevel.AnnotationFlags;
import dev.oaa.reasoning.errors.Errors;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses one service file of the Service Reference JSON into a {@link ServiceDefinition}. Unknown
 * fields are ignored (AWS adds metadata over time); missing or mistyped fields that the catalog
 * needs are errors naming the file and the JSON pointer of the field.
 */
final class ServiceReferenceParser {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9-]+");
  private static final Pattern ACTION = Pattern.compile("[A-Za-z0-9_.-]+");

  private final String source;

  private ServiceReferenceParser(String source) {
    this.source = source;
  }

  /** Parses {@code json}; {@code source} names the file or URL in error messages. */
  static ServiceDefinition parse(byte[] json, String source) {
    return new ServiceReferenceParser(source).parse(json);
  }

  /** Reads JSON text; syntax errors name {@code source}, the line and the column. */
  static JsonNode readTree(byte[] json, String source) {
    try {
      JsonNode root = JSON.readTree(json);
      if (root == null || root.isMissingNode()) {
        throw Errors.catalogFile(source, "the file is empty", null);
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw Errors.catalogFile(source, "invalid JSON" + where + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw Errors.catalogFile(source, "cannot read: " + e.getMessage(), e);
    }
  }

  private ServiceDefinition parse(byte[] json) {
    JsonNode root = readTree(json, source);
    requireObject(root, "");
    String prefix = text(root, "Name", "");
    if (!PREFIX.matcher(prefix).matches()) {
      throw problem("/Name", "`" + prefix + "` is not a service prefix");
    }
    JsonNode version = root.path("Version");
    return new ServiceDefinition(
        prefix,
        version.isTextual() ? version.asText() : "",
        actions(prefix, root),
        map(root, "", "Resources", this::resourceType),
        map(root, "", "ConditionKeys", this::conditionKey),
        map(root, "", "Operations", this::operation));
  }

  private List<ActionDefinition> actions(String prefix, JsonNode root) {
    if (!root.path("Actions").isArray()) {
      throw problem("/Actions", root.has("Actions") ? "expected an array" : "missing");
    }
    List<ActionDefinition> actions =
        map(root, "", "Actions", (node, path) -> action(prefix, node, path));
    Set<String> seen = new HashSet<>();
    for (ActionDefinition action : actions) {
      if (!seen.add(action.name().toLowerCase(Locale.ROOT))) {
        throw problem("/Actions", "duplicate action `" + action.name() + "`");
      }
    }
    return actions;
  }

  private ActionDefinition action(String prefix, JsonNode node, String path) {
    String name = text(node, "Name", path);
    if (!ACTION.matcher(name).matches()) {
      throw problem(path + "/Name", "`" + name + "` is not an action name");
    }
    JsonNode properties = node.path("Annotations").path("Properties");
    if (!properties.isObject()) {
      throw problem(path + "/Annotations/Properties", "missing (needed for the access level)");
    }
    String flags = path + "/Annotations/Properties";
    AnnotationFlags annotations =
        new AnnotationFlags(
            flag(properties, "IsList", flags),
            flag(properties, "IsPermissionManagement", flags),
            flag(properties, "IsTaggingOnly", flags),
            flag(properties, "IsWrite", flags));
    return new ActionDefinition(
        prefix,
        name,
        AccessLevel.fromAnnotations(annotations),
        map(node, path, "Resources", (r, p) -> text(r, "Name", p)),
        strings(node, "ActionConditionKeys", path));
  }

  private ResourceTypeDefinition resourceType(JsonNode node, String path) {
    return new ResourceTypeDefinition(
        text(node, "Name", path),
        strings(node, "ARNFormats", path),
        strings(node, "ConditionKeys", path));
  }

  private ConditionKeyDefinition conditionKey(JsonNode node, String path) {
    String name = text(node, "Name", path);
    List<String> types = strings(node, "Types", path);
    if (types.isEmpty()) {
      throw problem(path + "/Types", "missing the type of `" + name + "`");
    }
    // AWS gives one type per key; a second one would be an alternative spelling, not a union.
    ConditionKeyType type =
        ConditionKeyType.fromJsonName(types.get(0))
            .orElseThrow(
                () ->
                    problem(
                        path + "/Types/0",
                        "unknown condition key type `"
                            + types.get(0)
                            + "` for `"
                            + name
                            + "` (known: "
                            + ConditionKeyType.knownNames()
                            + ")"));
    return new ConditionKeyDefinition(name, type);
  }

  private OperationDefinition operation(JsonNode node, String path) {
    List<String> authorized =
        map(
            node,
            path,
            "AuthorizedActions",
            (a, p) -> text(a, "Service", p) + ":" + text(a, "Name", p));
    return new OperationDefinition(text(node, "Name", path), authorized);
  }

  /** Maps each object of the optional array {@code field} of {@code node} (at {@code at}). */
  private <T> List<T> map(JsonNode node, String at, String field, Element<T> element) {
    JsonNode array = node.path(field);
    String path = at + "/" + field;
    if (array.isMissingNode() || array.isNull()) {
      return List.of();
    }
    if (!array.isArray()) {
      throw problem(path, "expected an array");
    }
    List<T> out = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      JsonNode item = array.get(i);
      String itemPath = path + "/" + i;
      requireObject(item, itemPath);
      out.add(element.read(item, itemPath));
    }
    return out;
  }

  private List<String> strings(JsonNode node, String field, String path) {
    JsonNode array = node.path(field);
    if (array.isMissingNode() || array.isNull()) {
      return List.of();
    }
    if (!array.isArray()) {
      throw problem(path + "/" + field, "expected an array of strings");
    }
    List<String> out = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      if (!array.get(i).isTextual()) {
        throw problem(path + "/" + field + "/" + i, "expected a string");
      }
      out.add(array.get(i).asText());
    }
    return out;
  }

  private String text(JsonNode node, String field, String path) {
    JsonNode value = node.path(field);
    if (!value.isTextual() || value.asText().isBlank()) {
      throw problem(path + "/" + field, value.isMissingNode() ? "missing" : "expected a string");
    }
    return value.asText();
  }

  private boolean flag(JsonNode properties, String field, String path) {
    JsonNode value = properties.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      throw problem(path + "/" + field, "expected true or false");
    }
    return value.asBoolean();
  }

  private void requireObject(JsonNode node, String path) {
    if (!node.isObject()) {
      throw problem(path.isEmpty() ? "/" : path, "expected an object");
    }
  }

  private RuntimeException problem(String pointer, String what) {
    return Errors.catalogFile(source, pointer + ": " + what, null);
  }

  /** Reads one element of an array, given the element and its JSON pointer. */
  @FunctionalInterface
  private interface Element<T> {
    T read(JsonNode node, String path);
  }
}
