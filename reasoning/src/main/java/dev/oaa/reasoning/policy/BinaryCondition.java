package dev.oaa.reasoning.policy;

import java.util.List;
import java.util.Objects;

/** A {@code BinaryEquals} condition; values are base64 text compared exactly. */
public record BinaryCondition(
    ConditionKey key, List<String> values, Quantifier quantifier, boolean ifExists)
    implements Condition {
  public BinaryCondition {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(quantifier, "quantifier");
    values = List.copyOf(values);
  }

  @Override
  public String baseOperator() {
    return "BinaryEquals";
  }

  @Override
  public boolean isNegated() {
    return false;
  }

  @Override
  public List<String> valueTexts() {
    return values;
  }

  @Override
  public <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitBinary(this);
  }
}
