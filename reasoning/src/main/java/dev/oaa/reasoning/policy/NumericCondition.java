package dev.oaa.reasoning.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** A Numeric* condition. */
public record NumericCondition(
    Comparison match,
    ConditionKey key,
    List<BigDecimal> values,
    Quantifier quantifier,
    boolean ifExists)
    implements Condition {
  public NumericCondition {
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(quantifier, "quantifier");
    values = List.copyOf(values);
  }

  @Override
  public String baseOperator() {
    return "Numeric" + match.suffix();
  }

  @Override
  public boolean isNegated() {
    return match.isNegated();
  }

  @Override
  public List<String> valueTexts() {
    return values.stream().map(BigDecimal::toPlainString).toList();
  }

  @Override
  public <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitNumeric(this);
  }
}
