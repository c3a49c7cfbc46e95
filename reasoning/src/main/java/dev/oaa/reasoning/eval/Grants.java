package dev.oaa.reasoning.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The allow side of the evaluation, once no Deny applies and the guardrails allow: whether the
 * identity side, the resource policy, or both grant the request (see {@link Evaluator}).
 */
final class Grants {
  private final Request request;
  private final List<StatementRef> guards;
  private final List<StatementRef> direct;
  private final List<StatementRef> issuer;
  private final List<StatementRef> account;

  /** The boundary and session policy Allows when both allow (or are absent), else empty. */
  private final Optional<List<StatementRef>> limits;

  /** The Allows that make the identity side allow, else empty. */
  private final Optional<List<StatementRef>> identity;

  private Grants(
      Request request, PolicySet policies, AppliedStatements applied, List<StatementRef> guards) {
    this.request = request;
    this.guards = List.copyOf(guards);
    this.direct = applied.allows(PolicyKind.RESOURCE, m -> m == PrincipalMatch.DIRECT);
    this.issuer = applied.allows(PolicyKind.RESOURCE, m -> m == PrincipalMatch.ISSUER);
    this.account = applied.allows(PolicyKind.RESOURCE, m -> m == PrincipalMatch.ACCOUNT);
    this.limits = sessionLimits(request.principal(), policies, applied);
    this.identity = identitySide(request.principal(), applied);
  }

  /** The decision, given the guardrails' Allow statements {@code guards}. */
  static Decision decide(
      Request request, PolicySet policies, AppliedStatements applied, List<StatementRef> guards) {
    Grants grants = new Grants(request, policies, applied, guards);
    if (!request.principal().type().isAccountIdentity()) {
      return grants.forCallerWithoutIdentityPolicies();
    }
    return request.isSameAccount() ? grants.sameAccount() : grants.crossAccount();
  }

  private Decision forCallerWithoutIdentityPolicies() {
    return direct.isEmpty()
        ? Decision.implicitDeny("no resource policy names this caller")
        : allow(direct, "the resource policy allows this caller");
  }

  private Decision sameAccount() {
    if (!direct.isEmpty()) {
      return allow(direct, "the resource policy allows this caller");
    }
    if (!issuer.isEmpty() && limits.isPresent()) {
      return allow(concat(issuer, limits.get()), "the resource policy allows the caller's role");
    }
    boolean trustsIdentity = !ServiceRules.needsResourcePolicy(request) || !account.isEmpty();
    if (trustsIdentity && identity.isPresent()) {
      return allow(concat(account, identity.get()), "the identity policies allow the request");
    }
    return Decision.implicitDeny(
        "neither the identity policies nor the resource policy allow the request");
  }

  private Decision crossAccount() {
    List<StatementRef> resource = concat(concat(direct, issuer), account);
    if (!resource.isEmpty() && identity.isPresent()) {
      return allow(
          concat(resource, identity.get()),
          "the resource policy and the identity policies allow the request");
    }
    return Decision.implicitDeny(
        "a cross-account request needs both the identity policies and the resource policy");
  }

  private Decision allow(List<StatementRef> grants, String why) {
    return Decision.allow(concat(grants, guards), why);
  }

  /**
   * A federated user session with no session policy has no permissions (STS GetFederationToken).
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

  /** The root user's identity side allows everything; others need identity Allows and limits. */
  private Optional<List<StatementRef>> identitySide(
      RequestPrincipal caller, AppliedStatements applied) {
    if (caller.type() == PrincipalType.ACCOUNT_ROOT) {
      return Optional.of(List.of());
    }
    List<StatementRef> allows = applied.allows(PolicyKind.IDENTITY);
    if (!caller.type().hasIdentityPolicies() || allows.isEmpty()) {
      return Optional.empty();
    }
    return limits.map(l -> concat(allows, l));
  }

  private static List<StatementRef> concat(List<StatementRef> a, List<StatementRef> b) {
    List<StatementRef> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
