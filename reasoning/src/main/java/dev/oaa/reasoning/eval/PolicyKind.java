package dev.oaa.reasoning.eval;

/** The kinds of policy that take part in an authorization decision. */
public enum PolicyKind {
  /** A policy attached to the calling user or role (or to its groups). */
  IDENTITY(false),
  /** A policy attached to the resource (bucket policy, key policy, role trust policy, ...). */
  RESOURCE(true),
  /** The permissions boundary of the calling user or role. */
  PERMISSIONS_BOUNDARY(false),
  /** A session policy passed when the role session or federated user session was created. */
  SESSION(false),
  /** A service control policy of the caller's account, or of an OU or root above it. */
  SERVICE_CONTROL(false),
  /** A resource control policy of the resource's account, or of an OU or root above it. */
  RESOURCE_CONTROL(true),
  /** The policy of the VPC endpoint that the request went through. */
  VPC_ENDPOINT(true);

  private final boolean hasPrincipalElement;

  PolicyKind(boolean hasPrincipalElement) {
    this.hasPrincipalElement = hasPrincipalElement;
  }

  /**
   * Whether statements of this kind say whom they apply to with a Principal or NotPrincipal
   * element; in the other kinds that element is not allowed and is ignored here.
   */
  public boolean hasPrincipalElement() {
    return hasPrincipalElement;
  }
}
