package dev.oaa.reasoning.policy;

/**
 * The policy language version. Policy variables such as {@code ${aws:username}} are substituted
 * only under {@link #V2012_10_17}; under the older version, or when Version is absent, they are
 * literal text.
 */
public enum PolicyVersion {
  V2012_10_17("2012-10-17"),
  V2008_10_17("2008-10-17"),
  /** No {@code Version} element: IAM applies the 2008-10-17 rules. */
  ABSENT("");

  private final String json;

  PolicyVersion(String json) {
    this.json = json;
  }

  /** The spelling used in policy JSON, or the empty string for {@link #ABSENT}. */
  public String json() {
    return json;
  }

  /** Whether policy variables are substituted under this version. */
  public boolean substitutesVariables() {
    return this == V2012_10_17;
  }
}
