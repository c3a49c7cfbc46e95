package dev.oaa.reasoning.eval;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides a request the way AWS does (IAM User Guide, "Policy evaluation logic", "How AWS
 * enforcement code logic evaluates requests to allow or deny access", "Cross-account policy
 * evaluation logic"):
 *
 * <ol>
 *   <li>A Deny statement that applies, in any applicable policy, denies explicitly.
 *   <li>SCPs (for IAM identities of the organization's accounts, except service-linked roles) and
 *       RCPs (except for service-linked roles) must allow at every level; a VPC endpoint policy
 *       must allow.
 *   <li>Within one account, the resource policy or the identity side may allow. The identity side
 *       is the identity policies, limited by the permissions boundary and the session policy. A
 *       resource policy that names the caller itself allows on its own; one that names the role (or
 *       the user behind a federated user) is limited by the boundary and session policy; one that
 *       names the account defers to the identity side.
 *   <li>Across accounts, both the resource policy and the identity side must allow.
 *   <li>KMS keys and role trust policies must allow even within the account ({@link
 *       ServiceRules#needsResourcePolicy}). Callers without identity policies (services, anonymous
 *       and federated web or SAML callers) need a resource policy that names them. The root user's
 *       identity side allows everything.
 * </ol>
 */
public final class Evaluator {
  private Evaluator() {}

  /** The decision for {@code request} under {@code policies}. */
  public static Decision evaluate(Request request, PolicySet policies) {
    if (ServiceRules.needsNoPermission(request)) {
      return Decision.allow(List.of(), "the action needs no permission");
    }
    boolean hasBoundary = !policies.permissionsBoundaries().isEmpty();
    StatementMatcher matcher =
        new StatementMatcher(request, request.effectiveContext(), hasBoundary);
    AppliedStatements applied =
        new AppliedStatements(policies, applicableKinds(request.principal()), matcher);
    List<StatementRef> denies = applied.denies();
    if (!denies.isEmpty()) {
      return Decision.explicitDeny(denies);
    }
    List<StatementRef> guardrails = new ArrayList<>();
    Optional<String> blocked = guardrails(request, policies, applied, guardrails);
    if (blocked.isPresent()) {
      return Decision.implicitDeny(blocked.get());
    }
    if (ServiceRules.writesReservedResource(request)) {
      return Decision.implicitDeny("AWS reserves this resource for itself");
    }
    return Grants.decide(request, policies, applied, guardrails);
  }

  private static Set<PolicyKind> applicableKinds(RequestPrincipal caller) {
    Set<PolicyKind> kinds =
        EnumSet.of(PolicyKind.RESOURCE, PolicyKind.RESOURCE_CONTROL, PolicyKind.VPC_ENDPOINT);
    if (caller.type().hasIdentityPolicies()) {
      kinds.addAll(
          List.of(PolicyKind.IDENTITY, PolicyKind.PERMISSIONS_BOUNDARY, PolicyKind.SESSION));
    }
    if (caller.type().isAccountIdentity()) {
      kinds.add(PolicyKind.SERVICE_CONTROL);
    }
    if (caller.isServiceLinkedRole()) {
      // Organizations User Guide: SCPs and RCPs do not restrict service-linked roles.
      kinds.removeAll(List.of(PolicyKind.SERVICE_CONTROL, PolicyKind.RESOURCE_CONTROL));
    }
    return kinds;
  }

  /** Why a guardrail denies implicitly, or empty; collects the guardrails' Allow statements. */
  private static Optional<String> guardrails(
      Request request, PolicySet policies, AppliedStatements applied, List<StatementRef> allows) {
    RequestPrincipal caller = request.principal();
    if (applicableKinds(caller).contains(PolicyKind.SERVICE_CONTROL)
        && !policies.serviceControlPolicies().isEmpty()) {
      List<StatementRef> scp =
          applied.allowsAtEveryLevel(PolicyKind.SERVICE_CONTROL, policies.serviceControlPolicies());
      if (scp.isEmpty()) {
        return Optional.of("no SCP allows the action at some level of the organization");
      }
      allows.addAll(scp);
    }
    if (!caller.isServiceLinkedRole() && !policies.resourceControlPolicies().isEmpty()) {
      List<StatementRef> rcp =
          applied.allowsAtEveryLevel(
              PolicyKind.RESOURCE_CONTROL, policies.resourceControlPolicies());
      if (rcp.isEmpty()) {
        return Optional.of("no RCP allows the action at some level of the organization");
      }
      allows.addAll(rcp);
    }
    if (!policies.endpointPolicies().isEmpty()) {
      List<StatementRef> endpoint = applied.allows(PolicyKind.VPC_ENDPOINT);
      if (endpoint.isEmpty()) {
        return Optional.of("the VPC endpoint policy does not allow the request");
      }
      allows.addAll(endpoint);
    }
    return Optional.empty();
  }
}
