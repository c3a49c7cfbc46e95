package dev.oaa.reasoning.eval;

/**
 * How a Principal element names the caller, weakest first. The difference matters in resource
 * policies (IAM User Guide, "Policy evaluation logic" and "Session policies"): naming the account
 * delegates to the account's identity policies; naming the role (or the IAM user behind a federated
 * user) grants what the session policy and permissions boundary then limit; naming the caller
 * itself (its session ARN, user ARN, or {@code *}) grants outright within the account.
 */
enum PrincipalMatch {
  /** The element does not name the caller. */
  NONE,
  /** The element names the caller's account (its id or root ARN). */
  ACCOUNT,
  /** The element names the role of a role session, or the IAM user of a federated user. */
  ISSUER,
  /** The element names the caller itself, or everyone. */
  DIRECT;

  boolean matches() {
    return this != NONE;
  }

  static PrincipalMatch strongest(PrincipalMatch a, PrincipalMatch b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
