package dev.oaa.reasoning.policy.json;

import static dev.oaa.reasoning.policy.json.Elements.build;
import static dev.oaa.reasoning.policy.json.Elements.error;

import dev.oaa.reasoning.policy.ActionClause;
import dev.oaa.reasoning.policy.ActionPattern;
import dev.oaa.reasoning.policy.Effect;
import dev.oaa.reasoning.policy.PolicyDocument;
import dev.oaa.reasoning.policy.PolicyVersion;
import dev.oaa.reasoning.policy.Principal;
import dev.oaa.reasoning.policy.PrincipalClause;
import dev.oaa.reasoning.policy.ResourceClause;
import dev.oaa.reasoning.policy.ResourcePattern;
import dev.oaa.reasoning.policy.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses IAM policy JSON into a {@link PolicyDocument}.
 *
 * <p>Accepts every shape IAM accepts: {@code Statement} as an object or an array; single values or
 * arrays for Principal, Action, Resource and condition values; numbers and booleans as condition
 * values. Rejects the rest (invalid JSON, comments, duplicate keys, unknown elements, both {@code
 * Action} and {@code NotAction}, unknown condition operators, malformed values) with a {@link
 * dev.oaa.reasoning.errors.PolicyParseException} naming the JSON pointer, line and column.
 */
public final class PolicyParser {
  private static final Set<String> DOCUMENT_ELEMENTS = Set.of("Version", "Id", "Statement");
  private static final Set<String> STATEMENT_ELEMENTS =
      Set.of(
          "Sid",
          "Effect",
          "Principal",
          "NotPrincipal",
          "Action",
          "NotAction",
          "Resource",
          "NotResource",
          "Condition");
  private static final Set<String> PRINCIPAL_TYPES =
      Set.of("AWS", "Service", "Federated", "CanonicalUser");

  private PolicyParser() {}

  /**
   * Parses one policy document.
   *
   * @throws dev.oaa.reasoning.errors.PolicyParseException when IAM would reject the document
   */
  public static PolicyDocument parse(String json) {
    JsonTree.Obj root = Elements.object(JsonTreeReader.read(json), "A policy document");
    Elements.requireKnownFields(root, DOCUMENT_ELEMENTS, "policy");
    Map<String, JsonTree> fields = root.fields();
    PolicyVersion version = version(fields.get("Version"));
    String id = fields.containsKey("Id") ? Elements.string(fields.get("Id"), "Id") : "";
    JsonTree statements = fields.get("Statement");
    if (statements == null) {
      throw error(root, "a policy needs a `Statement` element");
    }
    return new PolicyDocument(version, id, statements(statements));
  }

  private static PolicyVersion version(JsonTree tree) {
    if (tree == null) {
      return PolicyVersion.ABSENT;
    }
    String text = Elements.string(tree, "Version");
    for (PolicyVersion v : PolicyVersion.values()) {
      if (v != PolicyVersion.ABSENT && v.json().equals(text)) {
        return v;
      }
    }
    throw error(tree, "unsupported Version `" + text + "` (expected 2012-10-17 or 2008-10-17)");
  }

  private static List<Statement> statements(JsonTree tree) {
    if (tree instanceof JsonTree.Arr arr) {
      List<Statement> result = new ArrayList<>();
      for (JsonTree item : arr.items()) {
        result.add(statement(item));
      }
      return result;
    }
    return List.of(statement(tree));
  }

  private static Statement statement(JsonTree tree) {
    JsonTree.Obj obj = Elements.object(tree, "A statement");
    Elements.requireKnownFields(obj, STATEMENT_ELEMENTS, "statement");
    Map<String, JsonTree> f = obj.fields();
    String sid = f.containsKey("Sid") ? Elements.text(f.get("Sid"), "Sid") : "";
    return new Statement(
        sid,
        effect(obj),
        principal(obj),
        action(obj),
        resource(obj),
        ConditionParser.conditions(f.get("Condition")));
  }

  private static Effect effect(JsonTree.Obj statement) {
    JsonTree tree = statement.fields().get("Effect");
    if (tree == null) {
      throw error(statement, "a statement needs an `Effect` element");
    }
    String text = Elements.string(tree, "Effect");
    for (Effect effect : Effect.values()) {
      if (effect.json().equals(text)) {
        return effect;
      }
    }
    throw error(tree, "expected `Allow` or `Deny`, got `" + text + "`");
  }

  private static PrincipalClause principal(JsonTree.Obj statement) {
    JsonTree positive = onlyOne(statement, "Principal", "NotPrincipal");
    if (positive == null) {
      return PrincipalClause.none();
    }
    List<Principal> principals = principals(positive);
    return statement.fields().containsKey("Principal")
        ? new PrincipalClause.Principals(principals)
        : new PrincipalClause.NotPrincipals(principals);
  }

  private static List<Principal> principals(JsonTree tree) {
    if (tree instanceof JsonTree.Scalar s && s.kind() == JsonTree.Kind.STRING) {
      if (s.text().equals("*")) {
        return List.of(Principal.any());
      }
      throw error(tree, "a principal must be `*` or an object such as {\"AWS\": ...}");
    }
    JsonTree.Obj obj = Elements.object(tree, "A principal");
    if (obj.fields().isEmpty()) {
      throw error(tree, "a principal must name at least one principal");
    }
    Elements.requireKnownFields(obj, PRINCIPAL_TYPES, "principal");
    List<Principal> result = new ArrayList<>();
    obj.fields()
        .forEach(
            (type, values) ->
                result.addAll(
                    Elements.stringOrArray(
                        values, type + " principal", v -> principal(type, v), false)));
    return result;
  }

  private static Principal principal(String type, JsonTree tree) {
    String value = Elements.string(tree, type + " principal");
    return build(
        tree,
        () ->
            switch (type) {
              case "AWS" -> Principal.aws(value);
              case "Service" -> Principal.service(value);
              case "Federated" -> Principal.federated(value);
              default -> new Principal.CanonicalUser(value);
            });
  }

  private static ActionClause action(JsonTree.Obj statement) {
    JsonTree tree = onlyOne(statement, "Action", "NotAction");
    if (tree == null) {
      throw error(statement, "a statement needs an `Action` or `NotAction` element");
    }
    List<ActionPattern> patterns =
        Elements.stringOrArray(
            tree,
            "Action",
            v -> build(v, () -> ActionPattern.of(Elements.string(v, "An action"))),
            false);
    return statement.fields().containsKey("Action")
        ? new ActionClause.Actions(patterns)
        : new ActionClause.NotActions(patterns);
  }

  private static ResourceClause resource(JsonTree.Obj statement) {
    JsonTree tree = onlyOne(statement, "Resource", "NotResource");
    if (tree == null) {
      return ResourceClause.none();
    }
    List<ResourcePattern> patterns =
        Elements.stringOrArray(
            tree,
            "Resource",
            v -> build(v, () -> ResourcePattern.of(Elements.string(v, "A resource"))),
            false);
    return statement.fields().containsKey("Resource")
        ? new ResourceClause.Resources(patterns)
        : new ResourceClause.NotResources(patterns);
  }

  /** The value of {@code name} or {@code notName}, failing when a statement has both. */
  private static JsonTree onlyOne(JsonTree.Obj statement, String name, String notName) {
    JsonTree positive = statement.fields().get(name);
    JsonTree negative = statement.fields().get(notName);
    if (positive != null && negative != null) {
      throw error(negative, "a statement cannot have both `" + name + "` and `" + notName + "`");
    }
    return positive != null ? positive : negative;
  }
}
