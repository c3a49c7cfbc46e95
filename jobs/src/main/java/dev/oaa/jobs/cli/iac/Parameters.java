package dev.oaa.jobs.cli.iac;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** The value of a template parameter: the given value, else its {@code Default}. */
final class Parameters {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Parameters() {}

  /**
   * The value of parameter {@code name}: a list for {@code CommaDelimitedList} and {@code List<…>}
   * types, a string otherwise.
   *
   * @throws UnresolvableException for SSM parameter types (read from SSM at deployment) and for a
   *     parameter with neither a value nor a {@code Default}
   */
  static JsonNode value(String name, JsonNode declaration, StackContext context, String path) {
    String type = declaration.path("Type").asText("String");
    String what = "`Ref` to parameter `" + name + "`";
    if (type.startsWith("AWS::SSM::Parameter::Value")) {
      throw new UnresolvableException(what, path, "its type `" + type + "` is read from SSM");
    }
    String value = context.parameters().get(name);
    if (value == null) {
      JsonNode fallback = declaration.path("Default");
      if (!fallback.isValueNode() || fallback.isNull()) {
        throw new UnresolvableException(what, path, "it has no Default and no value was given");
      }
      value = fallback.asText();
    }
    if (type.equals("CommaDelimitedList") || type.startsWith("List<")) {
      ArrayNode list = NODES.arrayNode();
      for (String item : value.split(",", -1)) {
        list.add(item.strip());
      }
      return list;
    }
    return NODES.textNode(value);
  }
}
