package dev.oaa.reasoning.policy;

/** The match kinds of the String operator family. */
public enum StringMatch {
  EQUALS("StringEquals", false),
  NOT_EQUALS("StringNotEquals", true),
  EQUALS_IGNORE_CASE("StringEqualsIgnoreCase", false),
  NOT_EQUALS_IGNORE_CASE("StringNotEqualsIgnoreCase", true),
  LIKE("StringLike", false),
  NOT_LIKE("StringNotLike", true);

  private final String operator;
  private final boolean negated;

  StringMatch(String operator, boolean negated) {
    this.operator = operator;
    this.negated = negated;
  }

  /** The operator name without qualifier or suffix. */
  public String operator() {
    return operator;
  }

  /** Whether this is a {@code Not} operator (true when the key is missing). */
  public boolean isNegated() {
    return negated;
  }
}
