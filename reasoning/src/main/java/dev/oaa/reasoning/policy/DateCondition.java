package dev.oaa.reasoning.policy;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A Date* condition. Values are ISO 8601 dates or epoch seconds in the policy. */
public record DateCondition(
    Comparison match,
    ConditionKey key,
    List<Instant> values,
    Quantifier quantifier,
    boolean ifExists)
    implements Condition {
  public DateCondition {
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(quantifier, "quantifier");
    values = List.copyOf(values);
  }

  @Override
  public String baseOperator() {
    return "Date" + match.suffix();
  }

  @Override
  public boolean isNegated() {
    return match.isNegated();
  }

  @Override
  public List<String> valueTexts() {
    return values.stream().map(Instant::toString).toList();
  }

  @Override
  public <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitDate(this);
  }
}
