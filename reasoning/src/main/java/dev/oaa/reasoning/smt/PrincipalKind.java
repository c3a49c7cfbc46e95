package dev.oaa.reasoning.smt;

/** The kinds of caller a symbolic request can have. */
public enum PrincipalKind {
  /** The root user of an account ({@code arn:aws:iam::<account>:root}). */
  ACCOUNT_ROOT,
  /** An IAM user. */
  IAM_USER,
  /** A session of an IAM role. */
  ROLE_SESSION,
  /** An AWS service principal such as {@code lambda.amazonaws.com}. */
  SERVICE,
  /** A web identity or SAML federated caller (an identity provider). */
  FEDERATED,
  /** An unauthenticated caller (S3, for instance, allows anonymous requests). */
  ANONYMOUS;

  /** Whether callers of this kind have an IAM ARN and an account. */
  public boolean isAwsIdentity() {
    return this == ACCOUNT_ROOT || this == IAM_USER || this == ROLE_SESSION;
  }
}
