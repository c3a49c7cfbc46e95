package dev.oaa.reasoning.policy;

import java.util.List;
import java.util.Objects;

/** An Arn* condition: ARNs compared field by field, with wildcards within each field. */
public record ArnCondition(
    ArnMatch match, ConditionKey key, List<String> values, Quantifier quantifier, boolean ifExists)
    implements Condition {
  public ArnCondition {
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(quantifier, "quantifier");
    values = List.copyOf(values);
  }

  @Override
  public String baseOperator() {
    return match.operator();
  }

  @Override
  public boolean isNegated() {
    return match.isNegated();
  }

  @Override
  public List<String> valueTexts() {
    return values;
  }

  @Override
  public <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitArn(this);
  }
}
