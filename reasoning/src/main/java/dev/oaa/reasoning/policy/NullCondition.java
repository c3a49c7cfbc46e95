package dev.oaa.reasoning.policy;

import java.util.List;
import java.util.Objects;

/**
 * A {@code Null} condition: {@code true} holds when the key is absent from the request, {@code
 * false} when it is present. It takes no set qualifier and no {@code IfExists}.
 */
public record NullCondition(ConditionKey key, List<Boolean> values) implements Condition {
  public NullCondition {
    Objects.requireNonNull(key, "key");
    values = List.copyOf(values);
  }

  @Override
  public Quantifier quantifier() {
    return Quantifier.SINGLE;
  }

  @Override
  public boolean ifExists() {
    return false;
  }

  @Override
  public String baseOperator() {
    return "Null";
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
    return visitor.visitNull(this);
  }
}
