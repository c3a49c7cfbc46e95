package dev.oaa.jobs.cli.iac;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * {@code Fn::Sub}: replaces {@code ${Name}} with a variable of the second argument, a parameter, a
 * pseudo parameter or a resource's {@code Ref}, {@code ${Logical.Attribute}} with {@code
 * Fn::GetAtt}, and {@code ${!Literal}} with {@code ${Literal}} (how templates write IAM policy
 * variables such as {@code ${!aws:username}}).
 */
final class Substitution {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Substitution() {}

  /** The string {@code Fn::Sub args} evaluates to. */
  static String sub(JsonNode args, String path, Intrinsics intrinsics) {
    JsonNode text = args.isArray() ? args.path(0) : args;
    JsonNode variables = args.isArray() ? args.path(1) : MissingNode.getInstance();
    if (!text.isTextual() || (args.isArray() && args.size() != 2)) {
      throw new UnresolvableException("`Fn::Sub`", path, "expected a string or [string, map]");
    }
    String template = text.asText();
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf("${", i);
      int close = open < 0 ? -1 : template.indexOf('}', open);
      if (close < 0) {
        out.append(template, i, template.length());
        break;
      }
      out.append(template, i, open);
      String name = template.substring(open + 2, close).strip();
      out.append(
          name.startsWith("!")
              ? "${" + name.substring(1) + "}"
              : variable(name, variables, path, intrinsics));
      i = close + 1;
    }
    return out.toString();
  }

  private static String variable(
      String name, JsonNode variables, String path, Intrinsics intrinsics) {
    if (variables.has(name)) {
      return intrinsics.string(variables.get(name), path + "/1/" + name);
    }
    String at = path + " (${" + name + "})";
    int dot = name.indexOf('.');
    if (dot > 0 && !name.startsWith("AWS::")) {
      JsonNode args = NODES.arrayNode().add(name.substring(0, dot)).add(name.substring(dot + 1));
      return intrinsics.getAtt(args, at).asText();
    }
    JsonNode value =
        intrinsics
            .ref(NODES.textNode(name), at)
            .orElseThrow(
                () -> new UnresolvableException("`AWS::NoValue`", at, "Fn::Sub needs a string"));
    if (!value.isValueNode()) {
      throw new UnresolvableException("`${" + name + "}`", at, "it is a list, not a string");
    }
    return value.asText();
  }
}
