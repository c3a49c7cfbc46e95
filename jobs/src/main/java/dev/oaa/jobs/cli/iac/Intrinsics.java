package dev.oaa.jobs.cli.iac;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates CloudFormation intrinsic functions the way CloudFormation would at deployment, with the
 * pseudo parameters and parameter values of a {@link StackContext}.
 *
 * <table>
 *   <caption>Supported functions</caption>
 *   <tr><th>function</th><th>result</th></tr>
 *   <tr><td>{@code Ref}</td><td>a parameter's value or {@code Default}, a pseudo parameter, or a
 *       resource's name, id or ARN (see {@link ResourceRefs})</td></tr>
 *   <tr><td>{@code Fn::GetAtt}</td><td>a resource attribute (see {@link ResourceRefs})</td></tr>
 *   <tr><td>{@code Fn::Sub}, {@code Fn::Join}, {@code Fn::Select}, {@code Fn::Split},
 *       {@code Fn::FindInMap}, {@code Fn::ToJsonString}, {@code Fn::Length}</td>
 *       <td>as CloudFormation</td></tr>
 *   <tr><td>{@code Fn::If}</td><td>the branch its condition selects (see {@link Conditions});
 *       {@code AWS::NoValue} removes the property or list element</td></tr>
 *   <tr><td>anything else ({@code Fn::ImportValue}, {@code Fn::GetAZs}, {@code Fn::Cidr},
 *       {@code Fn::Base64}, dynamic references {@code {{resolve:...}}}, SSM parameter types,
 *       parameters without value or default)</td>
 *       <td>unresolvable: an {@link UnresolvableException} naming the function and the path</td></tr>
 * </table>
 *
 * <p>Unresolvable {@code Sid} and {@code Id} values become {@code "unresolved"}: they name a
 * statement or a policy and do not change who is granted what.
 */
final class Intrinsics {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Set<String> LABELS = Set.of("Sid", "Id");
  static final String PLACEHOLDER = "unresolved";

  private final Template template;
  private final StackContext context;
  private final ResourceRefs resources;
  private final Conditions conditions;

  Intrinsics(Template template, StackContext context) {
    this.template = template;
    this.context = context;
    this.resources = new ResourceRefs(template, context, this);
    this.conditions = new Conditions(template, this);
  }

  /** Whether resource {@code logicalId}'s {@code Condition} may be true (false only when known). */
  boolean mayExist(String logicalId) {
    JsonNode condition = template.resource(logicalId).path("Condition");
    if (!condition.isTextual()) {
      return true;
    }
    try {
      return conditions.isTrue(condition.asText(), "/Resources/" + logicalId + "/Condition");
    } catch (UnresolvableException e) {
      return true;
    }
  }

  /**
   * {@code value} with every intrinsic function evaluated; empty when it is {@code AWS::NoValue}.
   *
   * @param path the template path of {@code value}, for messages
   * @throws UnresolvableException when a value is known only at deployment
   */
  Optional<JsonNode> resolve(JsonNode value, String path) {
    if (value.isObject()) {
      Optional<String> function = function(value);
      return function.isPresent()
          ? apply(function.get(), value.get(function.get()), path + "/" + function.get())
          : Optional.of(object(value, path));
    }
    if (value.isArray()) {
      ArrayNode array = NODES.arrayNode();
      for (int i = 0; i < value.size(); i++) {
        resolve(value.get(i), path + "/" + i).ifPresent(array::add);
      }
      return Optional.of(array);
    }
    if (value.isTextual() && value.asText().contains("{{resolve:")) {
      throw new UnresolvableException(
          "dynamic reference `" + value.asText() + "`", path, "its value is read at deployment");
    }
    return Optional.of(value);
  }

  /** {@code value} resolved to one string. */
  String string(JsonNode value, String path) {
    JsonNode resolved = required(value, path);
    if (!resolved.isValueNode() || resolved.isNull()) {
      throw new UnresolvableException("the value", path, "expected a string, got " + resolved);
    }
    return resolved.asText();
  }

