package dev.oaa.reasoning.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The allow side of the evaluation, once no Deny applies and the guardrails allow: whether the
 * identity side, the resource policy, or both grant the request (see {@link Evaluator}).
 */
final class Grants {
  private Grants() {}

  static Decision decide(
      Request request, PolicySet policies, AppliedStatements applied, List<StatementRef> guards) {
    RequestPrincipal caller = request.principal();
    List<StatementRef> direct =
        applied.allows(PolicyKind.RESOURCE, m -> m == PrincipalMatch.DIRECT);
    List<StatementRef> issuer =
        applied.allows(PolicyKind.RESOURCE, m -> m == PrincipalMatch.ISSUER);
    List<StatementRef> account =
        applied.allows(PolicyKind.RESOURCE, m -> m == PrincipalMatch.ACCOUNT);
    Optional<List<StatementRef>> limits = sessionLimits(caller, policies, applied);
    boolean issuerGrants = !issuer.isEmpty() && limits.isPresent();
    Optional<List<StatementRef>> identity = identitySide(caller, applied, limits);

    if (!caller.type().isAccountIdentity()) {
      return direct.isEmpty()
          ? Decision.implicitDeny("no resource policy names this caller")
          : allow(guards, direct, "the resource policy allows this caller");
    }
    boolean sameAccount = request.isSameAccount();
    if (sameAccount && !direct.isEmpty()) {
      return allow(guards, direct, "the resource policy allows this caller");
    }
    if (sameAccount && issuerGrants) {
      return allow(
          guards,
          concat(issuer, limits.orElseThrow()),
          "the resource policy allows the caller's role");
    }
    boolean resourceTrustsIdentity =
        sameAccount
            ? !ServiceRules.needsResourcePolicy(request) || !account.isEmpty()
            : !direct.isEmpty() || issuerGrants || !account.isEmpty();
    if (resourceTrustsIdentity && identity.isPresent()) {
      List<StatementRef> resource = sameAccount ? account : concat(concat(direct, issuer), account);
      return allow(
          guards, concat(resource, identity.get()), "the identity policies allow the request");
    }
    return Decision.implicitDeny(
        sameAccount
            ? "neither the identity policies nor the resource policy allow the request"
            : "a cross-account request needs both the identity policies and the resource policy");
  }

  /**
   * The Allow statements of the permissions boundary and session policy when both allow (or are
   * absent), or empty when one of them denies implicitly. A federated user session with no session
   * policy has no permissions (AWS STS API Reference, GetFederationToken).
   */
  private static Optional<List<StatementRef>> sessionLimits(
      RequestPrincipal caller, PolicySet policies, AppliedStatements applied) {
    List<StatementRef> boundary = applied.allows(PolicyKind.PERMISSIONS_BOUNDARY);
    if (!policies.permissionsBoundaries().isEmpty() && boundary.isEmpty()) {
      return Optional.empty();
    }
    List<StatementRef> session = applied.allows(PolicyKind.SESSION);
    boolean sessionRequired =
        !policies.sessionPolicies().isEmpty() || caller.type() == PrincipalType.FEDERATED_USER;
    if (sessionRequired && session.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(concat(boundary, session));
  }

  /** The Allow statements that make the identity side allow, or empty when it does not. */
  private static Optional<List<StatementRef>> identitySide(
      RequestPrincipal caller, AppliedStatements applied, Optional<List<StatementRef>> limits) {
    if (caller.type() == PrincipalType.ACCOUNT_ROOT) {
      return Optional.of(List.of());
    }
    List<StatementRef> identity = applied.allows(PolicyKind.IDENTITY);
    if (!caller.type().hasIdentityPolicies() || identity.isEmpty()) {
      return Optional.empty();
    }
    return limits.map(l -> concat(identity, l));
  }

  private static Decision allow(List<StatementRef> guards, List<StatementRef> grants, String why) {
    return Decision.allow(concat(grants, guards), why);
  }

  private static List<StatementRef> concat(List<StatementRef> a, List<StatementRef> b) {
    List<StatementRef> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
