package dev.oaa.reasoning.eval;

import dev.oaa.reasoning.policy.PolicyDocument;
import java.util.List;

/**
 * Every policy that applies to one request. Empty lists mean "none of this kind applies": no
 * permissions boundary, no session policy, no SCPs (the caller's account is not in an organization,
 * or is its management account), no RCPs, no VPC endpoint.
 *
 * @param identityPolicies the caller's identity-based policies (inline, managed and group)
 * @param resourcePolicies the resource's policies: usually zero or one (a bucket policy, key policy
 *     or role trust policy)
 * @param permissionsBoundaries the caller's permissions boundary (IAM allows one; several act as
 *     one policy)
 * @param sessionPolicies the session policies of a role or federated user session (inline and
 *     managed ones act as one policy)
 * @param serviceControlPolicies the SCPs of the caller's account, one entry per level from the
 *     organization root down to the account
 * @param resourceControlPolicies the RCPs of the resource's account, one entry per level
 * @param endpointPolicies the policies of the VPC endpoint the request went through
 */
public record PolicySet(
    List<PolicyDocument> identityPolicies,
    List<PolicyDocument> resourcePolicies,
    List<PolicyDocument> permissionsBoundaries,
    List<PolicyDocument> sessionPolicies,
    List<ControlPolicies> serviceControlPolicies,
    List<ControlPolicies> resourceControlPolicies,
    List<PolicyDocument> endpointPolicies) {
  public PolicySet {
    identityPolicies = List.copyOf(identityPolicies);
    resourcePolicies = List.copyOf(resourcePolicies);
    permissionsBoundaries = List.copyOf(permissionsBoundaries);
    sessionPolicies = List.copyOf(sessionPolicies);
    serviceControlPolicies = List.copyOf(serviceControlPolicies);
    resourceControlPolicies = List.copyOf(resourceControlPolicies);
    endpointPolicies = List.copyOf(endpointPolicies);
  }

  /** No policies at all. */
  public static PolicySet empty() {
    return new PolicySet(
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** Only identity-based policies. */
  public static PolicySet identity(PolicyDocument... policies) {
    return empty().withIdentityPolicies(List.of(policies));
  }

  /** This set with these identity-based policies. */
  public PolicySet withIdentityPolicies(List<PolicyDocument> policies) {
    return new PolicySet(
        policies,
        resourcePolicies,
        permissionsBoundaries,
        sessionPolicies,
        serviceControlPolicies,
        resourceControlPolicies,
        endpointPolicies);
  }

  /** This set with {@code policy} as the resource's policy. */
  public PolicySet withResourcePolicy(PolicyDocument policy) {
    return new PolicySet(
        identityPolicies,
        List.of(policy),
        permissionsBoundaries,
        sessionPolicies,
        serviceControlPolicies,
        resourceControlPolicies,
        endpointPolicies);
  }

  /** This set with {@code policy} as the caller's permissions boundary. */
  public PolicySet withPermissionsBoundary(PolicyDocument policy) {
    return withPermissionsBoundaries(List.of(policy));
  }

  /** This set with these permissions boundary policies. */
  public PolicySet withPermissionsBoundaries(List<PolicyDocument> policies) {
    return new PolicySet(
        identityPolicies,
        resourcePolicies,
        policies,
        sessionPolicies,
        serviceControlPolicies,
        resourceControlPolicies,
        endpointPolicies);
  }

  /** This set with these session policies. */
  public PolicySet withSessionPolicies(List<PolicyDocument> policies) {
    return new PolicySet(
        identityPolicies,
        resourcePolicies,
        permissionsBoundaries,
        policies,
        serviceControlPolicies,
        resourceControlPolicies,
        endpointPolicies);
  }

  /** This set with these SCP levels, from the organization root down to the account. */
  public PolicySet withServiceControlPolicies(List<ControlPolicies> levels) {
    return new PolicySet(
        identityPolicies,
        resourcePolicies,
        permissionsBoundaries,
        sessionPolicies,
        levels,
        resourceControlPolicies,
        endpointPolicies);
  }

  /** This set with these RCP levels, from the organization root down to the account. */
  public PolicySet withResourceControlPolicies(List<ControlPolicies> levels) {
    return new PolicySet(
        identityPolicies,
        resourcePolicies,
        permissionsBoundaries,
        sessionPolicies,
        serviceControlPolicies,
        levels,
        endpointPolicies);
  }

  /** This set with these VPC endpoint policies. */
  public PolicySet withEndpointPolicies(List<PolicyDocument> policies) {
    return new PolicySet(
        identityPolicies,
        resourcePolicies,
        permissionsBoundaries,
        sessionPolicies,
        serviceControlPolicies,
        resourceControlPolicies,
        policies);
  }

  /** The policies of one kind; for SCPs and RCPs, every level's policies in level order. */
  public List<PolicyDocument> policies(PolicyKind kind) {
    return switch (kind) {
      case IDENTITY -> identityPolicies;
      case RESOURCE -> resourcePolicies;
      case PERMISSIONS_BOUNDARY -> permissionsBoundaries;
      case SESSION -> sessionPolicies;
      case SERVICE_CONTROL -> flatten(serviceControlPolicies);
      case RESOURCE_CONTROL -> flatten(resourceControlPolicies);
      case VPC_ENDPOINT -> endpointPolicies;
    };
  }

  private static List<PolicyDocument> flatten(List<ControlPolicies> levels) {
    return levels.stream().flatMap(l -> l.policies().stream()).toList();
  }
}
