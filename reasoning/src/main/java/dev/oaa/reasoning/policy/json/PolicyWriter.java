package dev.oaa.reasoning.policy.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oaa.reasoning.policy.ActionClause;
import dev.oaa.reasoning.policy.ActionPattern;
import dev.oaa.reasoning.policy.Condition;
import dev.oaa.reasoning.policy.PolicyDocument;
import dev.oaa.reasoning.policy.PolicyVersion;
import dev.oaa.reasoning.policy.Principal;
import dev.oaa.reasoning.policy.PrincipalClause;
import dev.oaa.reasoning.policy.ResourceClause;
import dev.oaa.reasoning.policy.ResourcePattern;
import dev.oaa.reasoning.policy.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a {@link PolicyDocument} as IAM policy JSON: elements in IAM's conventional order, a
 * single value as a string and several as an array, Principal and Condition maps in
 * first-appearance order. {@code PolicyParser.parse(write(doc))} gives {@code doc} back.
 */
public final class PolicyWriter {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private PolicyWriter() {}

  /** Compact JSON. */
  public static String write(PolicyDocument doc) {
    return serialize(doc, false);
  }

  /** Indented JSON (two spaces), for files meant to be read. */
  public static String writePretty(PolicyDocument doc) {
    return serialize(doc, true);
  }

  /** The document as a Jackson tree, for embedding in larger JSON outputs. */
  public static ObjectNode toJson(PolicyDocument doc) {
    ObjectNode root = NODES.objectNode();
    if (doc.version() != PolicyVersion.ABSENT) {
      root.put("Version", doc.version().json());
    }
    if (!doc.id().isEmpty()) {
      root.put("Id", doc.id());
    }
    ArrayNode statements = root.putArray("Statement");
    doc.statements().forEach(s -> statements.add(statement(s)));
    return root;
  }

  private static String serialize(PolicyDocument doc, boolean pretty) {
    try {
      ObjectNode json = toJson(doc);
      return pretty
          ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json)
          : MAPPER.writeValueAsString(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write a policy tree as JSON", e);
    }
  }

  private static ObjectNode statement(Statement s) {
    ObjectNode node = NODES.objectNode();
    if (!s.sid().isEmpty()) {
      node.put("Sid", s.sid());
    }
    node.put("Effect", s.effect().json());
    if (s.principal() instanceof PrincipalClause.Principals p) {
      node.set("Principal", principals(p.values()));
    } else if (s.principal() instanceof PrincipalClause.NotPrincipals p) {
      node.set("NotPrincipal", principals(p.values()));
    }
    String actionName = s.action() instanceof ActionClause.Actions ? "Action" : "NotAction";
    node.set(actionName, strings(s.action().patterns(), ActionPattern::text));
    if (s.resource() instanceof ResourceClause.Resources r) {
      node.set("Resource", strings(r.patterns(), ResourcePattern::text));
    } else if (s.resource() instanceof ResourceClause.NotResources r) {
      node.set("NotResource", strings(r.patterns(), ResourcePattern::text));
    }
    if (!s.conditions().isEmpty()) {
      node.set("Condition", conditions(s.conditions()));
    }
    return node;
  }

  private static com.fasterxml.jackson.databind.JsonNode principals(List<Principal> principals) {
    if (principals.size() == 1 && principals.get(0) instanceof Principal.AnyPrincipal) {
      return NODES.textNode("*");
    }
    Map<String, List<String>> byType = new LinkedHashMap<>();
    for (Principal p : principals) {
      byType.computeIfAbsent(p.type(), t -> new java.util.ArrayList<>()).add(p.value());
    }
    ObjectNode node = NODES.objectNode();
    byType.forEach((type, values) -> node.set(type, strings(values, Function.identity())));
    return node;
  }

  private static ObjectNode conditions(List<Condition> conditions) {
    Map<String, Map<String, List<String>>> byOperator = new LinkedHashMap<>();
    for (Condition c : conditions) {
      byOperator
          .computeIfAbsent(c.operator(), o -> new LinkedHashMap<>())
          .merge(c.key().name(), c.valueTexts(), (a, b) -> duplicate(c));
    }
    ObjectNode node = NODES.objectNode();
    byOperator.forEach(
        (operator, keys) -> {
          ObjectNode keyNode = node.putObject(operator);
          keys.forEach((key, values) -> keyNode.set(key, strings(values, Function.identity())));
        });
    return node;
  }

  /** JSON cannot hold the same operator and key twice in one statement (they would be ANDed). */
  private static List<String> duplicate(Condition c) {
    throw new IllegalArgumentException(
        "Cannot write a statement with two `" + c.operator() + "` conditions on `" + c.key() + "`");
  }

  private static <T> com.fasterxml.jackson.databind.JsonNode strings(
      List<T> values, Function<T, String> text) {
    if (values.size() == 1) {
      return NODES.textNode(text.apply(values.get(0)));
    }
    ArrayNode array = NODES.arrayNode();
    values.forEach(v -> array.add(text.apply(v)));
    return array;
  }
}
