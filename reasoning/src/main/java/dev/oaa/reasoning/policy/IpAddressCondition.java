package dev.oaa.reasoning.policy;

import java.util.List;
import java.util.Objects;

/** An IpAddress or NotIpAddress condition over IPv4 and IPv6 CIDR ranges. */
public record IpAddressCondition(
    IpMatch match, ConditionKey key, List<IpRange> values, Quantifier quantifier, boolean ifExists)
    implements Condition {
  public IpAddressCondition {
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
    return values.stream().map(IpRange::toString).toList();
  }

  @Override
  public <R> R accept(ConditionVisitor<R> visitor) {
    return visitor.visitIpAddress(this);
  }
}
