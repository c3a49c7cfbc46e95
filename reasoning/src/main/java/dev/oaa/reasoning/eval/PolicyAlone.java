package dev.oaa.reasoning.eval;

import dev.oaa.reasoning.policy.Effect;
import dev.oaa.reasoning.policy.PolicyDocument;
import dev.oaa.reasoning.policy.Statement;

/**
 * One policy on its own: some Allow statement applies to the request and no Deny statement does. No
 * other policy, account boundary or service rule takes part. This is the question a custom policy
 * check asks of a policy, and how the SMT engine's witnesses are confirmed.
 */
public final class PolicyAlone {
  private PolicyAlone() {}

  /** Whether {@code policy}, as a policy of {@code kind}, allows {@code request} by itself. */
  public static boolean allows(Request request, PolicyDocument policy, PolicyKind kind) {
    StatementMatcher matcher = new StatementMatcher(request, request.effectiveContext(), false);
    boolean allowed = false;
    for (Statement s : policy.statements()) {
      if (matcher.apply(s, policy.version(), kind).matches()) {
        if (s.effect() == Effect.DENY) {
          return false;
        }
        allowed = true;
      }
    }
    return allowed;
  }
}
