package dev.oaa.reasoning.eval;

/**
 * The kinds of caller a request can have. The value of {@code aws:PrincipalType} that AWS puts in
 * the request context is {@link #contextValue()} (IAM User Guide, "AWS global condition context
 * keys", aws:PrincipalType).
 */
public enum PrincipalType {
  /** The root user of an account ({@code arn:aws:iam::<account>:root}). */
  ACCOUNT_ROOT("Account"),
  /** An IAM user. */
  IAM_USER("User"),
  /** A session of an IAM role ({@code arn:aws:sts::<account>:assumed-role/<role>/<session>}). */
  ROLE_SESSION("AssumedRole"),
  /** A federated user session from GetFederationToken ({@code ...:federated-user/<name>}). */
  FEDERATED_USER("FederatedUser"),
  /** A web identity (OIDC) caller, before it assumes a role: only a trust policy can allow it. */
  WEB_IDENTITY(""),
  /** A SAML caller, before it assumes a role: only a trust policy can allow it. */
  SAML(""),
  /** An AWS service principal such as {@code cloudtrail.amazonaws.com}. */
  SERVICE(""),
  /** An unauthenticated caller (S3, for instance, accepts anonymous requests). */
  ANONYMOUS("Anonymous");

  private final String contextValue;

  PrincipalType(String contextValue) {
    this.contextValue = contextValue;
  }

  /** The value of {@code aws:PrincipalType}, or the empty string when AWS sets none. */
  public String contextValue() {
    return contextValue;
  }

  /** Whether callers of this kind are IAM identities of an account (root, user or session). */
  public boolean isAccountIdentity() {
    return this == ACCOUNT_ROOT
        || this == IAM_USER
        || this == ROLE_SESSION
        || this == FEDERATED_USER;
  }

  /** Whether callers of this kind carry identity-based policies (the root user does not). */
  public boolean hasIdentityPolicies() {
    return this == IAM_USER || this == ROLE_SESSION || this == FEDERATED_USER;
  }
}
