package dev.oaa.reasoning.policy;

/** The match kinds of the Arn operator family. */
public enum ArnMatch {
  EQUALS("ArnEquals", false),
  LIKE("ArnLike", false),
  NOT_EQUALS("ArnNotEquals", true),
  NOT_LIKE("ArnNotLike", true);

  private final String operator;
  private final boolean negated;

  ArnMatch(String operator, boolean negated) {
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
