package dev.oaa.reasoning.eval;

import dev.oaa.reasoning.policy.PolicyDocument;
import java.util.List;
import java.util.Objects;

/**
 * The SCPs or RCPs attached at one level of an organization: the root, an OU, or the account. Every
 * level on the path from the root to the account must allow a request. A level with no policies
 * allows nothing (AWS always attaches {@code FullAWSAccess} or {@code RCPFullAWSAccess} unless it
 * is replaced, so an empty level is a level whose full-access policy was removed).
 *
 * @param target the root, OU or account id, for display
 * @param policies the policies attached at this level
 */
public record ControlPolicies(String target, List<PolicyDocument> policies) {
  public ControlPolicies {
    Objects.requireNonNull(target, "target");
    policies = List.copyOf(policies);
  }

  /** The policies attached at {@code target}. */
  public static ControlPolicies of(String target, PolicyDocument... policies) {
    return new ControlPolicies(target, List.of(policies));
  }
}
