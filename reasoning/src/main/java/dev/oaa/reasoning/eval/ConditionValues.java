package dev.oaa.reasoning.eval;

import dev.oaa.reasoning.policy.IpRange;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** Reads request values as the types of the condition operators; empty when they do not parse. */
final class ConditionValues {
  private ConditionValues() {}

  static Optional<BigDecimal> number(String text) {
    try {
      return Optional.of(new BigDecimal(text.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  static Optional<Instant> date(String text) {
    try {
      return Optional.of(dev.oaa.reasoning.policy.json.ConditionValues.date(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  static Optional<Boolean> bool(String text) {
    try {
      return Optional.of(dev.oaa.reasoning.policy.json.ConditionValues.bool(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  static Optional<IpRange> ip(String text) {
    try {
      return Optional.of(IpRange.parse(text.strip()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
