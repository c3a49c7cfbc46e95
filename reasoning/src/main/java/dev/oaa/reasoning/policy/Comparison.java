package dev.oaa.reasoning.policy;

/** The match kinds shared by the Numeric and Date operator families. */
public enum Comparison {
  EQUALS("Equals"),
  NOT_EQUALS("NotEquals"),
  LESS_THAN("LessThan"),
  LESS_THAN_EQUALS("LessThanEquals"),
  GREATER_THAN("GreaterThan"),
  GREATER_THAN_EQUALS("GreaterThanEquals");

  private final String suffix;

  Comparison(String suffix) {
    this.suffix = suffix;
  }

  /** The part of the operator name after the family ({@code NumericLessThan} gives LessThan). */
  public String suffix() {
    return suffix;
  }

  /** Whether this is {@link #NOT_EQUALS} (true when the key is missing). */
  public boolean isNegated() {
    return this == NOT_EQUALS;
  }

  /** Whether {@code compare(requestValue, policyValue)} satisfies this comparison. */
  public boolean holds(int comparison) {
    return switch (this) {
      case EQUALS -> comparison == 0;
      case NOT_EQUALS -> comparison != 0;
      case LESS_THAN -> comparison < 0;
      case LESS_THAN_EQUALS -> comparison <= 0;
      case GREATER_THAN -> comparison > 0;
      case GREATER_THAN_EQUALS -> comparison >= 0;
    };
  }
}
