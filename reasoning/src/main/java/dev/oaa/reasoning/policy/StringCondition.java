package dev.oaa.reasoning.policy;

import java.util.List;
import java.util.Objects;

/**
 * A String* condition. Values may contain policy variables, and {@code *} {@code ?} for StringLike.
 */
public record StringCondition(
    StringMatch match,
    ConditionKey key,
    List<String> values,
    Quantifier quantifier,
    boolean ifExists)
    implements Condition {
  public StringCondition {
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
    return visitor.visitString(this);
  }
}