  /** {@code value} resolved, failing when it is {@code AWS::NoValue}. */
  JsonNode required(JsonNode value, String path) {
    return resolve(value, path)
        .orElseThrow(() -> new UnresolvableException("`AWS::NoValue`", path, "a value is needed"));
  }

  private static Optional<String> function(JsonNode object) {
    if (object.size() != 1) {
      return Optional.empty();
    }
    String name = object.fieldNames().next();
    return name.equals("Ref") || name.startsWith("Fn::") ? Optional.of(name) : Optional.empty();
  }

  private ObjectNode object(JsonNode value, String path) {
    ObjectNode object = NODES.objectNode();
    Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String at = path + "/" + field.getKey();
      try {
        resolve(field.getValue(), at).ifPresent(v -> object.set(field.getKey(), v));
      } catch (UnresolvableException e) {
        if (!LABELS.contains(field.getKey())) {
          throw e;
        }
        object.put(field.getKey(), PLACEHOLDER);
      }
    }
    return object;
  }

  private Optional<JsonNode> apply(String function, JsonNode args, String path) {
    return switch (function) {
      case "Ref" -> ref(args, path);
      case "Fn::GetAtt" -> Optional.of(getAtt(args, path));
      case "Fn::Sub" -> Optional.of(NODES.textNode(Substitution.sub(args, path, this)));
      case "Fn::Join" -> Optional.of(join(args, path));
      case "Fn::Select" -> select(args, path);
      case "Fn::Split" -> Optional.of(split(args, path));
      case "Fn::If" -> conditional(args, path);
      case "Fn::FindInMap" -> Optional.of(findInMap(args, path));
      case "Fn::ToJsonString" -> Optional.of(NODES.textNode(required(args, path).toString()));
      case "Fn::Length" -> Optional.of(NODES.textNode(String.valueOf(list(args, path).size())));
      default ->
          throw new UnresolvableException(
              "`" + function + "`", path, "this function is evaluated only at deployment");
    };
  }

  /** The value of {@code Ref name}: a pseudo parameter, a parameter, or a resource. */
  Optional<JsonNode> ref(JsonNode args, String path) {
    if (!args.isTextual()) {
      throw new UnresolvableException("`Ref`", path, "expected a name, got " + args);
    }
    String name = args.asText();
    if (name.equals("AWS::NoValue")) {
      return Optional.empty();
    }
    Optional<String> pseudo = pseudo(name);
    if (pseudo.isPresent()) {
      return pseudo.map(NODES::textNode);
    }
    if (!template.parameter(name).isMissingNode()) {
      return Optional.of(Parameters.value(name, template.parameter(name), context, path));
    }
    if (!template.resource(name).isMissingNode()) {
      return Optional.of(NODES.textNode(resources.ref(name, path)));
    }
    String hint = name.contains(":") ? "; write `${!" + name + "}` for an IAM policy variable" : "";
    throw new UnresolvableException(
        "`Ref` to `" + name + "`",
        path,
        "no parameter, pseudo parameter or resource has this name" + hint);
  }

  private Optional<String> pseudo(String name) {
    return switch (name) {
      case "AWS::AccountId" -> Optional.of(context.accountId());
      case "AWS::Region" -> Optional.of(context.region());
      case "AWS::Partition" -> Optional.of(context.partition());
      case "AWS::StackName" -> Optional.of(context.stackName());
      case "AWS::URLSuffix" -> Optional.of(context.urlSuffix());
      case "AWS::StackId" ->
          Optional.of(
              String.join(
                  ":",
                  "arn",
                  context.partition(),
                  "cloudformation",
                  context.region(),
                  context.accountId(),
                  "stack/" + context.stackName() + "/00000000-0000-0000-0000-000000000000"));
      default -> Optional.empty();
    };
  }

  /** The value of {@code Fn::GetAtt [logicalId, attribute]}. */
  JsonNode getAtt(JsonNode args, String path) {
    if (args.isTextual() && args.asText().indexOf('.') > 0) {
      String text = args.asText();
      int dot = text.indexOf('.');
      return getAtt(
          NODES.arrayNode().add(text.substring(0, dot)).add(text.substring(dot + 1)), path);
    }
    if (!args.isArray() || args.size() != 2) {
      throw new UnresolvableException(
          "`Fn::GetAtt`", path, "expected [logicalId, attribute], got " + args);
    }
    String logicalId = args.get(0).asText();
    String attribute = string(args.get(1), path + "/1");
    return NODES.textNode(resources.attribute(logicalId, attribute, path));
  }

  private JsonNode join(JsonNode args, String path) {
    if (!args.isArray() || args.size() != 2) {
      throw new UnresolvableException("`Fn::Join`", path, "expected [delimiter, list]");
    }
    String delimiter = string(args.get(0), path + "/0");
    List<String> parts = new ArrayList<>();
    JsonNode list = list(args.get(1), path + "/1");
    for (int i = 0; i < list.size(); i++) {
      parts.add(string(list.get(i), path + "/1/" + i));
    }
    return NODES.textNode(String.join(delimiter, parts));
  }

  private Optional<JsonNode> select(JsonNode args, String path) {
    if (!args.isArray() || args.size() != 2) {
      throw new UnresolvableException("`Fn::Select`", path, "expected [index, list]");
    }
    String index = string(args.get(0), path + "/0");
    JsonNode list = list(args.get(1), path + "/1");
    if (!index.matches("\\d{1,9}") || Integer.parseInt(index) >= list.size()) {
      throw new UnresolvableException(
          "`Fn::Select`", path, "index " + index + " is outside a list of " + list.size());
    }
    return resolve(list.get(Integer.parseInt(index)), path + "/1/" + index);
  }

  private JsonNode split(JsonNode args, String path) {
    if (!args.isArray() || args.size() != 2) {
      throw new UnresolvableException("`Fn::Split`", path, "expected [delimiter, string]");
    }
    String delimiter = string(args.get(0), path + "/0");
    String text = string(args.get(1), path + "/1");
    ArrayNode result = NODES.arrayNode();
    int start = 0;
    for (int at = text.indexOf(delimiter); at >= 0 && !delimiter.isEmpty(); ) {
      result.add(text.substring(start, at));
      start = at + delimiter.length();
      at = text.indexOf(delimiter, start);
    }
    return result.add(text.substring(start));
  }

  /** {@code value} resolved to a list. */
  JsonNode list(JsonNode value, String path) {
    JsonNode list = required(value, path);
    if (!list.isArray()) {
      throw new UnresolvableException("the value", path, "expected a list, got " + list);
    }
    return list;
  }

  private Optional<JsonNode> conditional(JsonNode args, String path) {
    if (!args.isArray() || args.size() != 3 || !args.get(0).isTextual()) {
      throw new UnresolvableException("`Fn::If`", path, "expected [condition, then, else]");
    }
    boolean holds = conditions.isTrue(args.get(0).asText(), path + "/0");
    return holds ? resolve(args.get(1), path + "/1") : resolve(args.get(2), path + "/2");
  }

  private JsonNode findInMap(JsonNode args, String path) {
    if (!args.isArray() || args.size() < 3) {
      throw new UnresolvableException("`Fn::FindInMap`", path, "expected [map, key, key]");
    }
    String map = string(args.get(0), path + "/0");
    String first = string(args.get(1), path + "/1");
    String second = string(args.get(2), path + "/2");
    JsonNode value = template.mapping(map).path(first).path(second);
    if (value.isMissingNode() && args.size() == 4 && args.get(3).has("DefaultValue")) {
      return required(args.get(3).get("DefaultValue"), path + "/3/DefaultValue");
    }
    if (value.isMissingNode()) {
      throw new UnresolvableException(
          "`Fn::FindInMap`", path, "mapping `" + map + "` has no " + first + "/" + second);
    }
    return value;
  }
}
