package dev.oaa.reasoning.eval;

import dev.oaa.reasoning.policy.Principal;
import dev.oaa.reasoning.policy.PrincipalClause;

/**
 * Matches Principal and NotPrincipal elements against the caller (IAM User Guide, "AWS JSON policy
 * elements: Principal" and "NotPrincipal"). Principal values are compared exactly (a Principal
 * element has no wildcards other than {@code *}); an account id and its root ARN name every IAM
 * identity of the account; a role ARN names that role's sessions.
 */
final class PrincipalMatcher {
  private PrincipalMatcher() {}

  /**
   * How {@code clause} names {@code caller}; a NotPrincipal element that does not name it is
   * DIRECT.
   */
  static PrincipalMatch match(PrincipalClause clause, RequestPrincipal caller) {
    PrincipalMatch best = PrincipalMatch.NONE;
    for (Principal p : clause.values()) {
      best = PrincipalMatch.strongest(best, match(p, caller));
    }
    if (clause instanceof PrincipalClause.NotPrincipals) {
      // AWS-DIVERGENCE: the NotPrincipal page asks to list the account and the role next to a
      // session ARN because AWS "might" check them one by one; here a NotPrincipal entry excludes
      // exactly the callers the same entry would match as a Principal, which is that page's
      // intent and what a Principal element means.
      return best.matches() ? PrincipalMatch.NONE : PrincipalMatch.DIRECT;
    }
    return best;
  }

  private static PrincipalMatch match(Principal p, RequestPrincipal caller) {
    if (p instanceof Principal.AnyPrincipal) {
      return PrincipalMatch.DIRECT;
    } else if (p instanceof Principal.AwsPrincipal aws) {
      return matchAws(aws, caller);
    } else if (p instanceof Principal.ServicePrincipal service) {
      return same(caller, PrincipalType.SERVICE, service.value());
    } else if (p instanceof Principal.FederatedPrincipal federated) {
      return PrincipalMatch.strongest(
          same(caller, PrincipalType.WEB_IDENTITY, federated.value()),
          same(caller, PrincipalType.SAML, federated.value()));
    }
    // Canonical user ids (S3) are not modelled: they name no caller here.
    return PrincipalMatch.NONE;
  }

  private static PrincipalMatch matchAws(Principal.AwsPrincipal p, RequestPrincipal caller) {
    if (!caller.type().isAccountIdentity()) {
      return PrincipalMatch.NONE;
    }
    if (p.isAccount()) {
      return p.account().equals(caller.account()) ? PrincipalMatch.ACCOUNT : PrincipalMatch.NONE;
    }
    if (!caller.arn().isEmpty() && p.value().equals(caller.arn())) {
      return PrincipalMatch.DIRECT;
    }
    if (!caller.issuerArn().isEmpty() && p.value().equals(caller.issuerArn())) {
      return PrincipalMatch.ISSUER;
    }
    // Unique ids (AIDA..., AROA...) stand for deleted users and roles: they match no caller.
    return PrincipalMatch.NONE;
  }

  private static PrincipalMatch same(RequestPrincipal caller, PrincipalType type, String value) {
    return caller.type() == type && caller.arn().equals(value)
        ? PrincipalMatch.DIRECT
        : PrincipalMatch.NONE;
  }
}
