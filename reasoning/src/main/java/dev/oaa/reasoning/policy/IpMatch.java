package dev.oaa.reasoning.policy;

/** The match kinds of the IpAddress operator family. */
public enum IpMatch {
  IP_ADDRESS("IpAddress", false),
  NOT_IP_ADDRESS("NotIpAddress", true);

  private final String operator;
  private final boolean negated;

  IpMatch(String operator, boolean negated) {
    this.operator = operator;
    this.negated = negated;
  }

  /** The operator name without qualifier or suffix. */
  public String operator() {
    return operator;
  }

  /** Whether this is {@code NotIpAddress} (true when the key is missing). */
  public boolean isNegated() {
    return negated;
  }
}
