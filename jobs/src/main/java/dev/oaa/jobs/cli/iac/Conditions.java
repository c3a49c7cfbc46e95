package dev.oaa.jobs.cli.iac;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates the template's {@code Conditions}: {@code Fn::Equals}, {@code Fn::And}, {@code Fn::Or},
 * {@code Fn::Not} and {@code Condition} references, over resolved values.
 */
final class Conditions {
  private final Template template;
  private final Intrinsics intrinsics;
  private final Map<String, Boolean> known = new HashMap<>();
  private final Set<String> evaluating = new HashSet<>();

  Conditions(Template template, Intrinsics intrinsics) {
    this.template = template;
    this.intrinsics = intrinsics;
  }

  /**
   * Whether condition {@code name} holds.
   *
   * @param path where it is used, for messages
   * @throws UnresolvableException when it depends on a value known only at deployment
   */
  boolean isTrue(String name, String path) {
    Boolean cached = known.get(name);
    if (cached != null) {
      return cached;
    }
    JsonNode definition = template.condition(name);
    if (definition.isMissingNode()) {
      throw new UnresolvableException("condition `" + name + "`", path, "it is not defined");
    }
    if (!evaluating.add(name)) {
      throw new UnresolvableException("condition `" + name + "`", path, "it refers to itself");
    }
    try {
      boolean value = evaluate(definition, "/Conditions/" + name);
      known.put(name, value);
      return value;
    } finally {
      evaluating.remove(name);
    }
  }

  private boolean evaluate(JsonNode node, String path) {
    if (node.isObject() && node.size() == 1) {
      String function = node.fieldNames().next();
      JsonNode args = node.get(function);
      String at = path + "/" + function;
      return switch (function) {
        case "Condition" -> isTrue(args.asText(), at);
        case "Fn::Not" -> !evaluate(args.path(0), at + "/0");
        case "Fn::Equals" ->
            intrinsics
                .string(args.path(0), at + "/0")
                .equals(intrinsics.string(args.path(1), at + "/1"));
        case "Fn::And" -> all(args, at, true);
        case "Fn::Or" -> all(args, at, false);
        default ->
            throw new UnresolvableException(
                "`" + function + "`", at, "expected a condition function");
      };
    }
    throw new UnresolvableException("the condition", path, "expected a condition function");
  }

  /** {@code Fn::And} when {@code and}, else {@code Fn::Or}. */
  private boolean all(JsonNode args, String path, boolean and) {
    for (int i = 0; i < args.size(); i++) {
      if (evaluate(args.get(i), path + "/" + i) != and) {
        return !and;
      }
    }
    return and;
  }
}
