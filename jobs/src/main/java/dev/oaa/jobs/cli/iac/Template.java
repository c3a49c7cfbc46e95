package dev.oaa.jobs.cli.iac;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The sections of a CloudFormation template that intrinsic functions read. */
final class Template {
  private final JsonNode root;

  Template(JsonNode root, String fileName) {
    if (!root.isObject()) {
      throw IacErrors.template(fileName, "/", "expected a mapping with a `Resources` section");
    }
    if (!root.path("Resources").isObject()) {
      throw IacErrors.template(fileName, "/Resources", "expected a mapping of logical ids");
    }
    this.root = root;
    for (Map.Entry<String, JsonNode> resource : resources()) {
      if (!resource.getValue().path("Type").isTextual()) {
        throw IacErrors.template(
            fileName, "/Resources/" + resource.getKey(), "a resource needs a `Type` string");
      }
    }
  }

  /** The resources in template order, by logical id. */
  List<Map.Entry<String, JsonNode>> resources() {
    List<Map.Entry<String, JsonNode>> result = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> fields = root.path("Resources").fields();
    fields.forEachRemaining(result::add);
    return result;
  }

  /** The resource {@code logicalId}, or a missing node. */
  JsonNode resource(String logicalId) {
    return root.path("Resources").path(logicalId);
  }

  /** The declaration of parameter {@code name}, or a missing node. */
  JsonNode parameter(String name) {
    return root.path("Parameters").path(name);
  }

  /** The definition of condition {@code name}, or a missing node. */
  JsonNode condition(String name) {
    return root.path("Conditions").path(name);
  }

  /** The mapping {@code name}, or a missing node. */
  JsonNode mapping(String name) {
    return root.path("Mappings").path(name);
  }

  /** The {@code Transform} section, or a missing node. */
  JsonNode transform() {
    JsonNode transform = root.path("Transform");
    return transform.isNull() ? MissingNode.getInstance() : transform;
  }
}
