package dev.oaa.reasoning.policy;

import java.util.List;
import java.util.Objects;

/** A {@code Bool} condition. */
public record BoolCondition(
    ConditionKey key, List<Boolean> values, Quantifier quantifier, boolean ifExists)
    implements Condition {
  public BoolCondition {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(quantifier, "quantifier");
    values = List.copyOf(values);
  }

  @Override
  public String baseOperator() {
    return "Bool";
  }

  @Override
  public boolean isNegated() {
    return false;
  }

  @Override
  public List<String> valueTexts() {
    return values.stream().map(String::valueOf).toList();
  }

  @Override
  public <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitBool(this);
  }
}
