package dev.oaa.reasoning.policy.json;

import static dev.oaa.reasoning.policy.json.Elements.error;

import dev.oaa.reasoning.policy.ArnCondition;
import dev.oaa.reasoning.policy.BinaryCondition;
import dev.oaa.reasoning.policy.BoolCondition;
import dev.oaa.reasoning.policy.Condition;
import dev.oaa.reasoning.policy.ConditionKey;
import dev.oaa.reasoning.policy.DateCondition;
import dev.oaa.reasoning.policy.IpAddressCondition;
import dev.oaa.reasoning.policy.IpRange;
import dev.oaa.reasoning.policy.NullCondition;
import dev.oaa.reasoning.policy.NumericCondition;
import dev.oaa.reasoning.policy.StringCondition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Parses a statement's Condition block into one {@link Condition} per (operator, key). */
final class ConditionParser {
  private ConditionParser() {}

  static List<Condition> conditions(JsonTree tree) {
    if (tree == null) {
      return List.of();
    }
    JsonTree.Obj block = Elements.object(tree, "Condition");
    List<Condition> result = new ArrayList<>();
    for (Map.Entry<String, JsonTree> entry : block.fields().entrySet()) {
      Operator operator = Operator.parse(entry.getKey());
      if (operator == null) {
        throw error(entry.getValue(), "unknown condition operator `" + entry.getKey() + "`");
      }
      JsonTree.Obj keys = Elements.object(entry.getValue(), "The operator " + entry.getKey());
      for (Map.Entry<String, JsonTree> key : keys.fields().entrySet()) {
        result.add(condition(operator, key.getKey(), key.getValue()));
      }
    }
    return result;
  }

  private static Condition condition(Operator op, String keyName, JsonTree valuesTree) {
    ConditionKey key = Elements.build(valuesTree, () -> ConditionKey.of(keyName));
    return switch (op.family()) {
      case STRING ->
          new StringCondition(
              op.stringMatch(), key, values(valuesTree, v -> v), op.quantifier(), op.ifExists());
      case NUMERIC ->
          new NumericCondition(
              op.comparison(),
              key,
              values(valuesTree, ConditionParser::number),
              op.quantifier(),
              op.ifExists());
      case DATE ->
          new DateCondition(
              op.comparison(),
              key,
              values(valuesTree, ConditionValues::date),
              op.quantifier(),
              op.ifExists());
      case BOOL ->
          new BoolCondition(
              key, values(valuesTree, ConditionValues::bool), op.quantifier(), op.ifExists());
      case BINARY ->
          new BinaryCondition(key, values(valuesTree, v -> v), op.quantifier(), op.ifExists());
      case IP ->
          new IpAddressCondition(
              op.ipMatch(),
              key,
              values(valuesTree, IpRange::parse),
              op.quantifier(),
              op.ifExists());
      case ARN ->
          new ArnCondition(
              op.arnMatch(), key, values(valuesTree, v -> v), op.quantifier(), op.ifExists());
      case NULL -> new NullCondition(key, values(valuesTree, ConditionValues::bool));
    };
  }

  /** Condition values: a scalar or an array of scalars, each converted from its text. */
  private static <T> List<T> values(JsonTree tree, Function<String, T> convert) {
    return Elements.stringOrArray(
        tree,
        "A condition value",
        v -> {
          String text = Elements.text(v, "A condition value");
          try {
            return convert.apply(text);
          } catch (IllegalArgumentException e) {
            throw error(v, e.getMessage());
          }
        },
        true);
  }

  private static BigDecimal number(String text) {
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Invalid number `" + text + "`", e);
    }
  }

  /** Lower-case helper for operator names, which this parser accepts in any case. */
  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
